package io.github.bitaxemonitor.sim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A Bitaxe's own history, {@code GET /api/system/statistics} (AxeOS 2.8 and later): the last {@value #CAPACITY}
 * samples, one every {@value #EVERY_SECONDS} simulated seconds, stamped in milliseconds since boot and lost on a
 * reboot, as the devices keep it. From 2.11 the {@code columns} query picks the values and {@code labels} names them;
 * 2.8 to 2.10 answer {@link #FIXED_COLUMNS} with no labels (our reading of the reference's "fixed columns").
 * Not thread-safe: guarded by its miner.
 */
final class StatisticsRing {
    static final int CAPACITY = 720;
    static final int EVERY_SECONDS = 10;
    static final int FIRST_VERSION = 20800;
    static final int COLUMNS_VERSION = 21100;
    /** Every column 2.11+ knows, in the order it answers them when none are asked for. */
    static final List<String> COLUMNS = List.of("hashrate", "asicTemp", "vrTemp", "asicVoltage", "voltage", "power",
            "current", "fanSpeed", "fanRpm", "wifiRssi", "freeHeap");
    static final List<String> FIXED_COLUMNS = List.of("hashrate", "asicTemp", "power");

    private record Entry(long uptimeMs, double[] values) {
    }

    private final ArrayDeque<Entry> entries = new ArrayDeque<>();

    /** Takes a sample when the uptime is on the sampling grid; a smaller uptime than the last one means a reboot. */
    void step(long uptimeSeconds, MinerSnapshot now) {
        forgetIfRebooted(uptimeSeconds);
        if (uptimeSeconds == 0 || uptimeSeconds % EVERY_SECONDS != 0) {
            return;
        }
        entries.addLast(new Entry(uptimeSeconds * 1000, values(now)));
        if (entries.size() > CAPACITY) {
            entries.removeFirst();
        }
    }

    /** The reply body at {@code uptimeSeconds}, in the shape of {@code shape}'s firmware; null where there is none. */
    byte[] reply(FirmwareShape shape, long uptimeSeconds, String query) {
        if (!shape.atLeast(FIRST_VERSION) || shape == FirmwareShape.NERDQAXE) {
            return null;
        }
        forgetIfRebooted(uptimeSeconds);
        boolean labelled = shape.atLeast(COLUMNS_VERSION);
        List<String> asked = labelled ? asked(query) : FIXED_COLUMNS;
        StringBuilder json = new StringBuilder(64 + entries.size() * 16 * (asked.size() + 1));
        json.append("{\"currentTimestamp\":").append(uptimeSeconds * 1000);
        if (labelled) {
            json.append(",\"labels\":[");
            for (int i = 0; i < asked.size(); i++) {
                json.append(i == 0 ? "\"" : ",\"").append(asked.get(i)).append('"');
            }
            json.append(']');
        }
        json.append(",\"statistics\":[");
        boolean first = true;
        for (Entry e : entries) {
            json.append(first ? "[" : ",[");
            first = false;
            for (String column : asked) {
                double v = e.values()[COLUMNS.indexOf(column)];
                json.append(v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v))
                        .append(',');
            }
            json.append(e.uptimeMs()).append(']');
        }
        return json.append("]}").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private void forgetIfRebooted(long uptimeSeconds) {
        if (!entries.isEmpty() && entries.peekLast().uptimeMs() > uptimeSeconds * 1000) {
            entries.clear();
        }
    }

    /** The known columns asked for, in the order asked; all of them when the query names none. */
    private static List<String> asked(String query) {
        for (String param : query.split("&")) {
            if (param.startsWith("columns=")) {
                List<String> out = new ArrayList<>();
                for (String c : param.substring("columns=".length()).split("(,|%2C|%2c)")) {
                    if (COLUMNS.contains(c) && !out.contains(c)) {
                        out.add(c);
                    }
                }
                return out;
            }
        }
        return COLUMNS;
    }

    private static double[] values(MinerSnapshot s) {
        double[] v = new double[COLUMNS.size()];
        v[0] = s.hashing().hashRate();
        v[1] = s.thermal().asicTemp();
        v[2] = s.thermal().vrTemp();
        v[3] = s.hashing().coreVoltageActual();
        v[4] = s.electrical().voltageMv();
        v[5] = s.electrical().powerW();
        v[6] = s.electrical().currentMa();
        v[7] = s.thermal().fanPercent();
        v[8] = s.thermal().fanRpm();
        v[9] = s.network().rssi();
        v[10] = s.health().freeHeap();
        return Arrays.copyOf(v, v.length);
    }
}
