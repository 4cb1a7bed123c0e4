package io.github.bitaxemonitor.sim;

import java.util.Arrays;

/** HTTP/1.1 with keep-alive and pipelining, answered by a {@link MinerResponder}: the AxeOS endpoints. */
final class HttpProtocol implements WireProtocol {
    /** The firmware's settings bodies are under 200 bytes; a longer one is refused, not buffered. */
    static final int MAX_BODY_BYTES = 4096;
    private final MinerResponder responder;

    HttpProtocol(MinerResponder responder) {
        this.responder = responder;
    }

    @Override
    public int maxRequestBytes() {
        return HttpRequestHead.MAX_HEAD_BYTES + MAX_BODY_BYTES;
    }

    @Override
    public Request take(Connection c, boolean ended) {
        if (c.bodyToSkip > 0) {
            int skip = (int) Math.min(c.bodyToSkip, c.in.position());
            c.consume(skip);
            c.bodyToSkip -= skip;
            if (c.bodyToSkip > 0) {
                return null;
            }
        }
        HttpRequestHead head;
        try {
            head = HttpRequestHead.parse(c.in);
        } catch (IllegalArgumentException e) {
            return Request.now(Reply.text(400, e.getMessage(), true));
        }
        if (head == null) {
            return c.in.position() >= HttpRequestHead.MAX_HEAD_BYTES ? Request.now(overflow()) : null;
        }
        if (head.contentLength() > MAX_BODY_BYTES) {
            c.consume(head.headLength());
            int skip = (int) Math.min(head.contentLength(), c.in.position());
            c.consume(skip);
            c.bodyToSkip = head.contentLength() - skip;
            return Request.now(Reply.text(400, "Request body too long", true));
        }
        int total = head.headLength() + (int) head.contentLength();
        if (c.in.position() < total) {
            return null; // the body is still coming
        }
        byte[] body = Arrays.copyOfRange(c.in.array(), head.headLength(), total);
        c.consume(total);
        return miner -> responder.respond(miner, head, body);
    }

    @Override
    public Reply overflow() {
        return Reply.text(431, "Request header too long", true);
    }

    @Override
    public Reply internalError(RuntimeException e) {
        return Reply.text(500, "simulator error: " + e, true);
    }

    @Override
    public boolean answersAfterEnd() {
        return false;
    }
}
