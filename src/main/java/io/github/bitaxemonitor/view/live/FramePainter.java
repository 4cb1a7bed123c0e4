package io.github.bitaxemonitor.view.live;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.BasicTextImage;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Puts composed frames on a terminal, sending only the lines that differ from the frame shown before, and nothing at
 * all when no line differs. A frame is composed off screen and compared line by line, so the cost of a frame that
 * changes nothing is the composing alone - unlike Lanterna's screen, whose delta refresh inspects every cell (12,000
 * at 200x60) for width and equality on each refresh. Lines are written whole, left to right, so the terminal itself
 * advances over wide characters.
 *
 * <p>Not thread-safe: the event loop owns it.
 */
final class FramePainter {
    private final Terminal terminal;
    /** What the terminal shows now; null when unknown (before the first frame, after a resize): repaint everything. */
    private BasicTextImage shown;
    /** The off-screen frame composed next; kept to reuse its cells' storage. Same size as {@link #shown} or null. */
    private BasicTextImage spare;

    FramePainter(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Forgets what the terminal shows, so the next frame clears it and paints every line (after a resize). */
    void invalidate() {
        shown = null;
        spare = null;
    }

    /**
     * Composes a frame of {@code size} with {@code draw} and puts on the terminal what differs from the last one.
     * {@code draw} must set every cell: it draws over a reused frame.
     *
     * @return lines written to the terminal; 0 when the frame equals what is shown (then nothing was sent)
     */
    int paint(TerminalSize size, Consumer<TextGraphics> draw) throws IOException {
        BasicTextImage next = spare != null && spare.getSize().equals(size) ? spare : new BasicTextImage(size);
        draw.accept(next.newTextGraphics());
        boolean full = shown == null || !shown.getSize().equals(size);
        if (full) {
            terminal.resetColorAndSGR();
            terminal.clearScreen();
        }
        int written = 0;
        for (int y = 0; y < size.getRows(); y++) {
            if (full || !sameLine(next, shown, y, size.getColumns())) {
                writeLine(next, y, size.getColumns());
                written++;
            }
        }
        if (written > 0 || full) {
            terminal.resetColorAndSGR();
            // Some terminals show the cursor again after a resize or a clear.
            terminal.setCursorVisible(false);
            terminal.flush();
        }
        spare = shown;
        shown = next;
        return written;
    }

    private static boolean sameLine(BasicTextImage a, BasicTextImage b, int y, int width) {
        for (int x = 0; x < width; x++) {
            if (!Objects.equals(a.getCharacterAt(x, y), b.getCharacterAt(x, y))) {
                return false;
            }
        }
        return true;
    }

    /** Writes line {@code y} from its first column, one terminal style change per run of equally styled cells. */
    private void writeLine(BasicTextImage frame, int y, int width) throws IOException {
        terminal.setCursorPosition(0, y);
        StringBuilder run = new StringBuilder(width);
        TextCharacter style = null;
        for (int x = 0; x < width; x++) {
            TextCharacter c = frame.getCharacterAt(x, y);
            if (style == null || !sameStyle(c, style)) {
                flush(run);
                applyStyle(c);
                style = c;
            }
            run.append(c.getCharacterString());
            if (c.isDoubleWidth()) {
                x++; // the terminal advances two columns; the next cell is the character's right half
            }
        }
        flush(run);
    }

    private void flush(StringBuilder run) throws IOException {
        if (run.length() > 0) {
            terminal.putString(run.toString());
            run.setLength(0);
        }
    }

    private static boolean sameStyle(TextCharacter a, TextCharacter b) {
        return a.getForegroundColor().equals(b.getForegroundColor())
                && a.getBackgroundColor().equals(b.getBackgroundColor())
                && a.getModifiers().equals(b.getModifiers());
    }

    private void applyStyle(TextCharacter c) throws IOException {
        terminal.resetColorAndSGR();
        for (SGR sgr : c.getModifiers()) {
            terminal.enableSGR(sgr);
        }
        terminal.setForegroundColor(c.getForegroundColor());
        terminal.setBackgroundColor(c.getBackgroundColor());
    }
}
