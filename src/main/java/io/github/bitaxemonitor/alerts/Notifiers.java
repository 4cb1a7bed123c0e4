package io.github.bitaxemonitor.alerts;

import java.net.http.HttpClient;
import java.util.List;

/** Makes the configured notifiers. */
public final class Notifiers {
    private Notifiers() {
    }

    public static List<Notifier> create(List<NotifierSpec> specs) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(NotifierSpec.DEFAULT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return specs.stream().map(s -> create(s, http)).toList();
    }

    private static Notifier create(NotifierSpec s, HttpClient http) {
        return switch (s.type()) {
            case WEBHOOK -> new WebhookNotifier(s, http);
            case EXEC -> new ExecNotifier(s);
            case EMAIL -> new EmailNotifier(s);
        };
    }
}
