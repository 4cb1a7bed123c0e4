package io.github.bitaxemonitor.sim;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The request line and the headers the simulator acts on, parsed from the bytes a connection has read so far.
 *
 * @param method        request method as sent (case-sensitive, as HTTP says)
 * @param path          request target without the query string
 * @param query         what follows '?' in the target, or "" when there is none
 * @param keepAlive     whether the connection stays open after the reply (HTTP/1.1 default, unless "Connection: close")
 * @param headLength    bytes of the request line and headers including the blank line that ends them
 * @param contentLength body bytes that follow the head and must be skipped, 0 or more
 */
record HttpRequestHead(String method, String path, String query, boolean keepAlive, int headLength,
                       long contentLength) {
    /** Longer heads are answered with 431; the JDK client sends about 150 bytes. */
    static final int MAX_HEAD_BYTES = 8192;

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
        String head = new String(a, 0, end, StandardCharsets.ISO_8859_1);
        int lineEnd = head.indexOf('\n');
        String[] request = stripCr(head.substring(0, lineEnd)).split(" ", -1);
        if (request.length != 3 || request[0].isEmpty() || !request[1].startsWith("/")
                || !request[2].startsWith("HTTP/1.")) {
            throw new IllegalArgumentException("bad request line");
        }
        boolean http10 = request[2].equals("HTTP/1.0");
        boolean keepAlive = !http10;
        long contentLength = 0;
        // header by header, without a regular expression per request: this runs for every poll of the fleet
        for (int from = lineEnd + 1, to; from < head.length(); from = to + 1) {
            to = head.indexOf('\n', from);
            String line = stripCr(head.substring(from, to));
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            if (name.equalsIgnoreCase("connection")) {
                for (String token : value.split(",")) {
                    if (token.strip().equals("close")) {
                        keepAlive = false;
                    } else if (token.strip().equals("keep-alive")) {
                        keepAlive = true;
                    }
                }
            } else if (name.equalsIgnoreCase("content-length")) {
                try {
                    contentLength = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad Content-Length");
                }
                if (contentLength < 0) {
                    throw new IllegalArgumentException("bad Content-Length");
                }
            } else if (name.equalsIgnoreCase("transfer-encoding")) {
                throw new IllegalArgumentException("chunked request bodies are not supported");
            }
        }
        int query = request[1].indexOf('?');
        String path = query < 0 ? request[1] : request[1].substring(0, query);
        return new HttpRequestHead(request[0], path, query < 0 ? "" : request[1].substring(query + 1), keepAlive,
                end, contentLength);
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
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
