package io.github.bitaxemonitor.miner;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Reading;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Reads {@code GET /api/system/statistics}: {@code {currentTimestamp, labels[], statistics[[v..., timestamp]]}}, with
 * timestamps in milliseconds since the device booted. Each entry becomes a reading stamped at
 * {@code arrived - (currentTimestamp - timestamp)}. Without {@code labels} (2.8 to 2.10) the values are taken as
 * hashrate, asicTemp, power. Hostile input costs entries, never the reply: a row of the wrong length, a value that is
 * not a number, or a timestamp after {@code currentTimestamp} is skipped.
 */
final class AxeOsStatistics {
    /** What {@code ?columns=} asks for, in the firmware's names. */
    static final String COLUMNS = "hashrate,asicTemp,vrTemp,asicVoltage,voltage,power,current,fanSpeed,fanRpm,"
            + "wifiRssi,freeHeap";
    static final List<String> UNLABELLED = List.of("hashrate", "asicTemp", "power");
    /** The device keeps 720; more is not a history but an attack on memory. */
    static final int MAX_ENTRIES = 2_000;

    private record Column(Field<?> field, DoubleUnaryOperator unit) {
    }

    private static final Map<String, Column> BY_LABEL = Map.ofEntries(
            Map.entry("hashrate", new Column(Fields.HASHRATE_GHS, v -> v)),
            Map.entry("asicTemp", new Column(Fields.ASIC_TEMP_C, v -> v)),
            Map.entry("vrTemp", new Column(Fields.VR_TEMP_C, v -> v)),
            Map.entry("asicVoltage", new Column(Fields.CORE_VOLTAGE_ACTUAL_MV, v -> v)),
            Map.entry("voltage", new Column(Fields.INPUT_VOLTAGE_V, v -> v / 1000)),
            Map.entry("power", new Column(Fields.POWER_W, v -> v)),
            Map.entry("current", new Column(Fields.INPUT_CURRENT_A, v -> v / 1000)),
            Map.entry("fanSpeed", new Column(Fields.FAN_PCT, v -> v)),
            Map.entry("fanRpm", new Column(Fields.FAN_RPM, v -> v)),
            Map.entry("wifiRssi", new Column(Fields.WIFI_RSSI_DBM, v -> v)),
            Map.entry("freeHeap", new Column(Fields.FREE_HEAP_BYTES, v -> v)));

    private AxeOsStatistics() {
    }

    /** The entries, oldest first; empty when the reply holds none it can use. */
    static List<Reading> parse(JsonNode root, Instant arrived) {
        if (root == null || !root.isObject() || !root.path("currentTimestamp").isNumber()
                || !root.path("statistics").isArray()) {
            return List.of();
        }
        long now = root.get("currentTimestamp").asLong();
        List<Column> columns = new ArrayList<>();
        JsonNode labels = root.get("labels");
        if (labels != null && labels.isArray()) {
            labels.forEach(l -> columns.add(BY_LABEL.get(l.asText(""))));
        } else {
            UNLABELLED.forEach(l -> columns.add(BY_LABEL.get(l)));
        }
        List<Reading> out = new ArrayList<>();
        for (JsonNode entry : root.get("statistics")) {
            if (out.size() >= MAX_ENTRIES) {
                break;
            }
            if (!entry.isArray() || entry.size() != columns.size() + 1 || !entry.get(columns.size()).isNumber()) {
                continue;
            }
            long at = entry.get(columns.size()).asLong();
            if (at < 0 || at > now) {
                continue;
            }
            Reading.Builder b = Reading.builder(arrived.minusMillis(now - at));
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                if (c != null && entry.get(i).isNumber()) {
                    set(b, c, entry.get(i).asDouble());
                }
            }
            out.add(b.build());
        }
        out.sort((x, y) -> x.arrived().compareTo(y.arrived()));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void set(Reading.Builder b, Column c, double raw) {
        double v = c.unit().applyAsDouble(raw);
        if (!Double.isFinite(v)) {
            return;
        }
        if (c.field().type() == Field.Type.INTEGER) {
            b.set((Field<Long>) c.field(), Math.round(v));
        } else {
            b.set((Field<Double>) c.field(), v);
        }
    }
}
