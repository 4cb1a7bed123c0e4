package io.github.bitaxemonitor.sim;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.bitaxemonitor.model.MinerEndpoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A plain-socket CGMiner-API client for the tests: send one command, read until the miner closes. {@link #json}
 * repairs exactly the quirks the reference documents (and nothing else), so a test that parses a reply also proves
 * those repairs suffice.
 */
final class CgClient {
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();

    private CgClient() {
    }

    /** Sends {@code command} and returns every byte until the miner closes the connection. */
    static byte[] ask(MinerEndpoint e, String command) throws IOException {
        return ask(e, command, false);
    }

    /** As {@link #ask(MinerEndpoint, String)}; {@code halfClose} shuts the sending side after the command. */
    static byte[] ask(MinerEndpoint e, String command, boolean halfClose) throws IOException {
        try (Socket s = connect(e)) {
            s.getOutputStream().write(command.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            if (halfClose) {
                s.shutdownOutput();
            }
            return readAll(s.getInputStream());
        }
    }

    static Socket connect(MinerEndpoint e) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress(e.host(), e.port()), 5000);
        s.setSoTimeout(30_000);
        return s;
    }

    static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    /** The reply as text: the NUL stripped, bytes that are not UTF-8 replaced by U+FFFD. */
    static String text(byte[] reply) {
        int n = reply.length > 0 && reply[reply.length - 1] == 0 ? reply.length - 1 : reply.length;
        return new String(reply, 0, n, StandardCharsets.UTF_8);
    }

    /** Parses a reply after the repairs of shared/reference/cgminer-api.md. */
    static JsonNode json(byte[] reply) throws IOException {
        String t = text(reply).strip();
        if (t.startsWith(",")) {
            t = t.substring(1);
        }
        t = t.replace("}{", "},{").replace("[,{", "[{").replace(",}", "}").replace("\\'", "'")
                .replaceAll(":\\s*(?=[,}])", ":null")
                .replaceAll(":\\s*-?(nan|inf)(?=[,}])", ":null");
        return LENIENT.readTree(t);
    }
}
