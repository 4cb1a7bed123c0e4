package io.github.bitaxemonitor.repair;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Finds exact duplicate rows in bounded memory by remembering 64-bit hashes of recent rows only.
 *
 * <p>Trade-off: two generations of at most {@code window} hashes each are kept, so a duplicate is always found when
 * it is fewer than {@code window} rows after its original, and never when it is more than {@code 2 * window} rows
 * after (a file appended to itself, for instance: {@code merge} finds those because it sorts). Memory is about
 * {@code 2 * window * 16} bytes, whatever the file size. Comparing hashes instead of text means two different rows
 * whose hashes collide would be taken for duplicates; with 64-bit hashes and the default window the odds are below
 * one in ten million even for a billion rows, which is accepted instead of keeping the row text.
 */
final class DuplicateWindow {
    /** Rows per generation: at a 30 s poll of ten miners, more than four days of history. */
    static final int DEFAULT_WINDOW = 1 << 17;
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final int window;
    private LongSet current = new LongSet();
    private LongSet previous = new LongSet();

    DuplicateWindow(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window < 1");
        }
        this.window = window;
    }

    /**
     * Remembers the row, by its UTF-8 bytes (what the file holds, so a row read as canonical needs no conversion);
     * returns true when an identical row was seen within the window.
     */
    boolean seen(byte[] row) {
        long h = hash(row);
        if (current.contains(h) || previous.contains(h)) {
            return true;
        }
        if (current.size() >= window) {
            LongSet emptied = previous;
            previous = current;
            current = emptied.clear();
        }
        current.add(h);
        return false;
    }

    /**
     * Eight bytes at a time (every row passes here): each word is spread by an odd multiplier, folded into the state,
     * which is rotated and multiplied again; then the MurmurHash3 finaliser so that similar rows spread over all 64
     * bits.
     */
    static long hash(byte[] b) {
        long h = 0xcbf29ce484222325L ^ b.length;
        int i = 0;
        for (; i + Long.BYTES <= b.length; i += Long.BYTES) {
            h = mix(h, (long) WORDS.get(b, i));
        }
        if (i < b.length) {
            long tail = 0;
            for (int shift = 0; i < b.length; i++, shift += 8) {
                tail |= (b[i] & 0xFFL) << shift;
            }
            h = mix(h, tail);
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static long mix(long h, long word) {
        return Long.rotateLeft(h ^ word * 0x9E3779B97F4A7C15L, 29) * 0xBF58476D1CE4E5B9L;
    }

    /** A set of longs without boxing (every row passes here): open addressing, linear probing, at most half full. */
    private static final class LongSet {
        private long[] slots = new long[1024];
        /** 0 marks a free slot, so a hash of 0 is remembered here instead. */
        private boolean hasZero;
        private int size;

        int size() {
            return size;
        }

        boolean contains(long h) {
            if (h == 0) {
                return hasZero;
            }
            int mask = slots.length - 1;
            for (int i = spread(h) & mask; slots[i] != 0; i = (i + 1) & mask) {
                if (slots[i] == h) {
                    return true;
                }
            }
            return false;
        }

        void add(long h) {
            if (h == 0) {
                size += hasZero ? 0 : 1;
                hasZero = true;
                return;
            }
            if (2 * (size + 1) > slots.length) {
                long[] old = slots;
                slots = new long[old.length * 2];
                for (long x : old) {
                    if (x != 0) {
                        insert(x);
                    }
                }
            }
            if (insert(h)) {
                size++;
            }
        }

        LongSet clear() {
            Arrays.fill(slots, 0);
            hasZero = false;
            size = 0;
            return this;
        }

        private boolean insert(long h) {
            int mask = slots.length - 1;
            int i = spread(h) & mask;
            for (; slots[i] != 0; i = (i + 1) & mask) {
                if (slots[i] == h) {
                    return false;
                }
            }
            slots[i] = h;
            return true;
        }

        private static int spread(long h) {
            return (int) (h ^ (h >>> 32));
        }
    }
}
