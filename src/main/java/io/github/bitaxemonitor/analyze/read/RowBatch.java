package io.github.bitaxemonitor.analyze.read;

import io.github.bitaxemonitor.model.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of one piece of a file, column by column: what one reading thread hands the aggregating thread. Absent
 * readings are NaN (decimals) or -1 (counts, flags), never a made-up zero, as in {@link io.github.bitaxemonitor.model.Sample}.
 * Names (alias, hostname) are not repeated per row: {@link #names} holds each change, at the row it happens.
 */
public final class RowBatch {
    private static final Status[] STATUSES = Status.values();

    int size;
    long[] time;
    int[] miner;
    byte[] status;
    byte[] overheat;
    byte[] paused;
    int[] conditions;
    double[] frequencyActual;
    double[] hashrate;
    double[] expected;
    double[] power;
    double[] coreMv;
    double[] frequency;
    double[] asicTemp;
    double[] vrTemp;
    long[] accepted;
    long[] rejected;
    long[] uptime;
    final List<NameChange> names = new ArrayList<>();
    /** Lines that are not rows: damaged, torn, or a repeated header. */
    long skipped;
    /** The first damaged line's file and line number, for the one-line note; null when none. */
    String firstSkipped;

    /** A miner's alias or hostname as of row {@code row} of this batch (either may be null). */
    public record NameChange(int row, int miner, String alias, String hostname) {
    }

    RowBatch(int capacity) {
        time = new long[capacity];
        miner = new int[capacity];
        status = new byte[capacity];
        overheat = new byte[capacity];
        paused = new byte[capacity];
        conditions = new int[capacity];
        frequencyActual = new double[capacity];
        hashrate = new double[capacity];
        expected = new double[capacity];
        power = new double[capacity];
        coreMv = new double[capacity];
        frequency = new double[capacity];
        asicTemp = new double[capacity];
        vrTemp = new double[capacity];
        accepted = new long[capacity];
        rejected = new long[capacity];
        uptime = new long[capacity];
    }

    /** Room for one more row; returns its index. */
    int add() {
        if (size == time.length) {
            int n = size * 2;
            time = Arrays.copyOf(time, n);
            miner = Arrays.copyOf(miner, n);
            status = Arrays.copyOf(status, n);
            overheat = Arrays.copyOf(overheat, n);
            paused = Arrays.copyOf(paused, n);
            conditions = Arrays.copyOf(conditions, n);
            frequencyActual = Arrays.copyOf(frequencyActual, n);
            hashrate = Arrays.copyOf(hashrate, n);
            expected = Arrays.copyOf(expected, n);
            power = Arrays.copyOf(power, n);
            coreMv = Arrays.copyOf(coreMv, n);
            frequency = Arrays.copyOf(frequency, n);
            asicTemp = Arrays.copyOf(asicTemp, n);
            vrTemp = Arrays.copyOf(vrTemp, n);
            accepted = Arrays.copyOf(accepted, n);
            rejected = Arrays.copyOf(rejected, n);
            uptime = Arrays.copyOf(uptime, n);
        }
        return size++;
    }

    public int size() { return size; }
    public long time(int i) { return time[i]; }
    public int miner(int i) { return miner[i]; }
    public Status status(int i) { return STATUSES[status[i]]; }
    /** 1 when the firmware reported overheat mode, 0 when it reported normal, -1 when not reported. */
    public int overheat(int i) { return overheat[i]; }
    /** 1 when the firmware reported mining paused (standby, sleep), 0 when not paused, -1 when not reported. */
    public int paused(int i) { return paused[i]; }
    /** True when the row's conditions column names this status (the row's status is only the most urgent one). */
    public boolean condition(int i, Status s) { return (conditions[i] & (1 << s.ordinal())) != 0; }
    /** The clock the ASIC actually ran at (schema 2); NaN when not reported. */
    public double frequencyActual(int i) { return frequencyActual[i]; }
    public double hashrate(int i) { return hashrate[i]; }
    public double expected(int i) { return expected[i]; }
    public double power(int i) { return power[i]; }
    public double coreMv(int i) { return coreMv[i]; }
    public double frequency(int i) { return frequency[i]; }
    public double asicTemp(int i) { return asicTemp[i]; }
    public double vrTemp(int i) { return vrTemp[i]; }
    public long accepted(int i) { return accepted[i]; }
    public long rejected(int i) { return rejected[i]; }
    public long uptime(int i) { return uptime[i]; }
    public List<NameChange> names() { return names; }
    public long skipped() { return skipped; }
    public String firstSkipped() { return firstSkipped; }
}
