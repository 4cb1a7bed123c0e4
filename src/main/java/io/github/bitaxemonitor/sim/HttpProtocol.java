package io.github.bitaxemonitor.sim;

/** HTTP/1.1 with keep-alive and pipelining, answered by a {@link MinerResponder}: the AxeOS endpoints. */
final class HttpProtocol implements WireProtocol {
    private final MinerResponder responder;

    HttpProtocol(MinerResponder responder) {
        this.responder = responder;
    }

    @Override
    public int maxRequestBytes() {
        return HttpRequestHead.MAX_HEAD_BYTES;
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
            return null;
        }
        c.consume(head.headLength());
        int skip = (int) Math.min(head.contentLength(), c.in.position());
        c.consume(skip);
        c.bodyToSkip = head.contentLength() - skip;
        return miner -> responder.respond(miner, head);
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
