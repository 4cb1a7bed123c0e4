package io.github.bitaxemonitor.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitaxemonitor.model.Status.Severity;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

/**
 * A JSON POST (ntfy: its JSON publish form) shaped by a preset. The URL is always the user's: no preset has a default
 * host. A Telegram bot token is put in the path only here and is redacted from every failure message.
 */
final class WebhookNotifier implements Notifier {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NotifierSpec spec;
    private final HttpClient http;

    WebhookNotifier(NotifierSpec spec, HttpClient http) {
        this.spec = spec;
        this.http = http;
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public void send(Alert alert) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(target()).timeout(spec.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(alert).toString())).build();
        HttpResponse<Void> reply;
        try {
            reply = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            throw new IOException("no reply within " + spec.timeout().toSeconds() + " s");
        } catch (java.net.ConnectException e) {
            // Its message is usually empty; where it tried is what the owner needs (the path may hold a token).
            throw new IOException("cannot connect to " + request.uri().getHost() + ":" + request.uri().getPort());
        } catch (IOException e) {
            throw new IOException(redact(e.getClass().getSimpleName() + ": " + Dispatcher.why(e)));
        }
        if (reply.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + reply.statusCode());
        }
    }

    private URI target() {
        if (spec.preset() == NotifierSpec.Preset.NTFY) {
            // ntfy takes its JSON form at the server's root, the topic in the body: posted to the topic URL the JSON
            // would arrive as the message text.
            return URI.create(spec.url()).resolve("/");
        }
        if (spec.preset() != NotifierSpec.Preset.TELEGRAM) {
            return URI.create(spec.url());
        }
        String base = spec.url().endsWith("/") ? spec.url().substring(0, spec.url().length() - 1) : spec.url();
        return URI.create(base + "/bot" + spec.secret().reveal() + "/sendMessage");
    }

    /** The preset's body: each service's documented minimal message. */
    ObjectNode body(Alert a) {
        ObjectNode o = JSON.createObjectNode();
        switch (spec.preset()) {
            case NTFY -> {
                String path = URI.create(spec.url()).getPath();
                o.put("topic", path.startsWith("/") ? path.substring(1) : path);
                o.put("title", "bitaxe-monitor: " + a.rule() + " " + a.miner());
                o.put("message", a.title());
                o.put("priority", a.type() == Alert.Type.FIRED && a.severity() == Severity.CRITICAL ? 5 : 3);
            }
            case DISCORD -> o.put("content", a.title());
            case SLACK -> o.put("text", a.title());
            case TELEGRAM -> {
                o.put("chat_id", spec.chatId());
                o.put("text", a.title());
            }
            case GENERIC -> a.fields().forEach(o::put);
        }
        return o;
    }

    private String redact(String s) {
        return spec.secret() == null ? s : spec.secret().redact(s);
    }
}
