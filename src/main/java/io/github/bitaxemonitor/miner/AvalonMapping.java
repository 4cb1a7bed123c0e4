package io.github.bitaxemonitor.miner;

import static io.github.bitaxemonitor.miner.JsonFields.integer;
import static io.github.bitaxemonitor.miner.JsonFields.number;
import static io.github.bitaxemonitor.miner.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitaxemonitor.model.Sample;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canaan Avalon (cgminer 4.11): the real data is a string {@code "MM ID0"} (or {@code "MM ID0:Summary"} on small
 * units) of {@code Key[value]} tokens inside a STATS entry: TMax (hottest chip), Fan1/Fan2 (RPM), FanR (duty %),
 * GHSmm (the rate the controller expects), GHSspd (measured), WALLPOWER (W at the wall), Ver (firmware).
 */
final class AvalonMapping implements CgminerVendor {
    private static final Pattern TOKEN = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)\\[([^\\]]*)]");

    @Override
    public String family() {
        return "avalon";
    }

    @Override
    public boolean recognises(CgminerReply reply) {
        return mmText(reply) != null;
    }

    @Override
    public void fill(CgminerReply reply, Sample.Builder sample) {
        ObjectNode mm = tokens(mmText(reply));
        if (GenericCgminerMapping.hashrate(reply.summary()) == null) {
            sample.hashrateGhs(number(mm, "GHSspd"));
        }
        sample.expectedHashrateGhs(number(mm, "GHSmm"))
                .powerW(number(mm, "WALLPOWER"))
                .asicTempC(positive(number(mm, "TMax")))
                .fanRpm(integer(mm, "Fan1"))
                .fan2Rpm(integer(mm, "Fan2"))
                .fanPct(number(mm, "FanR"))
                .firmwareVersion(text(mm, "Ver"));
    }

    private static String mmText(CgminerReply reply) {
        for (JsonNode entry : reply.stats()) {
            for (var it = entry.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (key.startsWith("MM ID") && entry.get(key).isTextual()) {
                    return entry.get(key).textValue();
                }
            }
        }
        return null;
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

    /** -273 and 0 are "no sensor" on Avalon. */
    private static Double positive(Double celsius) {
        return celsius == null || celsius <= 0 ? null : celsius;
    }
}
