package io.github.bitaxemonitor.miner;

import static io.github.bitaxemonitor.miner.JsonFields.number;
import static io.github.bitaxemonitor.miner.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canaan Avalon (cgminer 4.11): the real data are strings {@code "MM ID0"}, {@code "MM ID1"}... (one per module on
 * multi-module controllers; {@code "MM ID0:Summary"} on small units) of {@code Key[value]} tokens inside stats,
 * estats or litestats. Every module counts: the hottest module's TMax is the ASIC temperature, fans come from
 * {@code Fan1..Fan4} or the older {@code Fan}, power from WALLPOWER (or the last field of PS), the model and firmware
 * from {@code Ver}, and SYSTEMSTATU says when a unit is soft-off.
 */
final class AvalonMapping implements CgminerVendor {
    private static final Pattern TOKEN = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)\\[([^\\]]*)]");
    private static final Pattern FAN = Pattern.compile("Fan\\d?");
    private static final Pattern MODEL_NUMBER = Pattern.compile("^(\\d{3,4})(?:-|$)");

    @Override
    public String family() {
        return "avalon";
    }

    @Override
    public boolean recognises(CgminerReplies replies) {
        return !modules(replies).isEmpty() || replies.mentions("avalon");
    }

    @Override
    public List<String> missing(CgminerReplies replies) {
        if (!modules(replies).isEmpty()) {
            return List.of();
        }
        return !replies.has("estats") ? List.of("estats") : !replies.has("litestats") ? List.of("litestats") : List.of();
    }

    @Override
    public void fill(CgminerReplies replies, Reading.Builder b) {
        List<ObjectNode> modules = modules(replies);
        if (modules.isEmpty()) {
            return;
        }
        Double tmax = null;
        Double measured = null;
        Double expected = null;
        Double power = null;
        Double duty = null;
        List<Long> fans = new ArrayList<>();
        boolean allIdle = true;
        for (ObjectNode mm : modules) {
            tmax = BosminerMapping.max(tmax, number(mm, "TMax"));
            measured = sum(measured, number(mm, "GHSspd"));
            expected = sum(expected, number(mm, "GHSmm"));
            power = sum(power, power(mm));
            duty = BosminerMapping.max(duty, number(mm, "FanR"));
            for (var it = mm.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                Double rpm = FAN.matcher(key).matches() ? number(mm, key) : null;
                if (rpm != null && rpm > 0) {
                    fans.add(Math.round(rpm));
                }
            }
            allIdle &= idle(text(mm, "SYSTEMSTATU"));
        }
        if (!GenericCgminerMapping.hasCurrentRate(b) && measured != null) {
            b.set(Fields.HASHRATE_GHS, measured).set(Fields.HASHRATE_WINDOW, "rt");
        }
        ObjectNode first = modules.get(0);
        String ver = text(first, "Ver");
        b.set(Fields.EXPECTED_HASHRATE_GHS, expected)
                .set(Fields.POWER_W, power)
                .set(Fields.ASIC_TEMP_C, tmax)
                .set(Fields.FAN_RPM, fans.isEmpty() ? null : fans.get(0))
                .set(Fields.FAN2_RPM, fans.size() > 1 ? fans.get(1) : null)
                .set(Fields.FAN_PCT, duty)
                .setIfAbsent(Fields.FIRMWARE_VERSION, ver)
                .setIfAbsent(Fields.MODEL, model(ver));
        if (first.has("SYSTEMSTATU")) {
            b.set(Fields.MINING_PAUSED, allIdle);
        }
    }

    /** Every module's tokens, in module order. */
    static List<ObjectNode> modules(CgminerReplies replies) {
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode entry : replies.stats()) {
            for (var it = entry.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (key.startsWith("MM ID") && entry.get(key).isTextual()) {
                    out.add(tokens(entry.get(key).textValue()));
                }
            }
        }
        return out;
    }

    /** The tokens as a JSON object so the tolerant field readers apply; "49%" keeps its number. */
    static ObjectNode tokens(String mm) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Matcher m = TOKEN.matcher(mm);
        while (m.find()) {
            String value = m.group(2).strip();
            out.put(m.group(1), value.endsWith("%") ? value.substring(0, value.length() - 1) : value);
        }
        return out;
    }

    /** WALLPOWER, else the last number of PS[...] (the output power). */
    private static Double power(ObjectNode mm) {
        Double wall = number(mm, "WALLPOWER");
        if (wall != null) {
            return wall;
        }
        String ps = text(mm, "PS");
        if (ps == null) {
            return null;
        }
        String[] parts = ps.trim().split("\\s+");
        Double last = JsonFields.number(parts[parts.length - 1]);
        return last != null && last > 0 ? last : null;
    }

    /** "Work: In Work, ..." is hashing; idle, standby or soft-off is the owner's choice. */
    private static boolean idle(String systemStatus) {
        if (systemStatus == null) {
            return false;
        }
        String s = systemStatus.toLowerCase(Locale.ROOT);
        return s.contains("idle") || s.contains("standby") || s.contains("soft off") || s.contains("softoff");
    }

    /** "1246-83-..." names an A1246; other Ver texts are firmware, not a model. */
    private static String model(String ver) {
        if (ver == null) {
            return null;
        }
        Matcher m = MODEL_NUMBER.matcher(ver);
        return m.find() ? "Avalon " + m.group(1) : null;
    }

    private static Double sum(Double a, Double b) {
        if (b == null) {
            return a;
        }
        return a == null ? b : Double.valueOf(a + b);
    }
}
