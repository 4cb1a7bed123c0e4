package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.miner.PollResult.Kind;
import java.io.EOFException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Parses one HTTP/1.1 response from bytes fed in whatever pieces the socket delivers them (a header may arrive one
 * byte at a time): status line, headers, then a body framed by Content-Length, chunked transfer coding, or the end of
 * the connection. Interim 1xx responses are skipped.
 *
 * <p>A reply nobody needs is refused as soon as its head is complete, before its body is read: 401/403 (REFUSED),
 * any other non-2xx status, and a declared length over the cap (BAD_REPLY). The body is capped while it arrives,
 * so a 50 MB or endless reply costs at most {@code maxBody} bytes. One parser serves one response; not thread-safe.
 */
final class HttpReplyParser {
    /** Status line plus headers (or chunk-size line plus trailers) longer than this are not from a miner. */
    static final int MAX_HEAD_BYTES = 32 * 1024;

    private static final byte[] EMPTY = new byte[0];
    private static final int FIRST_BODY_BUFFER = 4096;

    private enum State { STATUS_LINE, HEADERS, FIXED_BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILERS, UNTIL_CLOSE, DONE }

    private final long maxBody;
    private State state = State.STATUS_LINE;
    /** The line being read (without its CR LF), bytes 0..lineLength. */
    private byte[] line = new byte[128];
    private int lineLength;
    /** Bytes of the current head (or chunk-size or trailer line) so far, to bound a head that never ends. */
    private int headBytes;
    /** Whether any byte of the response arrived. */
    private boolean anyByte;
    private int status;
    private boolean http10;
    /** Declared Content-Length, or -1 when none was sent. */
    private long contentLength;
    private boolean chunked;
    /** Whether the server said it keeps the connection open after this response. */
    private boolean keepAlive;
    /** Body bytes still expected: of the Content-Length, or of the current chunk. */
    private long remaining;
    /** Sized from Content-Length when there is one, else grown as the body arrives (never beyond maxBody). */
    private byte[] body = EMPTY;
    private int bodyLength;

    HttpReplyParser(long maxBody) {
        this.maxBody = maxBody;
    }

    /**
     * Consumes bytes from {@code in} up to the end of this response (any later bytes stay in {@code in}).
     *
     * @return true once the response is complete
     * @throws PollException for a malformed, refused, unwanted or oversize reply
     */
    boolean feed(ByteBuffer in) throws PollException {
        anyByte |= in.hasRemaining();
        while (in.hasRemaining() && state != State.DONE) {
            switch (state) {
                case FIXED_BODY, CHUNK_DATA -> {
                    int n = (int) Math.min(remaining, in.remaining());
                    take(in, n);
                    remaining -= n;
                    if (remaining == 0) {
                        state = state == State.FIXED_BODY ? State.DONE : State.CHUNK_END;
                    }
                }
                case UNTIL_CLOSE -> take(in, in.remaining());
                default -> {
                    if (readLine(in)) {
                        onLine();
                    }
                }
            }
        }
        return state == State.DONE;
    }

    /**
     * The server closed the connection. That ends a body without declared length; anywhere else the reply was cut.
     *
     * @return true when the response is now complete
     * @throws EOFException when the reply was cut short (or never began)
     */
    boolean endOfStream() throws EOFException {
        if (state == State.UNTIL_CLOSE) {
            state = State.DONE;
            return true;
        }
        if (state == State.DONE) {
            return true;
        }
        throw new EOFException(started() ? "connection closed before the reply was complete"
                : "connection closed without a reply");
    }

    /** Whether any byte of the response has been seen (a reused connection that fails before this may be retried). */
    boolean started() {
        return anyByte;
    }

    /** The connection may carry the next request: the server keeps it open and the body's end was framed. */
    boolean reusable() {
        return state == State.DONE && keepAlive && (chunked || contentLength >= 0);
    }

    byte[] body() {
        return body;
    }

    int bodyLength() {
        return bodyLength;
    }

    private void take(ByteBuffer in, int n) throws PollException {
        if (bodyLength + (long) n > maxBody) {
            throw tooLarge();
        }
        if (bodyLength + n > body.length) {
            long wanted = Math.max(bodyLength + n, Math.max(FIRST_BODY_BUFFER, 2L * body.length));
            body = Arrays.copyOf(body, (int) Math.min(maxBody, wanted));
        }
        in.get(body, bodyLength, n);
        bodyLength += n;
    }

    /** Reads up to and including LF; true when a whole line (its CR removed) is in {@code line}. */
    private boolean readLine(ByteBuffer in) throws PollException {
        while (in.hasRemaining()) {
            byte b = in.get();
            if (++headBytes > MAX_HEAD_BYTES) {
                throw new PollException(Kind.BAD_REPLY, "reply head longer than " + MAX_HEAD_BYTES + " bytes");
            }
            if (b == '\n') {
                if (lineLength > 0 && line[lineLength - 1] == '\r') {
                    lineLength--;
                }
                return true;
            }
            if (lineLength == line.length) {
                line = Arrays.copyOf(line, line.length * 2);
            }
            line[lineLength++] = b;
        }
        return false;
    }

