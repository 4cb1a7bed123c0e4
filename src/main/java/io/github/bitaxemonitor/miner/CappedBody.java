package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.miner.PollResult.Kind;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte limit and abandons it (cancelling the subscription, which closes the
 * connection) as soon as the limit is passed, so a 50 MB or endless reply costs at most {@code limit} bytes of memory.
 * A declared Content-Length over the limit, or an error status whose body nobody needs, is abandoned before reading.
 */
final class CappedBody implements BodySubscriber<byte[]> {
    private final long limit;
    private final PollException refuseAtOnce;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    private CappedBody(long limit, PollException refuseAtOnce) {
        this.limit = limit;
        this.refuseAtOnce = refuseAtOnce;
    }

    /** A handler that reads 2xx bodies up to {@code limit} bytes and fails everything else with its status. */
    static HttpResponse.BodyHandler<byte[]> handler(long limit) {
        return info -> new CappedBody(limit, refusal(info, limit));
    }

    private static PollException refusal(HttpResponse.ResponseInfo info, long limit) {
        int status = info.statusCode();
        if (status == 401 || status == 403) {
            return new PollException(Kind.REFUSED, "HTTP " + status + ": the miner refuses this client");
        }
        if (status < 200 || status > 299) {
            return new PollException(Kind.BAD_REPLY, "HTTP " + status);
        }
        long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
        return declared > limit ? tooLarge(limit) : null;
    }

    private static PollException tooLarge(long limit) {
        return new PollException(Kind.BAD_REPLY, "reply larger than " + limit + " bytes");
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (refuseAtOnce != null) {
            s.cancel();
            body.completeExceptionally(refuseAtOnce);
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            if (buffer.size() + (long) b.remaining() > limit) {
                subscription.cancel();
                body.completeExceptionally(tooLarge(limit));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            buffer.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable t) {
        body.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        body.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }
}
