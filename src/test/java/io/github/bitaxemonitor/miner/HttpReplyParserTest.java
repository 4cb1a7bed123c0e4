package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitaxemonitor.miner.PollResult.Kind;
import java.io.EOFException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class HttpReplyParserTest {
    private static final long CAP = 1024;

    /** How the bytes of a reply are cut into the pieces the socket delivers. */
    enum Pieces {
        WHOLE(left -> left), ONE_BYTE(left -> 1), RANDOM(left -> 1 + new Random(left).nextInt(left));

        private final IntUnaryOperator size;

        Pieces(IntUnaryOperator size) {
            this.size = size;
        }

        /** The size of the next piece, 1..left. */
        int next(int left) {
            return size.applyAsInt(left);
        }
    }

    private static ByteBuffer ascii(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Feeds {@code reply} piece by piece; returns the parser once it says the reply is complete, else null. */
    private static HttpReplyParser feed(String reply, Pieces pieces) throws PollException {
        HttpReplyParser p = new HttpReplyParser(CAP);
        ByteBuffer all = ascii(reply);
        while (all.hasRemaining()) {
            int n = pieces.next(all.remaining());
            ByteBuffer piece = all.slice().limit(n);
            boolean done = p.feed(piece);
            all.position(all.position() + piece.position());
            if (done) {
                return p;
            }
        }
        return null;
    }

    private static String body(HttpReplyParser p) {
        return new String(p.body(), 0, p.bodyLength(), StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @EnumSource(Pieces.class)
    void aContentLengthBodyIsCompleteAfterItsLastByteAndTheConnectionStaysUsable(Pieces pieces) throws Exception {
        HttpReplyParser p = feed("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-LENGTH: 9\r\n\r\n"
                + "{\"a\": 1}\n", pieces);
        assertThat(p).isNotNull();
        assertThat(body(p)).isEqualTo("{\"a\": 1}\n");
        assertThat(p.reusable()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Pieces.class)
    void aChunkedBodyIsJoinedAcrossChunksExtensionsAndTrailers(Pieces pieces) throws Exception {
        HttpReplyParser p = feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
                + "4;name=value\r\n{\"a\"\r\n5\r\n: 12}\r\n0\r\nX-Trailer: yes\r\n\r\n", pieces);
        assertThat(p).isNotNull();
        assertThat(body(p)).isEqualTo("{\"a\": 12}");
        assertThat(p.reusable()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Pieces.class)
    void aBodyWithoutLengthLastsUntilTheServerClosesAndTheConnectionIsNotReused(Pieces pieces) throws Exception {
        assertThat(feed("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"a\": 1}", pieces)).isNull();
        HttpReplyParser p = new HttpReplyParser(CAP);
        assertThat(p.feed(ascii("HTTP/1.1 200 OK\r\n\r\n{\"a\":"))).isFalse();
        assertThat(p.feed(ascii(" 1}"))).isFalse();
        assertThat(p.endOfStream()).isTrue();
        assertThat(body(p)).isEqualTo("{\"a\": 1}");
        assertThat(p.reusable()).isFalse();
    }

    @Test
    void bareLineFeedsAndAnInterimContinueAreAccepted() throws Exception {
        HttpReplyParser p = feed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\nContent-Length: 2\n\n{}", Pieces.WHOLE);
        assertThat(p).isNotNull();
        assertThat(body(p)).isEqualTo("{}");
    }

    @Test
    void connectionCloseOrHttp10WithoutKeepAliveMakesTheConnectionSingleUse() throws Exception {
        assertThat(feed("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}", Pieces.WHOLE).reusable())
                .isFalse();
        assertThat(feed("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n{}", Pieces.WHOLE).reusable()).isFalse();
        assertThat(feed("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\n{}", Pieces.WHOLE)
                .reusable()).isTrue();
    }

    @Test
    void bytesAfterTheReplyAreLeftUnread() throws Exception {
        HttpReplyParser p = new HttpReplyParser(CAP);
        ByteBuffer in = ascii("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}HTTP/1.1");
        assertThat(p.feed(in)).isTrue();
        assertThat(in.remaining()).isEqualTo(8);
    }

    @Test
    void refusalsAndErrorStatusesFailAsSoonAsTheHeadIsCompleteWithoutWaitingForTheBody() {
        assertThatThrownBy(() -> feed("HTTP/1.1 401 Unauthorized\r\nContent-Length: 99\r\n\r\n", Pieces.WHOLE))
                .isInstanceOfSatisfying(PollException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.REFUSED);
                    assertThat(e.getMessage()).isEqualTo("HTTP 401: the miner refuses this client");
                });
        assertThatThrownBy(() -> feed("HTTP/1.1 503 Busy\r\nContent-Length: 99\r\n\r\n", Pieces.WHOLE))
                .isInstanceOfSatisfying(PollException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.BAD_REPLY);
                    assertThat(e.getMessage()).isEqualTo("HTTP 503");
                });
    }

    @Test
    void aDeclaredOrGrowingBodyOverTheCapIsRefusedAtTheFirstByteTooMany() throws Exception {
        assertThatThrownBy(() -> feed("HTTP/1.1 200 OK\r\nContent-Length: 1025\r\n\r\n", Pieces.WHOLE))
                .hasMessage("reply larger than 1024 bytes");
        assertThatThrownBy(() -> feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n401\r\n", Pieces.WHOLE))
                .hasMessage("reply larger than 1024 bytes");
        HttpReplyParser p = new HttpReplyParser(CAP);
        p.feed(ascii("HTTP/1.1 200 OK\r\n\r\n" + " ".repeat(1024)));
        assertThatThrownBy(() -> p.feed(ascii(" "))).hasMessage("reply larger than 1024 bytes");
    }

    @Test
    void garbageWhereTheStatusLineOrAChunkSizeBelongsIsABadReply() {
        assertThatThrownBy(() -> feed("\u0003\u00ffgarbage\r\n", Pieces.WHOLE))
                .isInstanceOfSatisfying(PollException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BAD_REPLY));
        assertThatThrownBy(() -> feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", Pieces.WHOLE))
                .hasMessage("malformed chunked body");
        assertThatThrownBy(() -> feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}xx\r\n",
                Pieces.WHOLE)).hasMessage("malformed chunked body");
        assertThatThrownBy(() -> feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n",
                Pieces.WHOLE)).hasMessage("bad Content-Length");
    }

    @Test
    void aHeadThatNeverEndsIsABadReplyAtItsLimit() {
        HttpReplyParser p = new HttpReplyParser(CAP);
        assertThatThrownBy(() -> {
            p.feed(ascii("HTTP/1.1 200 OK\r\n"));
            for (int i = 0; i < 10_000; i++) {
                p.feed(ascii("X-Padding: " + "x".repeat(50) + "\r\n"));
            }
        }).hasMessage("reply head longer than " + HttpReplyParser.MAX_HEAD_BYTES + " bytes");
    }

    @Test
    void aConnectionClosedBeforeOrDuringTheReplyIsEndOfStreamAndSaysWhetherAnyByteCame() throws Exception {
        HttpReplyParser silent = new HttpReplyParser(CAP);
        assertThat(silent.started()).isFalse();
        assertThatThrownBy(silent::endOfStream).isInstanceOf(EOFException.class);

        HttpReplyParser cut = new HttpReplyParser(CAP);
        cut.feed(ascii("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{\"a\""));
        assertThat(cut.started()).isTrue();
        assertThatThrownBy(cut::endOfStream).isInstanceOf(EOFException.class);
    }
}
