package io.github.bitaxemonitor.view.summary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.view.fleet.FleetTotals;
import io.github.bitaxemonitor.view.fleet.MinerState;
import io.github.bitaxemonitor.view.fleet.MinerTrack;
import io.github.bitaxemonitor.view.fleet.RunningStats;
import io.github.bitaxemonitor.view.fleet.StatusChange;
import io.github.bitaxemonitor.view.format.SampleFields;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The summary as one JSON document for scripts. It always carries the detailed content (every field of each miner's
 * latest row under its CSV column name, window statistics, recent status changes), so a script's keys do not depend
 * on flags. Strings keep their exact content but are written with every control and non-ASCII character escaped
 * ({@code \u001B}, {@code \u202E}), so printing the document on a terminal cannot act on it.
 */
public final class SummaryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    static {
        MAPPER.getFactory().configure(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature(), true);
        MAPPER.getFactory().setCharacterEscapes(new TerminalSafeEscapes());
        // The document goes to the command's standard output, which outlives it.
        MAPPER.getFactory().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    }

    private SummaryJson() {
    }

    /**
     * Any JSON tree in this document's encoding (indented, every control and non-ASCII character escaped), so the REST
     * API answers in exactly the form {@code --json} prints.
     */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of plain values always serialises
        }
    }

    /**
     * Writes the document as it goes: one miner's tree at a time, so that 100,000 miners never make one tree of
     * millions of nodes. (Write errors surface through {@code out.checkError()}, as PrintWriter keeps them.)
     */
    public static void write(ReportContext ctx, PrintWriter out) {
        List<String> problems = HealthCheck.problems(ctx);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("generated_at", ctx.now().toString());
            g.writeNumberField("window_s", ctx.window().getSeconds());
            g.writeFieldName("fleet");
            MAPPER.writeTree(g, fleet(ctx));
            g.writeArrayFieldStart("miners");
            for (MinerTrack m : ctx.minersByName()) {
                MAPPER.writeTree(g, miner(m, ctx.now()));
            }
            g.writeEndArray();
            g.writeBooleanField("healthy", problems.isEmpty());
            g.writeArrayFieldStart("problems");
            for (String p : problems) {
                g.writeString(p);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a PrintWriter does not throw
        }
        out.append('\n');
    }

    /** The document as a string (tests, small fleets). */
    public static String render(ReportContext ctx) {
        StringWriter s = new StringWriter();
        write(ctx, new PrintWriter(s));
        return s.toString();
    }

    private static ObjectNode fleet(ReportContext ctx) {
        FleetTotals f = ctx.totals();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("miners", f.miners());
        n.put("online", f.online());
        n.put("stale", f.stale());
        ObjectNode by = n.putObject("by_status");
        for (Map.Entry<MinerState, Integer> e : f.byStatus().entrySet()) {
            by.put(e.getKey().name(), e.getValue());
        }
        n.put("hashrate_ghs", f.hashrateGhs());
        n.put("expected_hashrate_ghs", f.expectedGhs());
        n.put("expected_reporting_miners", f.expectedMiners());
        n.put("hashrate_pct_of_expected", f.pctOfExpected());
        n.put("power_w", f.powerW());
        n.put("power_estimated_w", f.estimatedPowerW());
        n.put("power_estimated_miners", f.estimatedMiners());
        n.put("efficiency_j_per_th", f.joulesPerTh());
        n.put("asic_temp_avg_c", f.avgAsicTempC());
        n.put("asic_temp_max_c", f.hottestAsicTempC());
        n.put("hottest_miner", f.hottestName());
        n.put("shares_accepted", f.sharesAccepted());
        n.put("shares_rejected", f.sharesRejected());
        n.put("reject_pct", f.rejectPct());
        n.put("best_diff", f.bestDiff());
        n.put("newest_row", f.newest() == null ? null : f.newest().toString());
        n.put("data_age_s", seconds(f.dataAge()));
        n.put("cycle_s", seconds(f.cycle()));
        n.put("collector_stopped", f.collectorStopped());
        n.put("corrupt_rows", ctx.corruptRows());
        if (ctx.collector() != null) {
            ObjectNode c = n.putObject("collector");
            c.put("status", ctx.collector().status().name());
            c.put("text", ctx.collector().text());
        }
        return n;
    }

    private static ObjectNode miner(MinerTrack m, Instant now) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", m.name());
        n.put("address", m.address());
        n.put("status", m.state().name());
        n.put("severity", m.state().severity().name());
        n.put("stale", m.state().stale());
        n.put("last_seen", m.lastReachable() == null ? null : m.lastReachable().toString());
        n.put("last_seen_age_s", m.lastReachable() == null ? null : seconds(Duration.between(m.lastReachable(), now)));
        ObjectNode latest = n.putObject("latest");
        for (SampleFields.Field f : SampleFields.of(m.latest())) {
            Object v = f.value();
            if (v == null) {
                latest.putNull(f.name());
            } else if (v instanceof Double d) {
                latest.put(f.name(), d);
            } else if (v instanceof Long l) {
                latest.put(f.name(), l);
            } else if (v instanceof Boolean b) {
                latest.put(f.name(), b);
            } else if (v instanceof Status s) {
                latest.put(f.name(), s.name());
            } else {
                latest.put(f.name(), v.toString());
            }
        }
        ObjectNode w = n.putObject("window");
        w.put("rows", m.rows());
        w.put("uptime_pct", m.uptimePct());
        w.put("status_changes", m.changeCount());
        w.set("hashrate_ghs", stats(m.hashrateStats()));
        w.set("asic_temp_c", stats(m.asicTempStats()));
        ArrayNode changes = n.putArray("recent_status_changes");
        for (StatusChange c : m.recentChanges()) {
            changes.addObject().put("at", c.at().toString()).put("from", c.from().name()).put("to", c.to().name());
        }
        return n;
    }

    private static ObjectNode stats(RunningStats st) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("min", st.min());
        n.put("avg", st.mean());
        n.put("max", st.max());
        return n;
    }

    private static Long seconds(Duration d) {
        return d == null ? null : Math.max(0, d.getSeconds());
    }

    /** Jackson's JSON escapes plus DEL; non-ASCII (C1, bidi) is escaped by ESCAPE_NON_ASCII. */
    private static final class TerminalSafeEscapes extends CharacterEscapes {
        private final int[] ascii;

        TerminalSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
