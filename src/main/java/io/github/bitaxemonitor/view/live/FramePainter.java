package io.github.bitaxemonitor.view.live;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Puts composed frames on a terminal, sending only the part of each line that differs from the frame shown before
 * (from its first to its last changed column), and nothing at all when no line differs. A frame is composed off
 * screen on a {@link Canvas} and compared line by line as plain arrays - unlike Lanterna's screen, whose delta refresh
 * inspects every cell (12,000 at 200x60) for width and equality on each refresh. Text is written left to right from a
 * whole character, so the terminal itself advances over wide characters.
 *
 * <p>Not thread-safe: the event loop owns it.
 */
final class FramePainter {
    private final Terminal terminal;
    /** What the terminal shows now; null when unknown (before the first frame, after a resize): repaint everything. */
    private Canvas shown;
    /** The off-screen frame composed next; kept to reuse its cells' storage. Same size as {@link #shown} or null. */
    private Canvas spare;

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
    int paint(TerminalSize size, Consumer<Canvas> draw) throws IOException {
        Canvas next = spare != null && spare.size().equals(size) ? spare : new Canvas(size);
        draw.accept(next);
        boolean full = shown == null || !shown.size().equals(size);
        if (full) {
            terminal.resetColorAndSGR();
            terminal.clearScreen();
        }
        int written = 0;
        for (int y = 0; y < size.getRows(); y++) {
            int[] range = full ? new int[] {0, size.getColumns() - 1} : next.difference(shown, y);
            if (range != null) {
                write(next, y, range[0], range[1]);
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

    /**
     * Writes columns {@code first} to {@code last} of line {@code y}, one terminal style change per run of equally
     * styled cells. {@code first} is a whole character; a wide character at {@code last} is written whole.
     */
    private void write(Canvas frame, int y, int first, int last) throws IOException {
        terminal.setCursorPosition(first, y);
        StringBuilder run = new StringBuilder(last - first + 1);
        Canvas.Style style = null;
        for (int x = first; x <= last; x++) {
            char c = frame.charAt(x, y);
            if (c == Canvas.RIGHT_HALF) {
                continue; // the terminal advanced two columns for the character on its left
            }
            Canvas.Style cellStyle = frame.styleAt(x, y);
            if (!cellStyle.equals(style)) {
                flush(run);
                applyStyle(cellStyle);
                style = cellStyle;
            }
            run.append(c);
        }
        flush(run);
    }

    private void flush(StringBuilder run) throws IOException {
        if (run.length() > 0) {
            terminal.putString(run.toString());
            run.setLength(0);
        }
    }

    private void applyStyle(Canvas.Style style) throws IOException {
        terminal.resetColorAndSGR();
        for (SGR sgr : style.modifiers()) {
            terminal.enableSGR(sgr);
        }
        terminal.setForegroundColor(style.foreground());
        terminal.setBackgroundColor(style.background());
    }
}
