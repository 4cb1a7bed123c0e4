package io.github.bitaxemonitor.repair;

import java.io.PrintStream;

/** A one-line bar redrawn in place with CR, at most a few times a second so that drawing never costs throughput. */
final class TerminalProgress implements Progress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    /** Bytes expected in all; at least 1 so the fraction is defined. */
    private final long total;
    private long done;
    private long lastDraw;
    private boolean drawn;

    TerminalProgress(PrintStream out, long total) {
        this.out = out;
        this.total = Math.max(1, total);
    }

    @Override
    public void advance(long bytes) {
        done += bytes;
        long now = System.nanoTime();
        if (!drawn || now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            drawn = true;
            out.print(bar());
            out.flush();
        }
    }

    @Override
    public void clear() {
        if (drawn) {
            out.print("\r" + " ".repeat(bar().length()) + "\r");
            out.flush();
            drawn = false;
        }
    }

    @Override
    public void close() {
        clear();
    }

    String bar() {
        double f = Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(f * WIDTH);
        return String.format("\r[%s%s] %3d%% %s / %s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                Math.round(f * 100), size(done), size(total));
    }

    private static String size(long bytes) {
        return bytes >= 1 << 30 ? String.format("%.1f GB", bytes / (double) (1 << 30))
                : bytes >= 1 << 20 ? String.format("%.1f MB", bytes / (double) (1 << 20))
                : String.format("%.0f KB", bytes / 1024.0);
    }
}
