package io.github.bitaxemonitor.analyze.segment;

import java.util.Locale;

/**
 * {@code --miner NAME|ADDRESS}: a miner matches when its address, alias or hostname equals the text, ignoring case
 * (names as of each row, so a renamed miner matches from the rename on). Null matches every miner.
 */
public record MinerFilter(String text) {
    public static final MinerFilter ANY = new MinerFilter(null);

    public boolean matches(String address, String alias, String hostname) {
        if (text == null) {
            return true;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return eq(address, t) || eq(alias, t) || eq(hostname, t);
    }

    private static boolean eq(String s, String lower) {
        return s != null && s.toLowerCase(Locale.ROOT).equals(lower);
    }
}
