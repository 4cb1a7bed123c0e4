package io.github.bitaxemonitor.alerts;

import io.github.bitaxemonitor.secret.Secret;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One entry of {@code alerts.notifiers}, validated by the config reader; {@link Notifiers#create} turns it into a
 * notifier. Secrets are already read (from an environment variable or a 0600 file) and never printed.
 *
 * @param name    how messages name it ("phone", "email")
 * @param type    webhook, exec or email
 * @param preset  for webhooks: ntfy, discord, slack, telegram or generic
 * @param url     for webhooks: where to POST (telegram: the API base, the token is added)
 * @param command for exec: the program and its arguments
 * @param email   for email: the server and addresses; null otherwise
 * @param chatId  for telegram: the chat to post to; null otherwise
 * @param secret  bot token or SMTP password; null when none
 * @param timeout how long one delivery attempt may take
 */
public record NotifierSpec(String name, Type type, Preset preset, String url, List<String> command, Email email,
                           String chatId, Secret secret, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public enum Type { WEBHOOK, EXEC, EMAIL }

    public enum Preset { GENERIC, NTFY, DISCORD, SLACK, TELEGRAM }

    public record Email(String host, int port, boolean starttls, String from, List<String> to, String username) {
        public Email {
            to = List.copyOf(to);
        }
    }

    public NotifierSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeout, "timeout");
        command = command == null ? List.of() : List.copyOf(command);
    }
}
