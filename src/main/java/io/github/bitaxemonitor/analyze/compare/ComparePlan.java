package io.github.bitaxemonitor.analyze.compare;

import io.github.bitaxemonitor.analyze.Query;
import io.github.bitaxemonitor.analyze.TimeArgs;
import io.github.bitaxemonitor.analyze.read.TimeRange;
import io.github.bitaxemonitor.analyze.result.Analysis;
import io.github.bitaxemonitor.analyze.result.MinerAnalysis;
import io.github.bitaxemonitor.analyze.segment.ClockLabel;
import io.github.bitaxemonitor.analyze.segment.MinerFilter;
import io.github.bitaxemonitor.analyze.segment.Probe;
import io.github.bitaxemonitor.text.HostileText;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code compare A B} means, from the shape of A and B: two clock configurations ("575MHz@1200mV", or
 * "575@1200"), two periods ("FROM..TO", each end as {@code --since} takes it), or else two miners.
 */
public final class ComparePlan {
    private static final Pattern CONFIG = Pattern.compile("(\\d+(?:\\.\\d+)?)(?:MHz)?@(\\d+(?:\\.\\d+)?)(?:mV)?",
            Pattern.CASE_INSENSITIVE);

    private final String kind;
    private final Probe a;
    private final Probe b;
    private final TimeRange scan;

    private ComparePlan(String kind, Probe a, Probe b, TimeRange scan) {
        this.kind = kind;
        this.a = a;
        this.b = b;
        this.scan = scan;
    }

    /**
     * @param range  the query's --since / --until (periods replace it)
     * @param miner  the query's --miner
     * @param config --at: the configuration for miner or period comparisons; null for all
     * @throws IllegalArgumentException when A and B are of different kinds, or a period does not parse
     */
    public static ComparePlan of(String a, String b, TimeRange range, MinerFilter miner, String config, Instant now) {
        String ca = config(a);
        String cb = config(b);
        String at = config == null ? null : config(config);
        if (config != null && at == null) {
            throw new IllegalArgumentException("--at: '" + HostileText.forTerminal(config)
                    + "' is not a clock configuration (575MHz@1200mV or 575@1200)");
        }
        if (ca != null && cb != null) {
            return new ComparePlan("configurations", new Probe(ca, miner, ca, range), new Probe(cb, miner, cb, range),
                    range);
        }
        boolean pa = a.contains("..");
        boolean pb = b.contains("..");
        if (pa && pb) {
            TimeRange ra = period(a, now);
            TimeRange rb = period(b, now);
            return new ComparePlan("periods", new Probe(a, miner, at, ra), new Probe(b, miner, at, rb), union(ra, rb));
        }
        if (ca != null || cb != null || pa || pb) {
            throw new IllegalArgumentException("A and B must be of one kind: two configurations, two periods "
                    + "(FROM..TO) or two miners");
        }
        if (miner.text() != null) {
            throw new IllegalArgumentException("comparing two miners: leave out --miner (A and B name them)");
        }
        return new ComparePlan("miners", new Probe(a, new MinerFilter(a), at, range),
                new Probe(b, new MinerFilter(b), at, range), range);
    }

    /** The base query, over the time both sides need, with the two probes. */
    public Query query(Query base) {
        return new Query(base.data(), scan, base.miner(), base.settings(), false, base.cuts(), List.of(a, b));
    }

    /**
     * Configurations and periods pool the miners the filter selects, and miners of different models do not pool
     * into anything meaningful: with more than one such miner, the user must pick one.
     */
    public void checkUnambiguous(Analysis result) {
        if (kind.equals("miners")) {
            return;
        }
        List<MinerAnalysis> involved = result.miners().stream().filter(m -> kind.equals("periods") && a.config() == null
                || m.config(a.config() == null ? "" : a.config()) != null
                || m.config(b.config() == null ? "" : b.config()) != null).toList();
        if (involved.size() > 1) {
            throw new IllegalArgumentException("several miners match (" + String.join(", ", involved.stream().limit(4)
                    .map(m -> HostileText.forTerminal(m.name())).toList()) + (involved.size() > 4 ? ", ..." : "")
                    + "): pick one with --miner");
        }
    }

    public String kind() {
        return kind;
    }

    public String labelA() {
        return a.label();
    }

    public String labelB() {
        return b.label();
    }

    /** "575MHz@1200mV" for either spelling; null when the text is not a configuration. */
    static String config(String text) {
        Matcher m = CONFIG.matcher(text.trim());
        return m.matches() ? ClockLabel.of(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))) : null;
    }

    private static TimeRange period(String text, Instant now) {
        int i = text.indexOf("..");
        Instant from = TimeArgs.parse(text.substring(0, i), now);
        String end = text.substring(i + 2).trim();
        Instant to = end.equals("0d") || end.equals("now") ? now : TimeArgs.parse(end, now);
        return new TimeRange(from, to);
    }

    private static TimeRange union(TimeRange x, TimeRange y) {
        return new TimeRange(x.since().isBefore(y.since()) ? x.since() : y.since(),
                x.until().isAfter(y.until()) ? x.until() : y.until());
    }
}
