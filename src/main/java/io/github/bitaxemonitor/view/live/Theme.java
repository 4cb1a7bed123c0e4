package io.github.bitaxemonitor.view.live;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import io.github.bitaxemonitor.model.Status;

/**
 * Colours and glyphs. Monochrome keeps every meaning in text and reverse video; ASCII replaces block, box and arrow
 * characters for terminals without UTF-8.
 */
final class Theme {
    private static final char[] BLOCKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588".toCharArray();
    private static final char[] ASCII_LEVELS = "_.-=+*#@".toCharArray();

    private final boolean color;
    private final boolean ascii;

    Theme(boolean color, boolean ascii) {
        this.color = color;
        this.ascii = ascii;
    }

    /** Glyphs for sparkline levels, lowest first. */
    char[] levels() {
        return ascii ? ASCII_LEVELS : BLOCKS;
    }

    char horizontal() {
        return ascii ? '-' : '\u2500';
    }

    char vertical() {
        return ascii ? '|' : '\u2502';
    }

    /** Box corners: top left, top right, bottom left, bottom right. */
    char[] corners() {
        return ascii ? new char[] {'+', '+', '+', '+'} : new char[] {'\u250C', '\u2510', '\u2514', '\u2518'};
    }

    String arrow(boolean reversed) {
        return ascii ? (reversed ? "v" : "^") : (reversed ? "\u25BC" : "\u25B2");
    }

    String rightArrow() {
        return ascii ? "->" : "\u2192";
    }

    /** Plain text: default colours, no modifiers. */
    void normal(Canvas g) {
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        g.clearModifiers();
    }

    /** Title bars and the table header. */
    void heading(Canvas g) {
        normal(g);
        g.enableModifiers(SGR.REVERSE);
    }

    /** The selected table row. */
    void selected(Canvas g) {
        normal(g);
        if (color) {
            g.setBackgroundColor(TextColor.ANSI.BLUE);
            g.setForegroundColor(TextColor.ANSI.WHITE_BRIGHT);
        } else {
            g.enableModifiers(SGR.REVERSE);
        }
    }

    /** Foreground for a status: green, cyan, yellow, red by severity; untouched in monochrome (the label says it). */
    void status(Canvas g, Status.Severity severity) {
        if (!color) {
            return;
        }
        g.setForegroundColor(switch (severity) {
            case OK -> TextColor.ANSI.GREEN_BRIGHT;
            case INFO -> TextColor.ANSI.CYAN_BRIGHT;
            case WARNING -> TextColor.ANSI.YELLOW_BRIGHT;
            case CRITICAL -> TextColor.ANSI.RED_BRIGHT;
        });
    }

    /** Alarms (collector stopped): red in colour, reverse video in monochrome. */
    void alarm(Canvas g) {
        normal(g);
        if (color) {
            g.setForegroundColor(TextColor.ANSI.RED_BRIGHT);
            g.enableModifiers(SGR.BOLD);
        } else {
            g.enableModifiers(SGR.REVERSE);
        }
    }

    /** Series colours (the analysis pane's configurations), distinct on 8-colour terminals. */
    private static final TextColor[] SERIES = {TextColor.ANSI.BLUE_BRIGHT, TextColor.ANSI.YELLOW_BRIGHT,
        TextColor.ANSI.GREEN_BRIGHT, TextColor.ANSI.MAGENTA_BRIGHT, TextColor.ANSI.CYAN_BRIGHT, TextColor.ANSI.RED_BRIGHT};

    /** Foreground of series i; untouched in monochrome (the pane labels series by letter). */
    void series(Canvas g, int i) {
        if (color && i >= 0) {
            g.setForegroundColor(SERIES[i % SERIES.length]);
        }
    }

    /** Secondary text (labels, hints). */
    void dim(Canvas g) {
        normal(g);
        if (color) {
            g.setForegroundColor(TextColor.ANSI.CYAN);
        }
    }
}
