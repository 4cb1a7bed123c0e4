package io.github.bitaxemonitor.discover;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What an address's web page says about the device, from the reference's fingerprints: an AxeOS page, a digest
 * realm containing "antMiner" (Antminer's web UI), a LuCI redirect to https (Whatsminer). Read with one
 * {@code GET /} of at most {@link #MAX_BYTES}; null when the port does not speak HTTP.
 *
 * @param status         the HTTP status code
 * @param axeOsPage      the body names AxeOS (or NerdQAxe)
 * @param antminerRealm  a 401 whose WWW-Authenticate realm contains "antMiner"
 * @param luciRedirect   a redirect to https whose target or body names LuCI (Whatsminer's web UI)
 */
record WebFacts(int status, boolean axeOsPage, boolean antminerRealm, boolean luciRedirect) {
    static final int MAX_BYTES = 16 * 1024;

    /** Reads the facts, or returns null when the reply is not HTTP (a CGMiner port answers its own JSON). */
    static WebFacts fetch(InetSocketAddress address, int timeoutMs) {
        byte[] buf = new byte[MAX_BYTES];
        int n = 0;
        try (Socket s = new Socket()) {
            s.connect(address, timeoutMs);
            s.setSoTimeout(timeoutMs);
            OutputStream out = s.getOutputStream();
            out.write(("GET / HTTP/1.0\r\nHost: " + address.getAddress().getHostAddress()
                    + "\r\nUser-Agent: bitaxe-monitor-discover\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            long end = System.nanoTime() + timeoutMs * 1_000_000L;
            int r;
            while (n < buf.length && System.nanoTime() < end && (r = in.read(buf, n, buf.length - n)) > 0) {
                n += r;
            }
        } catch (IOException e) {
            // a timeout or reset after some bytes: judge what arrived
        }
        return parse(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
    }

    static WebFacts parse(String reply) {
        if (!reply.startsWith("HTTP/1.") || reply.length() < 12) {
            return null;
        }
        int status;
        try {
            status = Integer.parseInt(reply.substring(9, 12));
        } catch (NumberFormatException e) {
            return null;
        }
        int headEnd = reply.indexOf("\r\n\r\n");
        String head = (headEnd < 0 ? reply : reply.substring(0, headEnd)).toLowerCase(Locale.ROOT);
        String body = headEnd < 0 ? "" : reply.substring(headEnd + 4).toLowerCase(Locale.ROOT);
        boolean axeOs = body.contains("axeos") || body.contains("nerdqaxe");
        boolean antminer = status == 401 && header(head, "www-authenticate").contains("realm=\"antminer");
        String location = header(head, "location");
        boolean luci = status / 100 == 3 && location.startsWith("https://")
                && (location.contains("luci") || body.contains("luci"));
        return new WebFacts(status, axeOs, antminer, luci);
    }

    /** The value of a header in a lower-cased head, or "". */
    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            if (line.startsWith(name + ":")) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return "";
    }
}
