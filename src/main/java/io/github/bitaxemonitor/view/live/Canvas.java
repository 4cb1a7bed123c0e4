package io.github.bitaxemonitor.view.live;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextColor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An off-screen frame: one UTF-16 unit and one style per cell, set through a pen like Lanterna's text graphics but
 * without a cell object per character (Lanterna's text image checks every cell it sets for double width, which made
 * composing a 200x60 frame cost milliseconds). Columns are counted as Lanterna's {@link TerminalTextUtils} counts
 * them, which the views use to lay out text: a CJK character takes two cells (its right half holds
 * {@link #RIGHT_HALF}), every other UTF-16 unit one (so a surrogate pair takes two cells, as terminals show an emoji).
 */
final class Canvas {
    /** Marks the right half of a double-width character; never text, because control characters are not drawn. */
    static final char RIGHT_HALF = '\0';
    /** Every style any canvas used, by id; ids are shared so two frames' lines compare as plain arrays. */
    private static final List<Style> STYLES = new ArrayList<>();
    private static final Map<Style, Integer> STYLE_IDS = new ConcurrentHashMap<>();

    private final int width;
    private final int height;
    /** Row-major, {@code width * height}. */
    private final char[] chars;
    /** Row-major style ids, parallel to {@link #chars}. */
    private final int[] styles;
    private TextColor foreground = TextColor.ANSI.DEFAULT;
    private TextColor background = TextColor.ANSI.DEFAULT;
    private final EnumSet<SGR> modifiers = EnumSet.noneOf(SGR.class);
    /** Id of the pen's style; -1 when the pen changed since it was looked up. */
    private int pen = -1;

    /**
     * A cell style.
     *
     * @param modifiers a copy of the pen's, never changed
     */
    record Style(TextColor foreground, TextColor background, EnumSet<SGR> modifiers) {
    }

    Canvas(TerminalSize size) {
        this.width = size.getColumns();
        this.height = size.getRows();
        this.chars = new char[width * height];
        this.styles = new int[width * height];
        fill(' ');
    }

    TerminalSize size() {
        return new TerminalSize(width, height);
    }

    void setForegroundColor(TextColor color) {
        foreground = color;
        pen = -1;
    }

    void setBackgroundColor(TextColor color) {
        background = color;
        pen = -1;
    }

    void clearModifiers() {
        modifiers.clear();
        pen = -1;
    }

    void enableModifiers(SGR... sgrs) {
        modifiers.addAll(Arrays.asList(sgrs));
        pen = -1;
    }

    /** Writes {@code text} from column {@code x} of row {@code y} in the pen's style; what falls outside is cut. */
    void putString(int x, int y, String text) {
        if (y < 0 || y >= height) {
            return;
        }
        int style = penStyle();
        for (int i = 0; i < text.length() && x < width; i++) {
            char c = text.charAt(i);
            boolean wide = c >= '\u1100' && TerminalTextUtils.isCharCJK(c);
            if (x >= 0) {
                if (wide && x + 1 >= width) {
                    set(x, y, ' ', style); // half a wide character does not fit
                } else {
                    set(x, y, Character.isISOControl(c) ? ' ' : c, style);
                    if (wide) {
                        set(x + 1, y, RIGHT_HALF, style);
                    }
                }
            }
            x += wide ? 2 : 1;
        }
    }

    /** Fills row {@code y} from column {@code x0} to {@code x1} (inclusive) with {@code c}. */
    void drawLine(int x0, int y, int x1, char c) {
        for (int x = Math.max(0, x0); x <= Math.min(width - 1, x1) && y >= 0 && y < height; x++) {
            set(x, y, c, penStyle());
        }
    }

    /** Fills the rectangle at ({@code x}, {@code y}) of {@code w} by {@code h} cells with {@code c}. */
    void fillRectangle(int x, int y, int w, int h, char c) {
        for (int row = y; row < y + h; row++) {
            drawLine(x, row, x + w - 1, c);
        }
    }

    /** Fills the whole canvas with {@code c}. */
    void fill(char c) {
        Arrays.fill(chars, c);
        Arrays.fill(styles, penStyle());
    }

    char charAt(int x, int y) {
        return chars[y * width + x];
    }

    Style styleAt(int x, int y) {
        synchronized (STYLES) {
            return STYLES.get(styles[y * width + x]);
        }
    }

    /**
     * The columns of row {@code y} that differ from the same row of {@code other} (a canvas of the same size): an
     * array of the first and the last such column, or null when the rows look the same. The range starts and ends on
     * whole characters (never on the right half of a wide one, never inside a surrogate pair such as an emoji in a
     * hostname), so it can be written from its first column without sending half a character.
     */
    int[] difference(Canvas other, int y) {
        int row = y * width;
        int first = 0;
        while (first < width && same(other, row + first)) {
            first++;
        }
        if (first == width) {
            return null;
        }
        int last = width - 1;
        while (same(other, row + last)) {
            last--;
        }
        if (first > 0 && (chars[row + first] == RIGHT_HALF || Character.isLowSurrogate(chars[row + first]))) {
            first--;
        }
        if (last + 1 < width && Character.isHighSurrogate(chars[row + last])) {
            last++;
        }
        return new int[] {first, last};
    }

    private boolean same(Canvas other, int i) {
        return chars[i] == other.chars[i] && styles[i] == other.styles[i];
    }

    /** Sets one cell, and blanks what is left of a wide character it overwrites half of. */
    private void set(int x, int y, char c, int style) {
        int i = y * width + x;
        if (chars[i] == RIGHT_HALF && c != RIGHT_HALF && x > 0) {
            chars[i - 1] = ' ';
        }
        if (x + 1 < width && chars[i + 1] == RIGHT_HALF && c != RIGHT_HALF) {
            chars[i + 1] = ' ';
        }
        chars[i] = c;
        styles[i] = style;
    }

    private int penStyle() {
        if (pen < 0) {
            pen = idOf(new Style(foreground, background, EnumSet.copyOf(modifiers)));
        }
        return pen;
    }

    private static int idOf(Style style) {
        Integer id = STYLE_IDS.get(style);
        if (id != null) {
            return id;
        }
        synchronized (STYLES) {
            return STYLE_IDS.computeIfAbsent(style, s -> {
                STYLES.add(s);
                return STYLES.size() - 1;
            });
        }
    }
}
