package io.github.bitaxemonitor.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.bitaxemonitor.view.summary.SummaryJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes JSON answers: documents and errors, in the encoding of {@code viewer --json} (every control and non-ASCII
 * character escaped, so text from a miner or a request cannot act on a terminal that prints the answer).
 */
public final class JsonReply {
    private JsonReply() {
    }

    /** Sends {@code body} (already encoded) with {@code status}; no body for HEAD. */
    public static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            ex.getResponseBody().write(bytes);
        }
    }

    public static void send(HttpExchange ex, int status, JsonNode doc) throws IOException {
        send(ex, status, SummaryJson.write(doc));
    }

    /** {@code {"error": message, "status": status}}; the message names the parameter and what is wrong with it. */
    public static void error(HttpExchange ex, int status, String message) throws IOException {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("error", message);
        n.put("status", status);
        send(ex, status, n);
    }
}