    private void onLine() throws PollException {
        int length = lineLength;
        lineLength = 0;
        switch (state) {
            case STATUS_LINE -> statusLine(length);
            case HEADERS -> {
                if (length == 0) {
                    endOfHead();
                } else {
                    header(length);
                }
            }
            case CHUNK_SIZE -> {
                chunkSize(length);
                headBytes = 0;
            }
            case CHUNK_END -> {
                if (length != 0) {
                    throw new PollException(Kind.BAD_REPLY, "malformed chunked body");
                }
                state = State.CHUNK_SIZE;
                headBytes = 0;
            }
            case TRAILERS -> {
                if (length == 0) {
                    state = State.DONE;
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    /** "HTTP/1.1 200 OK": the version decides the default for keep-alive. */
    private void statusLine(int length) throws PollException {
        if (length < 12 || !startsWith("HTTP/1.", length) || line[8] != ' '
                || !digit(line[9]) || !digit(line[10]) || !digit(line[11]) || length > 12 && line[12] != ' ') {
            throw new PollException(Kind.BAD_REPLY, "not an HTTP/1.x reply");
        }
        http10 = line[7] == '0';
        status = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
        keepAlive = !http10;
        contentLength = -1;
        chunked = false;
        state = State.HEADERS;
    }

    private void header(int length) throws PollException {
        int colon = indexOf((byte) ':', length);
        if (colon <= 0) {
            throw new PollException(Kind.BAD_REPLY, "malformed reply header");
        }
        int from = colon + 1;
        int to = length;
        while (from < to && (line[from] == ' ' || line[from] == '\t')) {
            from++;
        }
        while (to > from && (line[to - 1] == ' ' || line[to - 1] == '\t')) {
            to--;
        }
        if (nameIs("content-length", colon)) {
            long declared = decimal(from, to);
            if (declared < 0 || contentLength >= 0 && declared != contentLength) {
                throw new PollException(Kind.BAD_REPLY, "bad Content-Length");
            }
            contentLength = declared;
        } else if (nameIs("transfer-encoding", colon)) {
            // the last coding decides the framing; anything but chunked there means "until close"
            chunked = lastTokenIs("chunked", from, to);
        } else if (nameIs("connection", colon)) {
            if (valueHasToken("close", from, to)) {
                keepAlive = false;
            } else if (valueHasToken("keep-alive", from, to)) {
                keepAlive = true;
            }
        }
    }

    private void endOfHead() throws PollException {
        if (status >= 100 && status < 200 && status != 101) {
            state = State.STATUS_LINE;
            headBytes = 0;
            return;
        }
        if (status == 401 || status == 403) {
            throw new PollException(Kind.REFUSED, "HTTP " + status + ": the miner refuses this client");
        }
        if (status < 200 || status > 299) {
            throw new PollException(Kind.BAD_REPLY, "HTTP " + status);
        }
        if (status == 204) {
            contentLength = 0;
            chunked = false;
        }
        if (chunked) {
            contentLength = -1;
            state = State.CHUNK_SIZE;
            headBytes = 0;
        } else if (contentLength >= 0) {
            if (contentLength > maxBody) {
                throw tooLarge();
            }
            remaining = contentLength;
            body = new byte[(int) contentLength];
            state = contentLength == 0 ? State.DONE : State.FIXED_BODY;
        } else {
            keepAlive = false;
            state = State.UNTIL_CLOSE;
        }
    }

    /** "1a2b" or "1a2b;name=value": the size of the next chunk; 0 ends the body (trailers follow). */
    private void chunkSize(int length) throws PollException {
        int end = indexOf((byte) ';', length);
        end = end < 0 ? length : end;
        while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t')) {
            end--;
        }
        if (end == 0 || end > 15) {
            throw new PollException(Kind.BAD_REPLY, "malformed chunked body");
        }
        long size = 0;
        for (int i = 0; i < end; i++) {
            int d = Character.digit(line[i], 16);
            if (d < 0) {
                throw new PollException(Kind.BAD_REPLY, "malformed chunked body");
            }
            size = size * 16 + d;
        }
        if (bodyLength + size > maxBody) {
            throw tooLarge();
        }
        remaining = size;
        state = size == 0 ? State.TRAILERS : State.CHUNK_DATA;
    }

    private PollException tooLarge() {
        return new PollException(Kind.BAD_REPLY, "reply larger than " + maxBody + " bytes");
    }

    private long decimal(int from, int to) {
        if (from == to || to - from > 18) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            if (!digit(line[i])) {
                return -1;
            }
            v = v * 10 + (line[i] - '0');
        }
        return v;
    }

    private boolean startsWith(String prefix, int length) {
        if (length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (line[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Header names are case-insensitive; {@code name} is lower case. */
    private boolean nameIs(String name, int colon) {
        return colon == name.length() && regionIs(name, 0);
    }

    private boolean lastTokenIs(String token, int from, int to) {
        int start = to - token.length();
        if (start < from || !regionIs(token, start)) {
            return false;
        }
        while (start > from && line[start - 1] == ' ') {
            start--;
        }
        return start == from || line[start - 1] == ',';
    }

    private boolean valueHasToken(String token, int from, int to) {
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || line[i] == ',') {
                int s = start;
                int e = i;
                while (s < e && line[s] == ' ') {
                    s++;
                }
                while (e > s && line[e - 1] == ' ') {
                    e--;
                }
                if (e - s == token.length() && regionIs(token, s)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private boolean regionIs(String lowerCase, int at) {
        for (int i = 0; i < lowerCase.length(); i++) {
            int c = line[at + i];
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(byte b, int length) {
        for (int i = 0; i < length; i++) {
            if (line[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean digit(byte b) {
        return b >= '0' && b <= '9';
    }
}
