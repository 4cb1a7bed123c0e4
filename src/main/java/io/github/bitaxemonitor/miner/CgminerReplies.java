package io.github.bitaxemonitor.miner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything one poll of a CGMiner-API miner got, by command, whether it came in one combined reply or one connection
 * per command: what the vendor mappings read. Replies that were errors are not kept (see {@link #error}).
 *
 * <p>Not thread-safe: filled by one poll, then read.
 */
final class CgminerReplies {
    private static final List<String> STATS_COMMANDS = List.of("stats", "estats", "litestats");

    private final Map<String, JsonNode> byCommand = new LinkedHashMap<>();

    void put(String command, JsonNode reply) {
        byCommand.put(command, reply);
    }

    /** The whole reply to a command; null when it did not answer (or answered an error). */
    JsonNode reply(String command) {
        return byCommand.get(command);
    }

    boolean has(String command) {
        return byCommand.containsKey(command);
    }

    boolean isEmpty() {
        return byCommand.isEmpty();
    }

    /** {@code SUMMARY[0]}, or Whatsminer's {@code Msg} object form; a missing node when summary did not answer. */
    JsonNode summary() {
        return first("summary", "SUMMARY");
    }

    /** Every {@code STATS} entry of stats, estats and litestats, in that order; empty when none answered. */
    List<JsonNode> stats() {
        List<JsonNode> out = new ArrayList<>();
        for (String c : STATS_COMMANDS) {
            JsonNode reply = byCommand.get(c);
            if (reply != null) {
                reply.path("STATS").forEach(out::add);
            }
        }
        return out;
    }

    /** The first STATS entry holding {@code key}, or a missing node. */
    JsonNode statsWith(String key) {
        return stats().stream().filter(s -> s.has(key)).findFirst().orElse(MissingNode.getInstance());
    }

    /** {@code VERSION[0]} of version, else the {@code Msg} of Whatsminer's get_version; a missing node otherwise. */
    JsonNode version() {
        JsonNode v = first("version", "VERSION");
        return v.isObject() ? v : msg("get_version");
    }

    /** The entries of a list section ({@code FANS} of fans, {@code TEMPS} of temps, {@code DEVS} of devs). */
    List<JsonNode> list(String command, String section) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode reply = byCommand.get(command);
        if (reply != null) {
            reply.path(section).forEach(out::add);
        }
        return out;
    }

    /** The {@code Msg} object of a Whatsminer {@code get_*}/status reply; a missing node otherwise. */
    JsonNode msg(String command) {
        JsonNode m = byCommand.getOrDefault(command, MissingNode.getInstance()).path("Msg");
        return m.isObject() ? m : MissingNode.getInstance();
    }

    /**
     * The software the miner names in its STATUS ({@code "cgminer 4.11.1"}, {@code "BOSminer 0.9"},
     * {@code "btminer"}), from the first reply that has one; null when none does.
     */
    String description() {
        for (JsonNode reply : byCommand.values()) {
            JsonNode status = reply.path("STATUS");
            String d = (status.isArray() ? status.path(0) : reply).path("Description").asText("");
            if (!d.isBlank()) {
                return d;
            }
        }
        return null;
    }

    /** True when the named software, version or model text of any reply mentions {@code word} (case-insensitive). */
    boolean mentions(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String d = description();
        if (d != null && d.toLowerCase(Locale.ROOT).contains(w)) {
            return true;
        }
        for (var it = version().fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getKey().toLowerCase(Locale.ROOT).contains(w) || e.getValue().isTextual()
                    && e.getValue().textValue().toLowerCase(Locale.ROOT).contains(w)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode first(String command, String section) {
        JsonNode reply = byCommand.get(command);
        if (reply == null) {
            return MissingNode.getInstance();
        }
        JsonNode entry = reply.path(section).path(0);
        if (entry.isObject()) {
            return entry;
        }
        JsonNode m = reply.path("Msg");
        return m.isObject() ? m : MissingNode.getInstance();
    }

    /**
     * Why a reply is an error, or null when it succeeded: {@code STATUS[0].STATUS} "E"/"F" (an unknown or refused
     * command), or Whatsminer's top-level {@code "STATUS":"E"} string.
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
