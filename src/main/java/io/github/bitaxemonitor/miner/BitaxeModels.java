package io.github.bitaxemonitor.miner;

import static io.github.bitaxemonitor.miner.JsonFields.integer;
import static io.github.bitaxemonitor.miner.JsonFields.number;
import static io.github.bitaxemonitor.miner.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The board name of a stock AxeOS device, which {@code /api/system/info} does not send: from its ASIC and their number
 * (shared/reference/bitaxe-api.md, "ASICModel" and the realistic-values table). The count is {@code asicCount} where
 * the firmware still sends it (2.1.9-2.8), else what {@code expectedHashrate = frequency x smallCoreCount x asicCount
 * / 1000} implies.
 */
final class BitaxeModels {
    private BitaxeModels() {
    }

    /** "Bitaxe Gamma", "Bitaxe SupraHex"; "Bitaxe" when the ASIC is unknown. */
    static String name(JsonNode info) {
        String asic = text(info, "ASICModel");
        if (asic == null) {
            return "Bitaxe";
        }
        int count = asicCount(info);
        String board = switch (asic.toUpperCase(Locale.ROOT)) {
            case "BM1397" -> "Max";
            case "BM1366" -> count >= 6 ? "Hex" : "Ultra";
            case "BM1368" -> count >= 6 ? "SupraHex" : "Supra";
            case "BM1370" -> count == 2 ? "GammaDuo" : "Gamma";
            default -> null;
        };
        return board == null ? "Bitaxe (" + asic + ")" : "Bitaxe " + board;
    }

    private static int asicCount(JsonNode info) {
        Long explicit = integer(info, "asicCount");
        if (explicit != null && explicit > 0) {
            return explicit.intValue();
        }
        Double expected = number(info, "expectedHashrate");
        Double mhz = number(info, "frequency");
        Long cores = integer(info, "smallCoreCount");
        if (expected == null || mhz == null || cores == null || mhz <= 0 || cores <= 0) {
            return 1;
        }
        return (int) Math.max(1, Math.round(expected * 1000 / (mhz * cores)));
    }
}
