package io.github.bitaxemonitor.analyze.read;

import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.store.RawLine;
import io.github.bitaxemonitor.store.SampleCsv;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the needed cells of each line into a {@link RowBatch}. Under RFC 4180 a line without a quote character is
 * cells between commas (the rule {@link SampleCsv#parseLine} applies to such lines too); a line with a quote is cut
 * by {@code SampleCsv.parseLine} itself (Commons CSV). A line is a row only when it has the file's number of cells
 * and a usable timestamp, address and status, as for the store's decoder; a cell outside its column's plausible
 * range reads as absent. Not thread-safe: one per reading thread.
 */
final class LineReader {
    private static final Status[] STATUSES = Status.values();
    private static final byte[][] STATUS_NAMES = new byte[STATUSES.length][];

    static {
        for (Status s : STATUSES) {
            STATUS_NAMES[s.ordinal()] = s.name().getBytes(StandardCharsets.US_ASCII);
        }
    }

    private final MinerIds ids;
    private final ByteCells cells = new ByteCells();
    private final int[] from = new int[Needed.ALL.length];
    private final int[] to = new int[Needed.ALL.length];
    /** The address bytes of the previous row and its id: rows of a cycle come miner after miner. */
    private final Map<Key, Integer> known = new HashMap<>();
    private final Key probe = new Key();
    /** Per miner id: the alias and hostname last reported in the current batch (null arrays: not seen yet). */
    private byte[][] lastAlias = new byte[16][];
    private byte[][] lastHost = new byte[16][];
    private boolean[] seenInBatch = new boolean[16];

    LineReader(MinerIds ids) {
        this.ids = ids;
    }

    /** Starts a new batch: names are reported again at each miner's first row in it. */
    void startBatch() {
        Arrays.fill(seenInBatch, false);
    }

    /** Adds the line to the batch if it is a row. */
    void read(RawLine line, Projection p, RowBatch out, String fileName) {
        if (!line.terminated() || line.truncated() || !cut(line.bytes(), p)) {
            skip(line, out, fileName);
            return;
        }
        byte[] b = line.bytes();
        int tf = Needed.TIME.ordinal();
        long time = span(Needed.TIME) ? cells.epochMillis(bytes(b), from[tf], to[tf]) : Long.MIN_VALUE;
        int status = status(b, from[Needed.STATUS.ordinal()], to[Needed.STATUS.ordinal()]);
        int ad = Needed.ADDRESS.ordinal();
        if (time == Long.MIN_VALUE || status < 0 || from[ad] >= to[ad]) {
            skip(line, out, fileName);
            return;
        }
        int miner = miner(b, from[ad], to[ad]);
        int i = out.add();
        out.time[i] = time;
        out.miner[i] = miner;
        out.status[i] = (byte) status;
        out.hashrate[i] = decimal(b, Needed.HASHRATE);
        out.expected[i] = decimal(b, Needed.EXPECTED);
        out.power[i] = decimal(b, Needed.POWER);
        out.coreMv[i] = decimal(b, Needed.CORE_MV);
        out.frequency[i] = decimal(b, Needed.FREQUENCY);
        out.asicTemp[i] = decimal(b, Needed.ASIC_TEMP);
        out.vrTemp[i] = decimal(b, Needed.VR_TEMP);
        out.accepted[i] = count(b, Needed.ACCEPTED);
        out.rejected[i] = count(b, Needed.REJECTED);
        out.uptime[i] = count(b, Needed.UPTIME);
        out.frequencyActual[i] = decimal(b, Needed.FREQUENCY_ACTUAL);
        out.overheat[i] = flag(b, Needed.OVERHEAT);
        out.paused[i] = flag(b, Needed.PAUSED);
        int co = Needed.CONDITIONS.ordinal();
        out.conditions[i] = to[co] > from[co] ? ByteCells.statuses(bytes(b), from[co], to[co]) : 0;
        names(b, miner, i, out);
    }

    /**
     * Finds the needed cells of the line: their spans go to {@link #from} / {@link #to} (empty spans for columns the
     * file lacks). False when the line has the wrong number of cells or is not valid CSV.
     */
    private boolean cut(byte[] b, Projection p) {
        Arrays.fill(from, 0);
        Arrays.fill(to, 0);
        int[] fieldAt = p.fieldAtCell;
        int cell = 0;
        int start = 0;
        int n = b.length;
        for (int i = 0; i < n; i++) {
            byte c = b[i];
            if (c == ',') {
                if (cell < fieldAt.length && fieldAt[cell] >= 0) {
                    from[fieldAt[cell]] = start;
                    to[fieldAt[cell]] = i;
                }
                cell++;
                start = i + 1;
            } else if (c == '"' || c == '\r') {
                return cutQuoted(b, p);
            }
        }
        if (cell < fieldAt.length && fieldAt[cell] >= 0) {
            from[fieldAt[cell]] = start;
            to[fieldAt[cell]] = n;
        }
        return cell + 1 == p.width;
    }

    /**
     * A line with quotes: cut by the store's parser. The needed cells are then re-encoded one by one into a scratch
     * line, so the same byte readers apply (quoted rows are rare: a host name with a comma).
     */
    private boolean cutQuoted(byte[] b, Projection p) {
        List<String> parsed;
        try {
            parsed = SampleCsv.parseLine(new String(b, StandardCharsets.UTF_8));
        } catch (SampleCsv.MalformedRowException e) {
            return false;
        }
        if (parsed.size() != p.width) {
            return false;
        }
        StringBuilder sb = new StringBuilder(b.length);
        int[] starts = new int[Needed.ALL.length];
        int[] ends = new int[Needed.ALL.length];
        for (Needed f : Needed.ALL) {
            int cell = p.cellOfField[f.ordinal()];
            starts[f.ordinal()] = sb.length();
            if (cell >= 0) {
                sb.append(parsed.get(cell));
            }
            ends[f.ordinal()] = sb.length();
            sb.append('\0');
        }
        // Offsets are in chars; the needed cells other than text are ASCII, and text is taken by String below.
        quoted = sb.toString();
        scratch = quoted.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(starts, 0, from, 0, starts.length);
        System.arraycopy(ends, 0, to, 0, ends.length);
        return true;
    }

    /** The scratch line of the last quoted row, which the spans then point into (null after a plain row). */
    private byte[] scratch;
    private String quoted;

    private boolean span(Needed f) {
        return to[f.ordinal()] > from[f.ordinal()];
    }

    private byte[] bytes(byte[] line) {
        return scratch != null ? scratch : line;
    }

    private double decimal(byte[] b, Needed f) {
        int k = f.ordinal();
        double v = ByteCells.decimal(bytes(b), from[k], to[k]);
        return !Double.isNaN(v) && f.field.plausible(v) ? v : Double.NaN;
    }

    private long count(byte[] b, Needed f) {
        int k = f.ordinal();
        long v = ByteCells.count(bytes(b), from[k], to[k]);
        return v >= 0 && f.field.plausible(v) ? v : -1;
    }

    private byte flag(byte[] b, Needed f) {
        int k = f.ordinal();
        return (byte) (to[k] > from[k] ? ByteCells.bool(bytes(b), from[k], to[k]) : -1);
    }

    private int status(byte[] line, int s, int e) {
        byte[] b = bytes(line);
        for (int k = 0; k < STATUS_NAMES.length; k++) {
            byte[] name = STATUS_NAMES[k];
            if (Arrays.equals(b, s, e, name, 0, name.length)) {
                return k;
            }
        }
        Status parsed = Status.parse(text(line, s, e));
        return parsed == null ? -1 : parsed.ordinal();
    }

    private String text(byte[] line, int s, int e) {
        return scratch != null ? quoted.substring(s, e) : new String(line, s, e - s, StandardCharsets.UTF_8);
    }

    private int miner(byte[] line, int s, int e) {
        byte[] b = bytes(line);
        probe.set(b, s, e);
        Integer id = known.get(probe);
        if (id == null) {
            id = ids.id(text(line, s, e));
            known.put(new Key().copyOf(b, s, e), id);
        }
        return id;
    }

    /** Reports the miner's alias and hostname at its first row in the batch and whenever they change. */
    private void names(byte[] line, int miner, int row, RowBatch out) {
        if (miner >= seenInBatch.length) {
            int n = Math.max(miner + 1, seenInBatch.length * 2);
            seenInBatch = Arrays.copyOf(seenInBatch, n);
            lastAlias = Arrays.copyOf(lastAlias, n);
            lastHost = Arrays.copyOf(lastHost, n);
        }
        byte[] b = bytes(line);
        int al = Needed.ALIAS.ordinal();
        int ho = Needed.HOSTNAME.ordinal();
        boolean changed = !seenInBatch[miner] || !same(lastAlias[miner], b, from[al], to[al])
                || !same(lastHost[miner], b, from[ho], to[ho]);
        if (changed) {
            seenInBatch[miner] = true;
            lastAlias[miner] = Arrays.copyOfRange(b, from[al], to[al]);
            lastHost[miner] = Arrays.copyOfRange(b, from[ho], to[ho]);
            out.names.add(new RowBatch.NameChange(row, miner, nullIfEmpty(text(line, from[al], to[al])),
                    nullIfEmpty(text(line, from[ho], to[ho]))));
        }
        scratch = null;
        quoted = null;
    }

    private static boolean same(byte[] last, byte[] b, int s, int e) {
        return last != null && Arrays.equals(last, 0, last.length, b, s, e);
    }

    private static String nullIfEmpty(String s) {
        return s.isEmpty() ? null : s;
    }

    private void skip(RawLine line, RowBatch out, String fileName) {
        scratch = null;
        quoted = null;
        if (line.bytes().length == 0 && line.terminated()) {
            return; // a blank line holds nothing to lose
        }
        if (Projection.headerCells(line) != null) {
            return; // a header repeated after a restart of a hand-made file
        }
        out.skipped++;
        if (out.firstSkipped == null) {
            out.firstSkipped = fileName + " at byte " + line.offset();
        }
    }

    /** Address bytes as a map key, without making a String per row. */
    private static final class Key {
        private byte[] b;
        private int s;
        private int e;
        private int hash;

        Key set(byte[] bytes, int start, int end) {
            b = bytes;
            s = start;
            e = end;
            int h = 1;
            for (int i = start; i < end; i++) {
                h = 31 * h + bytes[i];
            }
            hash = h;
            return this;
        }

        Key copyOf(byte[] bytes, int start, int end) {
            return set(Arrays.copyOfRange(bytes, start, end), 0, end - start);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(b, s, e, k.b, k.s, k.e);
        }
    }
}
