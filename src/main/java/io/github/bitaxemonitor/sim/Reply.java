package io.github.bitaxemonitor.sim;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A complete HTTP/1.1 response ready for a gathering write.
 *
 * @param buffers head first, then the body; each buffer is this reply's own view (positions move while writing)
 * @param close   the connection is closed once the reply is written
 */
record Reply(ByteBuffer[] buffers, boolean close) {

    static Reply of(int status, String contentType, byte[] body, boolean close) {
        return of(status, contentType, new ByteBuffer[] {ByteBuffer.wrap(body)}, body.length, close);
    }

    static Reply text(int status, String body, boolean close) {
        return of(status, "text/plain", body.getBytes(StandardCharsets.UTF_8), close);
    }

    static Reply of(int status, String contentType, ByteBuffer[] body, long length, boolean close) {
        String head = "HTTP/1.1 " + status + " " + reason(status) + "\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + length + "\r\n"
                + "Access-Control-Allow-Origin: *\r\n"
                + (close ? "Connection: close\r\n" : "")
                + "\r\n";
        ByteBuffer[] all = new ByteBuffer[body.length + 1];
        all[0] = ByteBuffer.wrap(head.getBytes(StandardCharsets.ISO_8859_1));
        System.arraycopy(body, 0, all, 1, body.length);
        return new Reply(all, close);
    }

    private static String reason(int status) {
        switch (status) {
            case 200:
                return "OK";
            case 400:
                return "Bad Request";
            case 401:
                return "Unauthorized";
            case 404:
                return "Not Found";
            case 405:
                return "Method Not Allowed";
            case 431:
                return "Request Header Fields Too Large";
            default:
                return "Internal Server Error";
        }
    }
}
