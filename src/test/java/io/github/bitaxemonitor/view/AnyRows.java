package io.github.bitaxemonitor.view;

import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.store.CsvSchema;
import io.github.bitaxemonitor.store.SampleCsv;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random rows of every shape the schema allows, for property tests of the readers: each optional cell empty or
 * not, numbers from ordinary to extreme (implausible ones too: a file need not come from our monitor), hostile
 * text, any status, timestamps in any order and at the ends of what the timestamp cell can hold, repeated rows,
 * any number of miners.
 */
public final class AnyRows {
    private static final String[] TEXTS = {"", "bitaxe-a001", "public-pool.io", "Connected!", "v2.9.0", "BM1370",
        "rack 1, shelf 2", "lab \"bench\"", " padded ", "=cmd|calc", "+1", "-x", "@sum", "caf\u00e9", "\u202Eevil",
        "tab\there", "nul\0here", "esc\u001B[31mred", "\u0085c1", "x".repeat(300), "0", "9", "a10", "A9", "a9x",
        "\u0661\u0662", "\uD83D\uDE00", "\uD83D", "gamma-2", "gamma-10", "GAMMA-02", "007", "7", " "};
    private static final String[] TIMESTAMPS = {"-1000000000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59Z",
        "1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z",
        "2026-11-20T10:00:00.123456789Z"};

    private final Random random;
    private final List<String> addresses = new ArrayList<>();
    private final Instant base;

    /** @param miners how many distinct addresses the rows use */
    public AnyRows(long seed, int miners, Instant base) {
        this.random = new Random(seed);
        this.base = base;
        for (int i = 0; i < miners; i++) {
            addresses.add(random.nextInt(8) == 0 ? pick(TEXTS).strip() + i : "127.0.0." + (1 + i % 250) + ":" + (80 + i));
        }
    }

    /** The rows of a file, header first, as the monitor would encode these samples (unvalidated now and then). */
    public String file(int rows) {
        StringBuilder sb = new StringBuilder(CsvSchema.headerLine()).append('\n');
        Sample previous = null;
        for (int i = 0; i < rows; i++) {
            Sample s = previous != null && random.nextInt(10) == 0 ? previous : sample(i);
            if (i == rows - 1 && random.nextInt(6) == 0) {
                // the newest row is where readers compute the window from: at the ends of time too
                s = s.toBuilder().timestamp(Instant.parse(pick(TIMESTAMPS))).build();
            }
            if (random.nextInt(3) != 0) {
                try {
                    s = SampleCsv.validate(s, rejected -> { });
                } catch (NullPointerException addressSanitisedAway) {
                    // the monitor never stores such a sample; its unvalidated row is still a test case
                }
            }
            SampleCsv.appendRow(s, sb);
            previous = s;
        }
        return sb.toString();
    }

    /** One sample; mostly a few seconds after the one before, sometimes anywhere in time. */
    public Sample sample(int index) {
        Sample.Builder b = Sample.builder().timestamp(timestamp(index)).address(pick(addresses))
                .status(Status.values()[random.nextInt(Status.values().length)]);
        for (Field<?> c : CsvSchema.columns()) {
            if (c.derived() || c == Fields.TIMESTAMP || c == Fields.ADDRESS || c == Fields.STATUS
                    || random.nextBoolean()) {
                continue;
            }
            switch (c.type()) {
                case TEXT -> b.setValue(c, pick(TEXTS));
                case DECIMAL -> b.setValue(c, decimal(c));
                case INTEGER -> b.setValue(c, integer(c));
                case BOOLEAN -> b.setValue(c, random.nextBoolean());
                case STATUS, TIMESTAMP -> { }
            }
        }
        return b.build();
    }

    private Instant timestamp(int index) {
        return switch (random.nextInt(20)) {
            case 0 -> Instant.parse(pick(TIMESTAMPS));
            case 1 -> base.minusSeconds(random.nextInt(10 * 86_400));
            case 2 -> base.plusSeconds(random.nextInt(86_400));
            default -> base.plusSeconds(5L * index + random.nextInt(3)).plusMillis(random.nextInt(1000));
        };
    }

    private double decimal(Field<?> c) {
        return switch (random.nextInt(8)) {
            case 0 -> 0;
            case 1 -> c.min();
            case 2 -> c.max();
            case 3 -> -random.nextDouble() * 1e6;
            case 4 -> random.nextDouble() * Math.pow(10, random.nextInt(300));
            case 5 -> Double.MIN_VALUE;
            default -> c.min() + random.nextDouble() * Math.min(c.max() - c.min(), 1e4);
        };
    }

    private long integer(Field<?> c) {
        return switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> Long.MAX_VALUE;
            case 2 -> Long.MIN_VALUE;
            case 3 -> (long) c.max();
            default -> (long) (c.min() + random.nextDouble() * Math.min(c.max() - c.min(), 1e6));
        };
    }

    private <T> T pick(T[] from) {
        return from[random.nextInt(from.length)];
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
