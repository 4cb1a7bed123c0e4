package io.github.bitaxemonitor.health;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place that decides whether a miner's Wi-Fi is healthy. Firmware words it differently ("Connected!" stock,
 * "WiFi Connected!" on NerdQAxe, other texts on other forks), so the link is judged by the signal and by an explicit
 * failure text ("Connecting...", "Retrying: 3", a disconnect reason), never by an exact string.
 */
public final class WifiHealth {
    /** Words firmware uses when the link is down or not up yet; checked before any "connected". */
    private static final Pattern DOWN = Pattern.compile(
            "connecting|retry|disconnect|not connected|no connection|fail|lost|error|timeout|no ap|wrong password"
                    + "|reconnect");

    private WifiHealth() {
    }

    /** The problem in words ("-85 dBm < -80", "status 'Connecting...'"), or null when the link looks healthy. */
    public static String problem(Long rssiDbm, String statusText, long minRssi) {
        if (statusText != null && DOWN.matcher(statusText.toLowerCase(Locale.ROOT)).find()) {
            return "status '" + statusText + "'";
        }
        if (rssiDbm != null && rssiDbm < minRssi) {
            return rssiDbm + " dBm < " + minRssi;
        }
        return null;
    }
}
