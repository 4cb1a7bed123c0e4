package io.github.bitaxemonitor.text;

import java.util.regex.Pattern;

/**
 * Every string that comes from a miner or a file is hostile. This class is the one place that decides what such a
 * string may contain once it is stored ({@link #sanitize}) and how it is shown on a terminal ({@link #forTerminal}).
 */
public final class HostileText {
    /** Longer text from a miner is cut: no legitimate field (hostname, pool URL, firmware) comes near it. */
    public static final int MAX_STORED_LENGTH = 256;

    /** CSI, OSC and two-character ESC sequences, so their parameters do not survive as visible junk. */
    private static final Pattern ANSI = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(\u0007|\u001B\\\\)?|\u001B[@-Z\\\\-_]");

    private HostileText() {
    }

    /**
     * Makes miner text safe to store in a CSV cell and to open in a spreadsheet: escape sequences, control, C1 ("8-bit")
     * and bidi characters are removed, tabs and line breaks become spaces, a leading formula prefix ({@code = + - @})
     * is neutralised with an apostrophe, and the result is trimmed and capped. Returns null for null or empty.
     */
    public static String sanitize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.indexOf('\u001B') >= 0 ? ANSI.matcher(raw).replaceAll("") : raw;
        StringBuilder out = new StringBuilder(Math.min(s.length(), MAX_STORED_LENGTH));
        for (int i = 0; i < s.length() && out.length() < MAX_STORED_LENGTH; i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    out.append(c).append(s.charAt(++i));
                }
            } else if (!isUnsafe(c)) {
                out.append(c);
            }
        }
        String t = out.toString().strip();
        if (t.isEmpty()) {
            return null;
        }
        char first = t.charAt(0);
        if (first != '=' && first != '+' && first != '-' && first != '@') {
            return t;
        }
        // The apostrophe counts against the cap, so that sanitising stored text again changes nothing.
        int keep = Math.min(t.length(), MAX_STORED_LENGTH - 1);
        if (keep < t.length() && Character.isHighSurrogate(t.charAt(keep - 1))) {
            keep--;
        }
        return "'" + t.substring(0, keep);
    }

    /**
     * Shows any string on a terminal without letting it act on the terminal: unsafe characters are printed as visible
     * escapes ({@code \x1B}, {@code \u202E}) instead of being sent raw. Null becomes the empty string.
     */
    public static String forTerminal(String s) {
        if (s == null) {
            return "";
        }
        int i = 0;
        while (i < s.length() && !isUnsafe(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isUnsafe(c)) {
                out.append(c);
            } else if (c <= 0xFF) {
                out.append(String.format("\\x%02X", (int) c));
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    /**
     * {@link #forTerminal} of a value cut to at most about {@code max} characters: a longer one keeps its start and
     * its end (where a path names its file) around {@code ...(N chars)...}, so a 1 MB setting echoed in a message
     * costs a line, not a screenful.
     */
    public static String forTerminal(String s, int max) {
        if (s == null || s.length() <= max) {
            return forTerminal(s);
        }
        int head = safeCut(s, max * 2 / 3);
        int tail = safeCut(s, s.length() - max / 3);
        return forTerminal(s.substring(0, head)) + "...(" + s.length() + " chars)..." + forTerminal(s.substring(tail));
    }

    /** {@code at}, moved back one when it would split a surrogate pair. */
    private static int safeCut(String s, int at) {
        return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at))
                && Character.isHighSurrogate(s.charAt(at - 1)) ? at - 1 : at;
    }

    /** Control (C0, DEL, C1), bidi-override and invisible formatting characters. */
    static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C' || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }
}
