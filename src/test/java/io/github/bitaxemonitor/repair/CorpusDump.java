package io.github.bitaxemonitor.repair;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Writes the damaged files the tests build, so that two builds of csv-repair can be compared on them byte for byte
 * (tools/bench.d/compare-csv-repair.sh): the damage corpus, the fast-path test's random
 * files and, from a real history file, slices with random damage of every kind. Not a test; run it by hand.
 *
 * <p>Usage: {@code CorpusDump OUT_DIR [HISTORY.csv]}
 */
public final class CorpusDump {
    private static final int SLICES = 24;
    private static final int SLICE_LINES = 4_000;

    private CorpusDump() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args[0]));
        int n = 0;
        for (DamageCorpusTest.Case c : DamageCorpusTest.corpus().toList()) {
            Files.write(out.resolve(String.format("corpus-%02d-%s.csv", n++, c.name().replaceAll("\\W+", "-"))),
                    c.content());
        }
        for (long seed = 0; seed < 40; seed++) {
            Files.write(out.resolve(String.format("fastpath-%02d.csv", seed)), FastPathTest.randomFile(seed));
        }
        if (args.length > 1) {
            List<byte[]> history = Fixture.physicalLines(Files.readAllBytes(Path.of(args[1])));
            for (int s = 0; s < SLICES; s++) {
                Random random = new Random(s);
                int from = s == 0 ? 0 : 1 + random.nextInt(Math.max(1, history.size() - SLICE_LINES));
                List<byte[]> slice = new ArrayList<>(history.subList(from, Math.min(history.size(), from + SLICE_LINES)));
                Files.write(out.resolve(String.format("history-%02d.csv", s)), damage(slice, random, s));
            }
        }
        System.out.println("files=" + Files.list(out).count());
    }

    /** Slice 0 stays clean; the others get a few random damages of every kind, and now and then a torn end. */
    private static byte[] damage(List<byte[]> lines, Random random, int slice) {
        int damages = slice == 0 ? 0 : 1 + random.nextInt(40);
        for (int d = 0; d < damages; d++) {
            int at = random.nextInt(lines.size());
            byte[] line = lines.get(at);
            switch (random.nextInt(10)) {
                case 0 -> lines.set(at, flip(line, random));
                case 1 -> lines.add(at, line); // duplicate
                case 2 -> lines.add(at, lines.get(random.nextInt(lines.size()))); // out of order, or a repeated header
                case 3 -> lines.set(at, concat(line, new byte[] {'\r'}));
                case 4 -> lines.set(at, new byte[0]);
                case 5 -> lines.set(at, Arrays.copyOf(line, random.nextInt(line.length + 1)));
                case 6 -> lines.set(at, concat(new byte[] {0, 0, 0}, line));
                case 7 -> lines.set(at, new String(line, StandardCharsets.UTF_8).replaceFirst(",[0-9.]+,", ",4000,")
                        .getBytes(StandardCharsets.UTF_8));
                case 8 -> lines.set(at, new String(line, StandardCharsets.UTF_8).replaceFirst(",bitaxe-", ",=bitaxe-")
                        .getBytes(StandardCharsets.UTF_8));
                default -> lines.set(at, concat(line, ",extra".getBytes(StandardCharsets.UTF_8)));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (slice % 5 == 4) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        for (byte[] l : lines) {
            out.writeBytes(l);
            out.write('\n');
        }
        byte[] all = out.toByteArray();
        return slice % 3 == 2 ? Arrays.copyOf(all, all.length - 1 - random.nextInt(100)) : all;
    }

    private static byte[] flip(byte[] line, Random random) {
        byte[] out = line.clone();
        if (out.length > 0) {
            out[random.nextInt(out.length)] = (byte) "0.-,\"eZ x\0\u00ff".charAt(random.nextInt(11));
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
