package io.github.bitaxemonitor.miner;

import static io.github.bitaxemonitor.miner.JsonFields.flag;
import static io.github.bitaxemonitor.miner.JsonFields.integer;
import static io.github.bitaxemonitor.miner.JsonFields.number;
import static io.github.bitaxemonitor.miner.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * btminer: SUMMARY holds rates in MH/s, {@code Temperature} (board), {@code Chip Temp Max}, the two fans (in/out),
 * measured {@code Power} and {@code Factory GHS} (nominal). Per-board {@code devs}/{@code edevs} give chip
 * temperatures where SUMMARY has none; {@code status} says whether the miner sleeps; {@code get_version} gives the
 * firmware where {@code version} is refused (new firmware answers those in the top-level "STATUS":"S" form).
 */
final class WhatsminerMapping implements CgminerVendor {
    @Override
    public String family() {
        return "whatsminer";
    }

    @Override
    public boolean recognises(CgminerReplies replies) {
        JsonNode s = replies.summary();
        return s.has("Fan Speed In") || s.has("Factory GHS") || s.has("HS RT") || s.has("Power Limit")
                || s.has("Power") || s.has("Chip Temp Max")
                || replies.mentions("btminer") || replies.mentions("whatsminer");
    }

    @Override
    public List<String> missing(CgminerReplies replies) {
        List<String> out = new ArrayList<>();
        JsonNode s = replies.summary();
        if (!s.has("Chip Temp Max") && !replies.has("edevs") && !replies.has("devs")) {
            out.add("edevs");
        }
        if (!replies.has("status")) {
            out.add("status");
        }
        return out;
    }

    @Override
    public void fill(CgminerReplies replies, Reading.Builder b) {
        JsonNode s = replies.summary();
        Double chip = positive(number(s, "Chip Temp Max"));
        Double board = positive(number(s, "Temperature"));
        for (String command : List.of("edevs", "devs")) {
            for (JsonNode dev : replies.list(command, "DEVS")) { // edevs answers in a DEVS section too
                chip = BosminerMapping.max(chip, number(dev, "Chip Temp Max"));
                board = BosminerMapping.max(board, number(dev, "Temperature"));
            }
        }
        b.set(Fields.EXPECTED_HASHRATE_GHS, number(s, "Factory GHS"))
                .set(Fields.POWER_W, number(s, "Power"))
                .set(Fields.ASIC_TEMP_C, chip)
                .set(Fields.BOARD_TEMP_C, board)
                .set(Fields.FAN_RPM, integer(s, "Fan Speed In"))
                .set(Fields.FAN2_RPM, integer(s, "Fan Speed Out"))
                .setIfAbsent(Fields.FIRMWARE_VERSION, text(s, "Firmware Version"))
                .set(Fields.MINING_PAUSED, sleeping(replies.msg("status")));
    }

    /**
     * The status reply's Msg says the mining process is off ({@code "btmineroff":"true"}, {@code "mineroff"}) or the
     * miner sleeps; null when there is no such reply.
     */
    static Boolean sleeping(JsonNode status) {
        if (!status.isObject()) {
            return null;
        }
        for (var it = status.fields(); it.hasNext(); ) {
            var e = it.next();
            String key = e.getKey().toLowerCase(Locale.ROOT);
            if ((key.endsWith("off") || key.contains("sleep")) && Boolean.TRUE.equals(flag(status, e.getKey()))) {
                return true;
            }
            String value = e.getValue().asText("").toLowerCase(Locale.ROOT);
            if (value.contains("sleep") || value.contains("standby")) {
                return true;
            }
        }
        return false;
    }

    private static Double positive(Double celsius) {
        return celsius == null || celsius <= 0 ? null : celsius;
    }
}
