package io.github.bitaxemonitor.miner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of a CGMiner-API exchange the vendor mappings read, whether it came as one combined
 * {@code summary+stats} reply or as two single ones.
 *
 * @param summary {@code SUMMARY[0]}, or a missing node when the miner sent none
 * @param stats   the {@code STATS} entries in order (Antminer: [0] header with Type, [1] data), possibly empty
 */
record CgminerReply(JsonNode summary, List<JsonNode> stats) {

    /** From a combined reply: {@code {"summary":[{...SUMMARY...}],"stats":[{...STATS...}]}}. */
    static CgminerReply combined(JsonNode root) {
        return of(root.path("summary").path(0), root.path("stats").path(0));
    }

    /** From single-command replies; either may be a missing node. */
    static CgminerReply of(JsonNode summaryReply, JsonNode statsReply) {
        JsonNode summary = summaryReply.path("SUMMARY").path(0);
        List<JsonNode> stats = new ArrayList<>();
        statsReply.path("STATS").forEach(stats::add);
        return new CgminerReply(summary.isObject() ? summary : MissingNode.getInstance(), List.copyOf(stats));
    }

    boolean hasData() {
        return summary.isObject() || !stats.isEmpty();
    }

    /** The first STATS entry holding {@code key}, or a missing node. */
    JsonNode statsWith(String key) {
        return stats.stream().filter(s -> s.has(key)).findFirst().orElse(MissingNode.getInstance());
    }

    /**
     * Why a single reply is an error, or null when it succeeded: {@code STATUS[0].STATUS} "E"/"F" (an unknown or
     * refused command), or Whatsminer's top-level {@code "STATUS":"E"} string.
     */
    static String error(JsonNode reply) {
        JsonNode status = reply.path("STATUS");
        JsonNode first = status.isArray() ? status.path(0) : reply;
        String code = (status.isArray() ? first.path("STATUS") : status).asText("");
        if (!code.toUpperCase(Locale.ROOT).matches("[EF]")) {
            return null;
        }
        String msg = first.path("Msg").asText("");
        return msg.isEmpty() ? "miner answered STATUS " + code : msg;
    }
}
