package io.github.bitaxemonitor.sim;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The CGMiner API's framing: one command per connection, either JSON ({@code {"command":"summary"}}, taken once its
 * braces balance) or plain text ({@code summary|0}, taken from the first bytes that arrive, as cgminer's single
 * {@code recv()} does). Bytes after the command are ignored. The reply ends with a NUL and the socket closes.
 */
final class CgminerProtocol implements WireProtocol {
    /** cgminer reads at most this much of a command. */
    static final int MAX_COMMAND_BYTES = 8192;

    private final CgminerResponder responder;

    CgminerProtocol(CgminerResponder responder) {
        this.responder = responder;
    }

    @Override
    public int maxRequestBytes() {
        return MAX_COMMAND_BYTES;
    }

    @Override
    public Request take(Connection c, boolean ended) {
        byte[] a = c.in.array();
        int n = c.in.position();
        int start = 0;
        while (start < n && (a[start] == ' ' || a[start] == '\t' || a[start] == '\r' || a[start] == '\n')) {
            start++;
        }
        if (start == n) {
            return null;
        }
        int end = n;
        if (a[start] == '{') {
            int close = endOfObject(a, start, n);
            if (close < 0 && !ended) {
                return null;
            }
            end = close < 0 ? n : close;
        }
        byte[] command = Arrays.copyOfRange(a, start, end);
        c.consume(n);
        return miner -> responder.respond(miner, command);
    }

    @Override
    public Reply overflow() {
        return error("Command too long");
    }

    @Override
    public Reply internalError(RuntimeException e) {
        return error("simulator error: " + e);
    }

    private static Reply error(String msg) {
        byte[] body = CgReplies.error(System.currentTimeMillis() / 1000, CgReplies.INVALID_JSON, msg, "");
        return new Reply(new ByteBuffer[] {ByteBuffer.wrap(body), ByteBuffer.wrap(new byte[1])}, true);
    }

    @Override
    public boolean answersAfterEnd() {
        return true;
    }

    /** The index after the brace that closes the object opened at {@code start}, or -1 when it is not there yet. */
    static int endOfObject(byte[] a, int start, int n) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = start; i < n; i++) {
            byte b = a[i];
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{') {
                depth++;
            } else if (b == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
