package io.github.bitaxemonitor.analyze.segment;

import io.github.bitaxemonitor.analyze.read.MinerIds;
import io.github.bitaxemonitor.analyze.read.RowBatch;
import io.github.bitaxemonitor.analyze.read.TimeRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The single-threaded half of a scan: takes the batches in file order and walks every selected miner through its
 * rows ({@link MinerState}), feeding the comparison probes on the way. Each row is looked at once.
 */
public final class Aggregator implements Consumer<RowBatch> {
    private final Settings settings;
    private final MinerIds ids;
    private final TimeRange range;
    private final MinerFilter filter;
    private final boolean timelines;
    private final Map<String, List<Map.Entry<Long, String>>> cuts;
    private final List<Probe> probes;
    private final Accumulator[] probeAcc;
    /** By miner id; null for a miner not met yet. */
    private MinerState[] states = new MinerState[64];
    private String[] alias = new String[64];
    private String[] hostname = new String[64];
    /** Per miner id: 1 selected by the filter under its current names, -1 not, 0 not decided yet. */
    private byte[] selected = new byte[64];
    private long outOfRange;
    private long lastRowMs = Long.MIN_VALUE;
    private long firstRowMs = Long.MAX_VALUE;

    /**
     * @param cuts named-session boundaries per miner (as the user named it: address, alias or hostname), each an
     *             epoch ms and a label
     */
    public Aggregator(Settings settings, MinerIds ids, TimeRange range, MinerFilter filter, boolean timelines,
                      Map<String, List<Map.Entry<Long, String>>> cuts, List<Probe> probes) {
        this.settings = settings;
        this.ids = ids;
        this.range = range;
        this.filter = filter;
        this.timelines = timelines;
        this.cuts = Map.copyOf(cuts);
        this.probes = List.copyOf(probes);
        this.probeAcc = new Accumulator[probes.size()];
        for (int i = 0; i < probeAcc.length; i++) {
            probeAcc[i] = new Accumulator(settings.block().toMillis());
        }
    }

    @Override
    public void accept(RowBatch b) {
        List<RowBatch.NameChange> names = b.names();
        int nextName = 0;
        for (int i = 0; i < b.size(); i++) {
            while (nextName < names.size() && names.get(nextName).row() == i) {
                RowBatch.NameChange c = names.get(nextName++);
                name(c.miner(), c.alias(), c.hostname());
            }
            long t = b.time(i);
            if (!range.contains(t)) {
                outOfRange++;
                continue;
            }
            int m = b.miner(i);
            ensure(m);
            if (selected[m] == 0) {
                selected[m] = (byte) (filter.matches(ids.address(m), alias[m], hostname[m]) ? 1 : -1);
            }
            if (selected[m] < 0) {
                continue;
            }
            MinerState s = state(m);
            RowKind kind = s.row(b, i);
            firstRowMs = Math.min(firstRowMs, t);
            lastRowMs = Math.max(lastRowMs, t);
            if (kind != null && probeAcc.length > 0) {
                probe(s, kind, t, b, i);
            }
        }
    }

    private void probe(MinerState s, RowKind kind, long t, RowBatch b, int i) {
        for (int k = 0; k < probeAcc.length; k++) {
            Probe p = probes.get(k);
            if (p.range().contains(t) && (p.config() == null || p.config().equals(s.config()))
                    && p.miner().matches(s.address(), s.alias(), s.hostname())) {
                probeAcc[k].count(kind, t, 0);
                if (kind == RowKind.STABLE) {
                    probeAcc[k].stable(t, 0, b.hashrate(i), b.expected(i), b.asicTemp(i), b.vrTemp(i), b.power(i));
                }
            }
        }
    }

    private void name(int m, String a, String h) {
        ensure(m);
        alias[m] = a;
        hostname[m] = h;
        selected[m] = 0;
        if (states[m] != null) {
            states[m].names(a, h);
        }
    }

    private MinerState state(int m) {
        ensure(m);
        MinerState s = states[m];
        if (s == null) {
            String address = ids.address(m);
            List<Map.Entry<Long, String>> mine = new ArrayList<>();
            cuts.forEach((who, list) -> {
                if (new MinerFilter(who).matches(address, alias[m], hostname[m])) {
                    mine.addAll(list);
                }
            });
            mine.sort(Map.Entry.comparingByKey());
            s = new MinerState(settings, address, timelines, mine.stream().mapToLong(Map.Entry::getKey).toArray(),
                    mine.stream().map(Map.Entry::getValue).toArray(String[]::new));
            s.names(alias[m], hostname[m]);
            states[m] = s;
        }
        return s;
    }

    private void ensure(int m) {
        if (m >= states.length) {
            int n = Math.max(m + 1, states.length * 2);
            states = Arrays.copyOf(states, n);
            alias = Arrays.copyOf(alias, n);
            hostname = Arrays.copyOf(hostname, n);
            selected = Arrays.copyOf(selected, n);
        }
    }

    /** Closes every open segment and returns the miners that had rows, in the order first met. */
    public List<MinerState> finish() {
        List<MinerState> out = new ArrayList<>();
        for (MinerState s : states) {
            if (s != null) {
                s.close();
                out.add(s);
            }
        }
        return out;
    }

    public Accumulator probe(int k) {
        return probeAcc[k];
    }

    /** Rows of the files read that fell outside the range (the neighbouring day files hold a few). */
    public long outOfRange() {
        return outOfRange;
    }

    public long firstRowMs() {
        return firstRowMs;
    }

    public long lastRowMs() {
        return lastRowMs;
    }
}
