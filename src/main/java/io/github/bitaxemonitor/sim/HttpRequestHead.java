package io.github.bitaxemonitor.sim;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The request line and the headers the simulator acts on, parsed from the bytes a connection has read so far.
 *
 * @param method        request method as sent (case-sensitive, as HTTP says)
 * @param path          request target without the query string
 * @param keepAlive     whether the connection stays open after the reply (HTTP/1.1 default, unless "Connection: close")
 * @param headLength    bytes of the request line and headers including the blank line that ends them
 * @param contentLength body bytes that follow the head and must be skipped, 0 or more
 */
record HttpRequestHead(String method, String path, boolean keepAlive, int headLength, long contentLength) {
    /** Longer heads are answered with 431; the JDK client sends about 150 bytes. */
    static final int MAX_HEAD_BYTES = 8192;
    private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");

    /**
     * Parses the head at the start of {@code in} (a buffer in write mode: bytes 0..position are data). Returns null
     * while the head is incomplete; throws IllegalArgumentException for a malformed or unsupported request.
     */
    static HttpRequestHead parse(ByteBuffer in) {
        byte[] a = in.array();
        int end = endOfHead(a, in.position());
        if (end < 0) {
            return null;
        }
        String[] lines = LINE_BREAK.split(new String(a, 0, end, StandardCharsets.ISO_8859_1));
        String[] request = lines[0].split(" ", -1);
        if (request.length != 3 || request[0].isEmpty() || !request[1].startsWith("/")
                || !request[2].startsWith("HTTP/1.")) {
            throw new IllegalArgumentException("bad request line");
        }
        boolean http10 = request[2].equals("HTTP/1.0");
        boolean keepAlive = !http10;
        long contentLength = 0;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            if (name.equals("connection")) {
                for (String token : value.split(",")) {
                    if (token.strip().equals("close")) {
                        keepAlive = false;
                    } else if (token.strip().equals("keep-alive")) {
                        keepAlive = true;
                    }
                }
            } else if (name.equals("content-length")) {
                try {
                    contentLength = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad Content-Length");
                }
                if (contentLength < 0) {
                    throw new IllegalArgumentException("bad Content-Length");
                }
            } else if (name.equals("transfer-encoding")) {
                throw new IllegalArgumentException("chunked request bodies are not supported");
            }
        }
        int query = request[1].indexOf('?');
        String path = query < 0 ? request[1] : request[1].substring(0, query);
        return new HttpRequestHead(request[0], path, keepAlive, end, contentLength);
    }

    /** Index just past the blank line ending the head (CRLF CRLF, or bare LF LF), or -1. */
    private static int endOfHead(byte[] a, int length) {
        for (int i = 0; i < length - 1; i++) {
            if (a[i] == '\n') {
                if (a[i + 1] == '\n') {
                    return i + 2;
                }
                if (a[i + 1] == '\r' && i + 2 < length && a[i + 2] == '\n') {
                    return i + 3;
                }
            }
        }
        return -1;
    }
}
