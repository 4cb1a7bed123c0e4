package io.github.bitaxemonitor.view.live;

/** The key help, drawn as a box over the middle of the screen. */
final class HelpView {
    private static final int KEY_WIDTH = 12;

    private HelpView() {
    }

    static void draw(Canvas g, int width, int height, Theme t) {
        int textWidth = 0;
        for (String[] k : Keys.HELP) {
            textWidth = Math.max(textWidth, KEY_WIDTH + k[1].length());
        }
        int boxW = Math.min(width, textWidth + 4);
        int boxH = Math.min(height, Keys.HELP.length + 4);
        int x0 = Math.max(0, (width - boxW) / 2);
        int y0 = Math.max(0, (height - boxH) / 2);
        t.heading(g);
        g.fillRectangle(x0, y0, boxW, boxH, ' ');
        new LineWriter(g, x0 + 2, y0, boxW - 2).put("Keys");
        for (int i = 0; i < Keys.HELP.length && y0 + 2 + i < y0 + boxH - 1; i++) {
            LineWriter w = new LineWriter(g, x0 + 2, y0 + 2 + i, boxW - 4);
            String key = Keys.HELP[i][0];
            w.put(key + " ".repeat(Math.max(1, KEY_WIDTH - key.length()))).put(Keys.HELP[i][1]);
        }
        t.normal(g);
    }
}
