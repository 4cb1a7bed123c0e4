package io.github.bitaxemonitor.store;

import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Random rows for differential tests of readers: samples varied from {@link Samples#gamma} (ordinary values, odd
 * precisions, out-of-range numbers, hostile text, unusual timestamps), encoded by {@link SampleCsv}, and random
 * damage to a line (one byte, or one whole cell replaced by a tricky token).
 */
public final class RandomRows {
    private static final String[] TEXTS = {null, "", "bitaxe-a001", "public-pool.io", "Connected!", "v2.9.0", "BM1370",
        "601", "rack 1, shelf 2", "lab \"bench\"", " padded ", "=cmd|calc", "+1", "-x", "@sum", "#tag", "!bang",
        "caf\u00e9", "\u202Eevil", "tab\there", "nul\0here", "esc\u001B[31mred", "timestamp_utc", "status",
        "'quoted", "a\rb", "x".repeat(300), "?", "trail ", "0", "-0", "1e3"};
    /** Cell tokens that are nearly, but not quite, canonical for some column (or exactly canonical for another). */
    private static final String[] TOKENS = {"", "0", "-0", "00", "01", "1.0", "1.50", "1.5", ".5", "5.", "-1", "+1",
        "1e3", "1E3", "NaN", "Infinity", "-Infinity", " 1", "1 ", "0x10", "1234567.5", "12345678.5", "1.1234567",
        "123456789012345", "1234567890123456", "9223372036854775807", "99999999999999999999", "true", "TRUE",
        "false", "False", "ONLINE", "online", "NO HASH", "NO_HASH", "BANANA", "2026-11-20T10:00:00Z",
        "2026-11-20T10:00:00.000Z", "2026-11-20T10:00:00.100Z", "2026-11-20T10:00:00.123456Z",
        "2026-11-20T10:00:00.123000Z", "2026-11-20T10:00:00.123456789Z", "2026-11-20T10:00:00.1Z",
        "2026-02-29T10:00:00Z", "2028-02-29T10:00:00Z", "2026-11-20T24:00:00Z", "2026-11-20T23:59:60Z",
        "1969-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "2026-11-20 10:00:00Z", "2026-11-20T10:00:00+00:00",
        "timestamp_utc", "address", "\"quoted\"", "\"a,b\"", "=1+2", "bitaxe", "575MHz@1200mV", "?MHz@1200mV",
        "102.716", "102.7160", "4000", "-40", "-41", "150", "150.000001", "-127", "-128", "1000000000",
        "1000000000.5", "0.000001", "0.0000001", "caf\u00e9"};
    private static final byte[] BYTES = {'0', '1', '9', '.', '-', '+', ',', '"', 'e', 'E', ' ', 'Z', 'T', ':', 'x', 0,
        '\r', '\t', (byte) 0xC3, (byte) 0xFF, (byte) 0x7F};

    private final Random random;

    public RandomRows(long seed) {
        random = new Random(seed);
    }

    /** A random sample, from ordinary to hostile; never validated. */
    public Sample sample() {
        Sample.Builder b = Samples.gamma(pick(new String[] {"127.0.0.1", "127.0.0.2", "127.0.0.7:4028"}), instant());
        for (Field<?> c : CsvSchema.columns()) {
            if (c.derived() || c.name().equals("address") || random.nextInt(3) != 0) {
                continue; // two thirds of the cells keep the fixture's ordinary value; the address is required
            }
            switch (c.type()) {
                case TEXT -> b.setValue(c, pick(TEXTS));
                case DECIMAL -> b.setValue(c, random.nextInt(10) == 0 ? null : decimal(c));
                case INTEGER -> b.setValue(c, random.nextInt(10) == 0 ? null : integer(c));
                case BOOLEAN -> b.setValue(c, random.nextInt(3) == 0 ? null : random.nextBoolean());
                case STATUS -> b.setValue(c, Status.values()[random.nextInt(Status.values().length)]);
                case TIMESTAMP -> { }
            }
        }
        if (random.nextInt(20) == 0) {
            String hostile = pick(TEXTS);
            b.address(hostile == null ? "" : hostile);
        }
        return b.build();
    }

