package io.github.bitaxemonitor.miner;

import static io.github.bitaxemonitor.miner.JsonFields.integer;
import static io.github.bitaxemonitor.miner.JsonFields.number;
import static io.github.bitaxemonitor.miner.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bmminer/cgminer on Antminers: the model is STATS[0].Type; STATS[1] holds rates in {@code rate_unit}, per-chain
 * {@code chain_rateN}, chip temperatures ({@code temp2_N}, or {@code temp_chipN} as "a-b-c-d"), board temperatures
 * ({@code tempN}, {@code temp_pcbN}) and fans {@code fanN} (S9 numbers chains and fans sparsely, so only non-zero fans
 * count). Power is not reported: the collector estimates it from the model.
 */
final class AntminerMapping implements CgminerVendor {
    private static final Pattern CHIP_TEMP = Pattern.compile("temp2_\\d+|temp_chip\\d+");
    private static final Pattern BOARD_TEMP = Pattern.compile("temp\\d+|temp_pcb\\d+");
    private static final Pattern FAN = Pattern.compile("fan(\\d+)");
    private static final Pattern CHAIN_RATE = Pattern.compile("chain_rate\\d+");

    @Override
    public String family() {
        return "antminer";
    }

    @Override
    public boolean recognises(CgminerReplies replies) {
        return type(replies).toLowerCase(Locale.ROOT).contains("antminer");
    }

    private static String type(CgminerReplies replies) {
        String fromStats = replies.statsWith("Type").path("Type").asText("");
        return fromStats.isEmpty() ? replies.version().path("Type").asText("") : fromStats;
    }

    @Override
    public List<String> missing(CgminerReplies replies) {
        return List.of();
    }

    @Override
    public void fill(CgminerReplies replies, Reading.Builder b) {
        JsonNode header = replies.statsWith("Type");
        String type = text(header, "Type");
        if (type != null) {
            b.set(Fields.MODEL, type).set(Fields.BOARD_VERSION, type);
        }
        // Antminer firmware is known by its build date; the cgminer/bmminer version is the same on many releases.
        String built = AxeOsInfo.firstOf(text(replies.version(), "CompileTime"), text(header, "CompileTime"));
        if (built != null) {
            b.set(Fields.FIRMWARE_VERSION, built);
        }
        List<JsonNode> stats = replies.stats();
        JsonNode data = stats.size() > 1 ? stats.get(1) : replies.statsWith("fan_num");
        double unit = unitInGh(data.path("rate_unit").asText("GH"));
        if (!GenericCgminerMapping.hasCurrentRate(b)) {
            Double chains = sumOf(data, CHAIN_RATE);
            if (chains != null) {
                b.set(Fields.HASHRATE_GHS, chains * unit).set(Fields.HASHRATE_WINDOW, "chains");
            }
        }
        Double ideal = number(data, "total_rateideal");
        b.set(Fields.EXPECTED_HASHRATE_GHS, ideal == null ? null : ideal * unit)
                .set(Fields.ASIC_TEMP_C, maxOf(data, CHIP_TEMP))
                .set(Fields.BOARD_TEMP_C, maxOf(data, BOARD_TEMP));
        List<Long> fans = fans(data);
        b.set(Fields.FAN_RPM, fans.isEmpty() ? null : fans.get(0)).set(Fields.FAN2_RPM, fans.size() > 1 ? fans.get(1) : null);
    }

    private static double unitInGh(String unit) {
        return switch (unit.strip().toUpperCase(Locale.ROOT)) {
            case "MH", "MH/S" -> 0.001;
            case "TH", "TH/S" -> 1000;
            default -> 1;
        };
    }

    private static Double sumOf(JsonNode data, Pattern keys) {
        Double sum = null;
        for (var it = data.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            Double v = keys.matcher(key).matches() ? number(data, key) : null;
            if (v != null) {
                sum = (sum == null ? 0 : sum) + v;
            }
        }
        return sum;
    }

    /** Highest positive temperature among the keys; values may be "58-60-72-74" strings (one per sensor). */
    static Double maxOf(JsonNode data, Pattern keys) {
        Double max = null;
        for (var it = data.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!keys.matcher(key).matches()) {
                continue;
            }
            for (String part : data.get(key).asText("").split("-")) {
                Double v = JsonFields.number(part);
                if (v != null && v > 0 && (max == null || v > max)) {
                    max = v;
                }
            }
        }
        return max;
    }

    /** Non-zero fans in the order of their numbers. */
    private static List<Long> fans(JsonNode data) {
        List<long[]> numbered = new ArrayList<>();
        for (var it = data.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            Matcher m = FAN.matcher(key);
            Long rpm = m.matches() ? integer(data, key) : null;
            if (rpm != null && rpm > 0) {
                numbered.add(new long[] {Long.parseLong(m.group(1)), rpm});
            }
        }
        numbered.sort((a, c) -> Long.compare(a[0], c[0]));
        return numbered.stream().map(f -> f[1]).toList();
    }
}
