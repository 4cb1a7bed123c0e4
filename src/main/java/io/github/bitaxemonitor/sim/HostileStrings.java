package io.github.bitaxemonitor.sim;

/**
 * The strings a miner with {@link Fault#HOSTILE} reports, public so end-to-end tests can look for what must not
 * survive storage and display. Together they hold ANSI/OSC escapes, a bidi override (U+202E), line breaks, NUL, C1
 * controls (U+0085, U+009B) and every spreadsheet formula prefix (= + - @).
 */
public final class HostileStrings {
    /** Formula, colour escape, bidi override, a line break that would split a CSV row, NUL and a C1 CSI. */
    public static final String HOSTNAME = "=HYPERLINK(\"http://example.invalid\",\"x\")\u001B[31mbitaxe\u202Eevil\nrow2\u0000nul\u009B2J";
    /** Plus prefix, an OSC title-setting escape terminated by BEL, CR LF and an at-sign formula. */
    public static final String STRATUM_USER = "+bc1qhostile.worker\u001B]0;pwned\u0007\r\n@SUM(1+1)";
    /** Minus prefix, clear-screen escape, NEL (U+0085) and a left-to-right override. */
    public static final String WIFI_STATUS = "-Connected!\u001B[2J\u0085\u202Dspoof";
    /** At-sign prefix, blink escape, NUL, bidi override and a tab. */
    public static final String VERSION = "@v2.12.2\u001B[5m\u0000\u202E\tbeta";

    private HostileStrings() {
    }
}