    /** A sample's row as the monitor writes it (validated first), or now and then as encoded without validation. */
    public byte[] line(Sample s) {
        Sample stored = s;
        if (random.nextInt(4) != 0) {
            try {
                stored = SampleCsv.validate(s, r -> { });
            } catch (NullPointerException addressSanitisedAway) {
                // the monitor never stores such a sample; its unvalidated row is still a test case
            }
        }
        return SampleCsv.row(stored).getBytes(StandardCharsets.UTF_8);
    }

    /** The line with one random change: a byte replaced, inserted or removed, or a whole cell replaced. */
    public byte[] damage(byte[] line) {
        int at = line.length == 0 ? 0 : random.nextInt(line.length);
        switch (random.nextInt(4)) {
            case 0 -> {
                byte[] out = line.clone();
                if (out.length > 0) {
                    out[at] = BYTES[random.nextInt(BYTES.length)];
                }
                return out;
            }
            case 1 -> {
                byte[] out = new byte[line.length + 1];
                System.arraycopy(line, 0, out, 0, at);
                out[at] = BYTES[random.nextInt(BYTES.length)];
                System.arraycopy(line, at, out, at + 1, line.length - at);
                return out;
            }
            case 2 -> {
                if (line.length == 0) {
                    return line;
                }
                byte[] out = new byte[line.length - 1];
                System.arraycopy(line, 0, out, 0, at);
                System.arraycopy(line, at + 1, out, at, line.length - at - 1);
                return out;
            }
            default -> {
                List<String> cells = new ArrayList<>(Arrays.asList(
                        new String(line, StandardCharsets.UTF_8).split(",", -1)));
                cells.set(random.nextInt(cells.size()), pick(TOKENS));
                return String.join(",", cells).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private Instant instant() {
        long second = 1_600_000_000L + random.nextInt(400_000_000);
        return switch (random.nextInt(8)) {
            case 0 -> Instant.ofEpochSecond(second);
            case 1 -> Instant.ofEpochSecond(second, random.nextInt(1_000_000_000));
            case 2 -> Instant.ofEpochSecond(second, random.nextInt(1_000_000) * 1_000L);
            case 3 -> Instant.ofEpochSecond(random.nextInt(2) == 0 ? -random.nextInt(1_000_000_000) : 300_000_000_000L,
                    random.nextInt(1_000) * 1_000_000L);
            default -> Instant.ofEpochSecond(second, random.nextInt(1_000) * 1_000_000L);
        };
    }

    private double decimal(Field<?> c) {
        double span = Math.min(c.max() - c.min(), 1e12);
        double v = switch (random.nextInt(7)) {
            case 0 -> Math.rint(c.min() + random.nextDouble() * span);
            case 1 -> c.min() + random.nextDouble() * span;
            case 2 -> c.max() + 1 + random.nextDouble() * 10;
            case 3 -> -random.nextDouble() * 100;
            case 4 -> random.nextDouble() * Math.pow(10, random.nextInt(20));
            case 5 -> Math.round(random.nextDouble() * 1e9) / Math.pow(10, random.nextInt(9));
            default -> c.min() + Math.round(random.nextDouble() * Math.min(span, 1e6) * 1000) / 1000.0;
        };
        return random.nextInt(50) == 0 ? Double.NaN : v;
    }

    private long integer(Field<?> c) {
        return switch (random.nextInt(4)) {
            case 0 -> (long) (c.min() + random.nextDouble() * Math.min(c.max() - c.min(), 1e6));
            case 1 -> (long) c.max() + 1 + random.nextInt(5);
            case 2 -> (long) c.min() - 1 - random.nextInt(5);
            default -> random.nextLong() >> random.nextInt(64);
        };
    }

    private <T> T pick(T[] from) {
        return from[random.nextInt(from.length)];
    }
}
