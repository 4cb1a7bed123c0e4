package io.github.bitaxemonitor.miner;

import static io.github.bitaxemonitor.miner.JsonFields.integer;
import static io.github.bitaxemonitor.miner.JsonFields.number;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Reading;
import java.util.ArrayList;
import java.util.List;

/**
 * Braiins OS (BOSminer): named in its STATUS description and its version reply; temperatures come from {@code temps}
 * (TEMPS[]: Board, Chip per hash board) and fans from {@code fans} (FANS[]: RPM, Speed %), not from stats.
 */
final class BosminerMapping implements CgminerVendor {
    @Override
    public String family() {
        return "bosminer";
    }

    @Override
    public boolean recognises(CgminerReplies replies) {
        return replies.mentions("bosminer");
    }

    @Override
    public List<String> missing(CgminerReplies replies) {
        List<String> out = new ArrayList<>();
        if (!replies.has("fans")) {
            out.add("fans");
        }
        if (!replies.has("temps")) {
            out.add("temps");
        }
        return out;
    }

    @Override
    public void fill(CgminerReplies replies, Reading.Builder b) {
        Double chip = null;
        Double board = null;
        for (JsonNode t : replies.list("temps", "TEMPS")) {
            chip = max(chip, number(t, "Chip"));
            board = max(board, number(t, "Board"));
        }
        b.set(Fields.ASIC_TEMP_C, chip).set(Fields.BOARD_TEMP_C, board);
        List<JsonNode> fans = replies.list("fans", "FANS");
        List<Long> rpms = new ArrayList<>();
        Double duty = null;
        for (JsonNode f : fans) {
            Long rpm = integer(f, "RPM");
            if (rpm != null && rpm > 0) {
                rpms.add(rpm);
            }
            duty = duty == null ? number(f, "Speed") : duty;
        }
        b.set(Fields.FAN_RPM, rpms.isEmpty() ? null : rpms.get(0))
                .set(Fields.FAN2_RPM, rpms.size() > 1 ? rpms.get(1) : null)
                .set(Fields.FAN_PCT, duty);
        JsonNode header = replies.statsWith("Type");
        if (header.has("Type")) {
            b.set(Fields.MODEL, JsonFields.text(header, "Type"));
        }
    }

    /** The larger of two readings; sensors that read 0 or below are absent, not cold. */
    static Double max(Double a, Double b) {
        if (b == null || b <= 0) {
            return a;
        }
        return a == null || b > a ? b : a;
    }
}
