package io.github.bitaxemonitor.miner;

import static io.github.bitaxemonitor.miner.JsonFields.integer;
import static io.github.bitaxemonitor.miner.JsonFields.number;
import static io.github.bitaxemonitor.miner.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.model.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bmminer/cgminer on Antminers: the model is STATS[0].Type; STATS[1] holds rates in {@code rate_unit}, per-chain
 * {@code chain_rateN}, chip temperatures ({@code temp2_N}, or {@code temp_chipN} as "a-b-c-d") and fans
 * {@code fanN} (S9 numbers chains and fans sparsely, so only non-zero fans count). Power is not reported.
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
    public boolean recognises(CgminerReply reply) {
        return reply.statsWith("Type").path("Type").asText("").toLowerCase(Locale.ROOT).contains("antminer");
    }

    @Override
    public void fill(CgminerReply reply, Sample.Builder sample) {
        JsonNode header = reply.statsWith("Type");
        sample.boardVersion(text(header, "Type")).firmwareVersion(text(header, "CompileTime"));
        JsonNode data = reply.stats().size() > 1 ? reply.stats().get(1) : reply.statsWith("fan_num");
        double unit = unitInGh(data.path("rate_unit").asText("GH"));
        if (GenericCgminerMapping.hashrate(reply.summary()) == null) {
            Double chains = sumOf(data, CHAIN_RATE);
            sample.hashrateGhs(chains == null ? null : chains * unit);
        }
        Double ideal = number(data, "total_rateideal");
        sample.expectedHashrateGhs(ideal == null ? null : ideal * unit);
        Double chip = maxOf(data, CHIP_TEMP);
        // firmware without chip sensors reports boards only; the hottest board still lets HOT be judged
        sample.asicTempC(chip != null ? chip : maxOf(data, BOARD_TEMP));
        List<Long> fans = fans(data);
        sample.fanRpm(fans.isEmpty() ? null : fans.get(0)).fan2Rpm(fans.size() > 1 ? fans.get(1) : null);
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
    private static Double maxOf(JsonNode data, Pattern keys) {
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
        numbered.sort((a, b) -> Long.compare(a[0], b[0]));
        return numbered.stream().map(f -> f[1]).toList();
    }
}
