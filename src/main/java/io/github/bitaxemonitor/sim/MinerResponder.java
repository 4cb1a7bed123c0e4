package io.github.bitaxemonitor.sim;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** Decides how a simulated Bitaxe answers one HTTP request: with which status and which body. */
final class MinerResponder {
    /** Builds the reply at the moment it is due, so it shows the miner's state at that time. */
    Reply respond(SimulatedMiner miner, HttpRequestHead request, byte[] requestBody) {
        boolean close = !request.keepAlive();
        miner.advanceTo(System.nanoTime());
        if (miner.has(Fault.REFUSED)) {
            return Reply.text(401, "Unauthorized", close);
        }
        if (!request.method().equals("GET")) {
            Reply written = BitaxeWrites.respond(miner, request, requestBody);
            if (written != null) {
                return written;
            }
        }
        if (request.path().equals("/api/system/statistics") && request.method().equals("GET")) {
            byte[] history = miner.statistics(request.query());
            return history == null ? Reply.text(404, "Nothing matches the given URI", close)
                    : Reply.of(200, "application/json", history, close);
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
        ByteBuffer[] parts = HugeBody.of(body, new byte[0]);
        return Reply.of(200, "application/json", parts, HugeBody.length(parts), close);
    }
}
