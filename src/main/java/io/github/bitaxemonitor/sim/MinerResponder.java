package io.github.bitaxemonitor.sim;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Decides how a simulated miner answers one request: when, with which status, and with which body. */
final class MinerResponder {
    /**
     * Shared filler for huge replies; every use takes its own read-only view, so no per-reply copy is made. Direct,
     * so the socket writes it as it is instead of copying it into temporary direct buffers the JDK would then cache.
     */
    private static final ByteBuffer FILLER;

    static {
        ByteBuffer filler = ByteBuffer.allocateDirect(64 * 1024);
        while (filler.hasRemaining()) {
            filler.put((byte) 'A');
        }
        FILLER = filler.flip().asReadOnlyBuffer();
    }

    private final int latencyMinMs;
    private final int latencyMaxMs;
    /** Used on the selector thread only. */
    private final SplittableRandom delays;

    MinerResponder(int latencyMinMs, int latencyMaxMs, long seed) {
        this.latencyMinMs = latencyMinMs;
        this.latencyMaxMs = latencyMaxMs;
        this.delays = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
    }

    /** How long to wait before answering: the fleet's latency range, or far beyond any timeout for slow miners. */
    long delayMs(SimulatedMiner miner) {
        if (miner.has(Fault.SLOW)) {
            return SimulatedFleet.SLOW_REPLY_MIN_MS
                    + delays.nextLong(SimulatedFleet.SLOW_REPLY_MAX_MS - SimulatedFleet.SLOW_REPLY_MIN_MS + 1);
        }
        return latencyMinMs + delays.nextInt(latencyMaxMs - latencyMinMs + 1);
    }

    /** Builds the reply at the moment it is due, so it shows the miner's state at that time. */
    Reply respond(SimulatedMiner miner, HttpRequestHead request) {
        boolean close = !request.keepAlive();
        miner.advanceTo(System.nanoTime());
        if (miner.has(Fault.REFUSED)) {
            return Reply.text(401, "Unauthorized", close);
        }
        boolean info = request.path().equals("/api/system/info");
        if (!info && !request.path().equals("/api/system/asic")) {
            return Reply.text(404, "Nothing matches the given URI", close);
        }
        if (!request.method().equals("GET")) {
            return Reply.text(405, "Request method for this URI is not handled by server", close);
        }
        MinerSnapshot snapshot = miner.snapshot();
        if (!info) {
            return Reply.of(200, "application/json", ReplyJson.asic(snapshot), close);
        }
        byte[] body = ReplyJson.info(snapshot);
        if (miner.has(Fault.MALFORMED)) {
            int cut = (int) (body.length * (0.3 + 0.4 * miner.replyRandom()));
            return Reply.of(200, "application/json", Arrays.copyOf(body, cut), close);
        }
        if (miner.has(Fault.HUGE)) {
            return huge(body, close);
        }
        return Reply.of(200, "application/json", body, close);
    }

    /** The normal reply with a padding field that brings it to about {@link SimulatedFleet#HUGE_REPLY_BYTES}. */
    private static Reply huge(byte[] body, boolean close) {
        int lastBrace = body.length - 1;
        while (lastBrace > 0 && body[lastBrace] != '}') {
            lastBrace--;
        }
        byte[] head = (new String(body, 0, lastBrace, StandardCharsets.UTF_8) + ",\"padding\":\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
        int chunks = (int) (SimulatedFleet.HUGE_REPLY_BYTES / FILLER.capacity());
        ByteBuffer[] parts = new ByteBuffer[chunks + 2];
        parts[0] = ByteBuffer.wrap(head);
        for (int i = 1; i <= chunks; i++) {
            parts[i] = FILLER.duplicate();
        }
        parts[chunks + 1] = ByteBuffer.wrap(tail);
        long length = head.length + (long) chunks * FILLER.capacity() + tail.length;
        return Reply.of(200, "application/json", parts, length, close);
    }
}
