package io.github.bitaxemonitor.view.format;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.text.HostileText;
import io.github.bitaxemonitor.view.fleet.MinerState;
import io.github.bitaxemonitor.view.fleet.MinerTrack;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The per-miner columns every view can show: header, cell text (always safe for a terminal) and sort order. The
 * summary table and the live table pick from these, so a column means the same everywhere.
 */
public enum MinerColumn {
    NAME("NAME", false, (m, now) -> HostileText.forTerminal(m.name()),
            Comparator.comparing(MinerTrack::name, NaturalOrder.INSTANCE)),
    ADDRESS("ADDRESS", false, (m, now) -> HostileText.forTerminal(m.address()),
            Comparator.comparing(MinerTrack::address)),
    STATUS("STATUS", false, (m, now) -> m.state().label(),
            // worst first when ascending: severity, then precedence
            Comparator.comparing((MinerTrack m) -> m.state().severity()).reversed()
                    .thenComparing(MinerTrack::state, MinerState.PRECEDENCE)),
    HASHRATE("HASHRATE", true, (m, now) -> Units.hashrate(m.latest().hashrateGhs()), number(Sample::hashrateGhs)),
    PCT_EXPECTED("%EXP", true, (m, now) -> Units.pct(m.latest().pctOfExpected()), number(Sample::pctOfExpected)),
    ASIC_TEMP("ASIC", true, (m, now) -> Units.temp(m.latest().asicTempC()), number(Sample::asicTempC)),
    VR_TEMP("VR", true, (m, now) -> Units.temp(m.latest().vrTempC()), number(Sample::vrTempC)),
    /** Measured power, or "~" and the estimate where the device reports none. */
    POWER("POWER", true, (m, now) -> power(m.latest()), number(MinerColumn::powerOrEstimate)),
    JTH("J/TH", true, (m, now) -> Units.jth(m.latest().joulesPerTh()), number(Sample::joulesPerTh)),
    FAN("FAN", true, (m, now) -> fan(m.latest()), number(Sample::fanPct)),
    RSSI("RSSI", true, (m, now) -> Units.integer(m.latest().wifiRssiDbm()), number(s -> toDouble(s.wifiRssiDbm()))),
    SHARES("SHARES A/R", true, (m, now) -> Units.si(m.latest().sharesAccepted()) + "/"
            + Units.si(m.latest().sharesRejected()), number(s -> toDouble(s.sharesAccepted()))),
    BEST_DIFF("BEST", true, (m, now) -> Units.si(m.latest().bestDiff()), number(Sample::bestDiff)),
    UPTIME("UPTIME", true, (m, now) -> Units.seconds(m.latest().uptimeS()), number(s -> toDouble(s.uptimeS()))),
    CLOCK("FREQ@MV", true, (m, now) -> clock(m.latest()), number(Sample::frequencyMhz)),
    LAST_SEEN("SEEN", true, MinerColumn::lastSeen,
            // ascending = shortest time since last seen first; never seen last
            Comparator.comparing(MinerTrack::lastReachable, Comparator.nullsLast(Comparator.reverseOrder())));

    /** Header text; never wider than the widest cell a table gives the column. */
    public final String header;
    /** Numbers line up on the right. */
    public final boolean rightAligned;
    private final BiFunction<MinerTrack, Instant, String> text;
    /** Ascending order of this column; absent values last. */
    public final Comparator<MinerTrack> order;

    MinerColumn(String header, boolean rightAligned, BiFunction<MinerTrack, Instant, String> text,
                Comparator<MinerTrack> order) {
        this.header = header;
        this.rightAligned = rightAligned;
        this.text = text;
        this.order = order;
    }

    /** The cell for a miner; {@code now} only matters for ages. */
    public String text(MinerTrack m, Instant now) {
        return text.apply(m, now);
    }

    /** True when the cell depends on {@code now} (an age); every other cell follows only the miner's latest row. */
    public boolean followsClock() {
        return this == LAST_SEEN;
    }

    /** Time since the miner last answered ({@link Units#age}, without "ago"); "never" when not in the window. */
    private static String lastSeen(MinerTrack m, Instant now) {
        Instant t = m.lastReachable();
        if (t == null) {
            return "never";
        }
        return Units.age(Duration.between(t, now));
    }

    private static String power(Sample s) {
        return s.powerW() == null && s.powerEstimatedW() != null ? "~" + Units.power(s.powerEstimatedW())
                : Units.power(s.powerW());
    }

    private static Double powerOrEstimate(Sample s) {
        return s.powerW() != null ? s.powerW() : s.powerEstimatedW();
    }

    private static String fan(Sample s) {
        if (s.fanPct() != null) {
            return Units.pct(s.fanPct());
        }
        return s.fanRpm() != null ? s.fanRpm() + "rpm" : Units.NONE;
    }

    /** "525@1150": frequency in MHz at the set core voltage in mV. */
    static String clock(Sample s) {
        if (s.frequencyMhz() == null && s.coreVoltageSetMv() == null) {
            return Units.NONE;
        }
        return Units.number(s.frequencyMhz(), 0) + "@" + Units.number(s.coreVoltageSetMv(), 0);
    }

    private static Double toDouble(Long v) {
        return v == null ? null : v.doubleValue();
    }

    private static Comparator<MinerTrack> number(Function<Sample, Double> f) {
        return Comparator.comparing(m -> f.apply(m.latest()), Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
