package io.github.bitaxemonitor.miner;

import static io.github.bitaxemonitor.miner.JsonFields.flag;
import static io.github.bitaxemonitor.miner.JsonFields.integer;
import static io.github.bitaxemonitor.miner.JsonFields.number;
import static io.github.bitaxemonitor.miner.JsonFields.object;
import static io.github.bitaxemonitor.miner.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.text.HostileText;
import java.time.Instant;

/**
 * Maps an AxeOS {@code /api/system/info} object of any firmware generation (2.0 to 2.15) or fork (NerdQAxe) to a
 * {@link Sample}, field by field, following {@code shared/reference/bitaxe-api.md}. A field that is missing or of an
 * unusable type becomes null; it never fails the reading. Fields never read: {@code wifiPass} (a clear-text
 * password on 2.0.x) and {@code pools[]} (pool passwords, masked or not).
 */
final class AxeOsInfo {
    private AxeOsInfo() {
    }

    static Sample parse(JsonNode info, String address, Instant arrived, long latencyMs) {
        boolean nerd = isNerdQAxe(info);
        Sample.Builder b = Sample.builder()
                .timestamp(arrived).address(address).status(Status.ONLINE).pollLatencyMs(latencyMs)
                .deviceFamily(nerd ? "nerdqaxe" : "bitaxe")
                .hostname(usableHostname(text(info, "hostname")))
                .hashrateGhs(number(info, "hashRate"))
                .hashrate1mGhs(number(info, "hashRate_1m"))
                .hashrate10mGhs(number(info, "hashRate_10m"))
                .hashrate1hGhs(number(info, "hashRate_1h"))
                .expectedHashrateGhs(number(info, "expectedHashrate"))
                .powerW(number(info, "power"))
                .inputVoltageV(thousandth(number(info, "voltage")))
                .inputCurrentA(thousandth(number(info, "current")))
                .coreVoltageSetMv(number(info, "coreVoltage"))
                .coreVoltageActualMv(number(info, "coreVoltageActual"))
                // the configured clock, not actualFrequency (2.14), which ramps up from 50 MHz after boot
                .frequencyMhz(number(info, "frequency"))
                .asicTempC(asicTemp(info))
                .asicTemp2C(temperature(number(info, "temp2")))
                .vrTempC(temperature(number(info, "vrTemp")))
                .fanPct(number(info, "fanspeed"))
                .fanRpm(firstOf(integer(info, "fanrpm"), integer(info, "fanSpeedRpm"), integer(info, "fanSpeed")))
                .fan2Rpm(firstOf(integer(info, "fan2rpm"), integer(info, "fanrpm2")))
                .sharesAccepted(integer(info, "sharesAccepted"))
                .sharesRejected(integer(info, "sharesRejected"))
                .bestDiff(Difficulty.parse(info, "bestDiff"))
                .sessionBestDiff(Difficulty.parse(info, "bestSessionDiff"))
                .poolDifficulty(firstOf(number(info, "poolDifficulty"), number(info, "stratumDiff")))
                .uptimeS(integer(info, "uptimeSeconds"))
                .wifiRssiDbm(integer(info, "wifiRSSI"))
                .wifiStatus(text(info, "wifiStatus"))
                .firmwareVersion(firmware(info))
                .asicModel(text(info, "ASICModel"))
                .boardVersion(firstOf(text(info, "boardVersion"), text(info, "deviceModel")))
                .freeHeapBytes(integer(info, "freeHeap"))
                .overheatMode(firstOf(flag(info, "overheat_mode"), flag(info, "overheat")))
                .faults(faults(info));
        pool(info, b);
        return b.build();
    }

    /** NerdQAxe/NerdOS report their own keys; stock ESP-Miner sends none of these in /api/system/info. */
    private static boolean isNerdQAxe(JsonNode info) {
        return info.has("deviceModel") || info.has("hostip") || info.path("asicTemps").isArray();
    }

    /** Missing, empty, "Unknown" or containing spaces: not a name the device answers to; the collector's cache fills it. */
    static String usableHostname(String name) {
        if (name == null || name.equalsIgnoreCase("unknown") || name.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        return name;
    }

    /** The hottest ASIC of a multi-ASIC fork, else {@code temp}. */
    private static Double asicTemp(JsonNode info) {
        Double hottest = null;
        for (JsonNode t : info.path("asicTemps")) {
            Double v = temperature(JsonFields.number(t));
            if (v != null && (hottest == null || v > hottest)) {
                hottest = v;
            }
        }
        return hottest != null ? hottest : temperature(number(info, "temp"));
    }

    /**
     * -1 is "no sensor / ASIC off" (temp, temp2), 0 is "board has no such sensor" (vrTemp, and temp2 on 2.10.x); a
     * running miner at home never reads 0 degrees or below, so both sentinels become null rather than a fake reading.
     */
    private static Double temperature(Double celsius) {
        return celsius == null || celsius <= 0 ? null : celsius;
    }

    private static Double thousandth(Double milli) {
        return milli == null ? null : milli / 1000.0;
    }

    /** {@code version}, with the "v" forks leave off so versions compare alike; {@code axeOSVersion} when absent. */
    private static String firmware(JsonNode info) {
        String v = firstOf(text(info, "version"), text(info, "axeOSVersion"));
        return v != null && Character.isDigit(v.charAt(0)) ? "v" + v : v;
    }

    /** The pool the miner is using now: the fallback one while {@code isUsingFallbackStratum} is set. */
    private static void pool(JsonNode info, Sample.Builder b) {
        JsonNode nested = object(info, "stratum");
        Boolean fallback = firstOf(flag(info, "isUsingFallbackStratum"), flag(nested, "usingFallback"));
        boolean useFallback = Boolean.TRUE.equals(fallback);
        String prefix = useFallback ? "fallbackStratum" : "stratum";
        String url = text(info, prefix + "URL");
        Long port = integer(info, prefix + "Port");
        String user = text(info, prefix + "User");
        if (url == null && nested != null) {
            url = firstOf(text(nested, prefix + "URL"), text(nested, "url"));
            port = firstOf(integer(nested, prefix + "Port"), integer(nested, "port"));
            user = firstOf(text(nested, prefix + "User"), text(nested, "user"));
        }
        b.poolUrl(url == null || port == null || port <= 0 ? url : url + ":" + port)
                .poolUser(user)
                .usingFallbackPool(fallback);
    }

    /** power_fault / hardware_fault are present only while active: "power_fault: text; hardware_fault: text". */
    private static String faults(JsonNode info) {
        StringBuilder out = new StringBuilder();
        for (String key : new String[] {"power_fault", "hardware_fault"}) {
            if (info.has(key) && !info.get(key).isNull()) {
                String what = text(info, key);
                out.append(out.length() > 0 ? "; " : "").append(key).append(what == null ? "" : ": " + what);
            }
        }
        return out.length() == 0 ? null : HostileText.sanitize(out.toString());
    }

    @SafeVarargs
    static <T> T firstOf(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
