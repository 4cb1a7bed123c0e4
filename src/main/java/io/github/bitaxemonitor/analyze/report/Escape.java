package io.github.bitaxemonitor.analyze.report;

import io.github.bitaxemonitor.text.HostileText;

/**
 * Text from files (miner names, host names, addresses, notes) made safe for each output. Control, bidi and other
 * invisible characters are first shown as visible escapes by {@link HostileText#forTerminal} (the one sanitiser),
 * so no output can be steered or disguised by them; then each format's own special characters are escaped.
 */
public final class Escape {
    private Escape() {
    }

    public static String terminal(String s) {
        return HostileText.forTerminal(s);
    }

    /** For HTML text and attribute values (quoted with either quote). SVG text is the same. */
    public static String html(String s) {
        String t = HostileText.forTerminal(s);
        StringBuilder out = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * For markdown text and table cells: every character markdown gives a meaning is backslash-escaped, and
     * {@code < > &} become entities, so a name can neither format, link, break a table nor inject HTML.
     */
    public static String markdown(String s) {
        String t = HostileText.forTerminal(s);
        StringBuilder out = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '!', '|', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
