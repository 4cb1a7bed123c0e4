package io.github.bitaxemonitor.sim;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A reply of about {@link SimulatedFleet#HUGE_REPLY_BYTES} for {@link Fault#HUGE}: the real reply with a
 * {@code "padding"} string field of filler before its last closing brace. The filler is one shared buffer; every use
 * takes its own read-only view, so no per-reply copy is made. Direct, so the socket writes it as it is instead of
 * copying it into temporary direct buffers the JDK would then cache.
 */
final class HugeBody {
    private static final ByteBuffer FILLER;

    static {
        ByteBuffer filler = ByteBuffer.allocateDirect(64 * 1024);
        while (filler.hasRemaining()) {
            filler.put((byte) 'A');
        }
        FILLER = filler.flip().asReadOnlyBuffer();
    }

    private HugeBody() {
    }

    /**
     * The padded body as buffers for a gathering write; {@code after} (e.g. a NUL) follows the closing brace.
     *
     * @param body a reply whose last '}' closes its top-level object
     */
    static ByteBuffer[] of(byte[] body, byte[] after) {
        int lastBrace = body.length - 1;
        while (lastBrace > 0 && body[lastBrace] != '}') {
            lastBrace--;
        }
        byte[] open = ",\"padding\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] head = new byte[lastBrace + open.length];
        System.arraycopy(body, 0, head, 0, lastBrace);
        System.arraycopy(open, 0, head, lastBrace, open.length);
        byte[] tail = new byte[2 + after.length];
        tail[0] = '"';
        tail[1] = '}';
        System.arraycopy(after, 0, tail, 2, after.length);
        int chunks = (int) (SimulatedFleet.HUGE_REPLY_BYTES / FILLER.capacity());
        ByteBuffer[] parts = new ByteBuffer[chunks + 2];
        parts[0] = ByteBuffer.wrap(head);
        for (int i = 1; i <= chunks; i++) {
            parts[i] = FILLER.duplicate();
        }
        parts[chunks + 1] = ByteBuffer.wrap(tail);
        return parts;
    }

    /** Bytes in the buffers. */
    static long length(ByteBuffer[] parts) {
        long n = 0;
        for (ByteBuffer b : parts) {
            n += b.remaining();
        }
        return n;
    }
}
