package io.github.bitaxemonitor.miner;

import static io.github.bitaxemonitor.miner.JsonFields.flag;
import static io.github.bitaxemonitor.miner.JsonFields.integer;
import static io.github.bitaxemonitor.miner.JsonFields.number;
import static io.github.bitaxemonitor.miner.JsonFields.object;
import static io.github.bitaxemonitor.miner.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Hostnames;
import io.github.bitaxemonitor.model.Reading;
import io.github.bitaxemonitor.text.HostileText;
import java.time.Instant;

/**
 * Maps an AxeOS {@code /api/system/info} object of any firmware generation (2.0 to 2.15) or fork (NerdQAxe) to a
 * {@link Reading}, field by field, following {@code shared/reference/bitaxe-api.md}. A field that is missing or of an
 * unusable type becomes null; it never fails the reading. Fields never read: {@code wifiPass} (a clear-text
 * password on 2.0.x) and {@code pools[]} (pool passwords, masked or not).
 */
final class AxeOsInfo {
    private AxeOsInfo() {
    }

    static Reading parse(JsonNode info, Instant arrived) {
        boolean nerd = isNerdQAxe(info);
        Reading.Builder b = Reading.builder(arrived)
                .set(Fields.DEVICE_FAMILY, nerd ? "nerdqaxe" : "bitaxe")
                .set(Fields.HOSTNAME, Hostnames.usable(text(info, "hostname")))
                .set(Fields.HASHRATE_GHS, number(info, "hashRate"))
                .set(Fields.HASHRATE_WINDOW, "current")
                .set(Fields.HASHRATE_1M_GHS, number(info, "hashRate_1m"))
                .set(Fields.HASHRATE_10M_GHS, number(info, "hashRate_10m"))
                .set(Fields.HASHRATE_1H_GHS, number(info, "hashRate_1h"))
                .set(Fields.EXPECTED_HASHRATE_GHS, number(info, "expectedHashrate"))
                .set(Fields.POWER_W, number(info, "power"))
                .set(Fields.INPUT_VOLTAGE_V, thousandth(number(info, "voltage")))
                .set(Fields.INPUT_CURRENT_A, thousandth(number(info, "current")))
                .set(Fields.CORE_VOLTAGE_SET_MV, number(info, "coreVoltage"))
                .set(Fields.CORE_VOLTAGE_ACTUAL_MV, number(info, "coreVoltageActual"))
                // frequency is the configured clock; actualFrequency (2.14) ramps up from 50 MHz after boot
                .set(Fields.FREQUENCY_MHZ, number(info, "frequency"))
                .set(Fields.FREQUENCY_ACTUAL_MHZ, number(info, "actualFrequency"))
                .set(Fields.ASIC_TEMP_C, asicTemp(info))
                .set(Fields.ASIC_TEMP2_C, temperature(number(info, "temp2")))
                .set(Fields.VR_TEMP_C, temperature(number(info, "vrTemp")))
                .set(Fields.FAN_PCT, number(info, "fanspeed"))
                .set(Fields.FAN_RPM, firstOf(integer(info, "fanrpm"), integer(info, "fanSpeedRpm"),
                        integer(info, "fanSpeed")))
                .set(Fields.FAN2_RPM, firstOf(integer(info, "fan2rpm"), integer(info, "fanrpm2")))
                .set(Fields.SHARES_ACCEPTED, integer(info, "sharesAccepted"))
                .set(Fields.SHARES_REJECTED, integer(info, "sharesRejected"))
                .set(Fields.POOL_DIFFICULTY, firstOf(number(info, "poolDifficulty"), number(info, "stratumDiff")))
                .set(Fields.UPTIME_S, integer(info, "uptimeSeconds"))
                .set(Fields.WIFI_RSSI_DBM, integer(info, "wifiRSSI"))
                .set(Fields.WIFI_STATUS, text(info, "wifiStatus"))
                .set(Fields.FIRMWARE_VERSION, firstOf(text(info, "version"), text(info, "axeOSVersion")))
                .set(Fields.ASIC_MODEL, text(info, "ASICModel"))
                .set(Fields.BOARD_VERSION, firstOf(text(info, "boardVersion"), text(info, "deviceModel")))
                .set(Fields.FREE_HEAP_BYTES, integer(info, "freeHeap"))
                .set(Fields.OVERHEAT_MODE, firstOf(flag(info, "overheat_mode"), flag(info, "overheat")))
                .set(Fields.MINING_PAUSED, flag(info, "miningPaused"))
                .set(Fields.FAULTS, faults(info));
        b.set(Fields.MODEL, nerd ? text(info, "deviceModel") : BitaxeModels.name(info));
        difficulty(info, "bestDiff", Fields.BEST_DIFF, b);
        difficulty(info, "bestSessionDiff", Fields.SESSION_BEST_DIFF, b);
        pool(info, b);
        return b.build();
    }

    /** One unreadable difficulty ("1e2147483647G") leaves its cell empty and says so; it never fails the reading. */
    private static void difficulty(JsonNode info, String key, Field<Double> field, Reading.Builder b) {
        Double v = Difficulty.parse(info, key);
        if (v == null && info.hasNonNull(key) && !info.get(key).asText("").isBlank()) {
            b.note(key + ": unreadable difficulty '" + info.get(key).asText() + "'");
        }
        b.set(field, v);
    }

    /** NerdQAxe/NerdOS report their own keys; stock ESP-Miner sends none of these in /api/system/info. */
    private static boolean isNerdQAxe(JsonNode info) {
        return info.has("deviceModel") || info.has("hostip") || info.path("asicTemps").isArray();
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

    /** The pool the miner is using now: the fallback one while {@code isUsingFallbackStratum} is set. */
    private static void pool(JsonNode info, Reading.Builder b) {
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
        b.set(Fields.POOL_URL, url == null || port == null || port <= 0 ? url : url + ":" + port)
                .set(Fields.POOL_USER, user)
                .set(Fields.USING_FALLBACK_POOL, fallback);
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
