package io.github.bitaxemonitor.config;

import io.github.bitaxemonitor.alerts.NotifierSpec;
import io.github.bitaxemonitor.alerts.NotifierSpec.Email;
import io.github.bitaxemonitor.alerts.NotifierSpec.Preset;
import io.github.bitaxemonitor.alerts.NotifierSpec.Type;
import io.github.bitaxemonitor.config.YamlTree.Node;
import io.github.bitaxemonitor.config.YamlTree.Scalar;
import io.github.bitaxemonitor.config.YamlTree.Seq;
import io.github.bitaxemonitor.secret.Secret;
import io.github.bitaxemonitor.text.HostileText;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code alerts.notifiers}. Secrets (a bot token, an SMTP password) are named by {@code secret_env} or
 * {@code secret_file} and read only for the monitor, which sends: the viewer reads the same file in a shell that need
 * not have them.
 */
final class NotifiersReader {
    private static final Set<String> KEYS = Set.of("type", "name", "preset", "url", "chat_id", "command", "host",
            "port", "starttls", "from", "to", "username", "secret_env", "secret_file", "timeout");

    private final Problems problems;
    private final Path baseDir;
    private final Map<String, String> env;
    private final boolean forMonitor;
    private final Set<String> names = new HashSet<>();

    NotifiersReader(Problems problems, Path baseDir, Map<String, String> env, boolean forMonitor) {
        this.problems = problems;
        this.baseDir = baseDir;
        this.env = env;
        this.forMonitor = forMonitor;
    }

    List<NotifierSpec> read(Section alerts) {
        return AlertsReader.items(alerts, "notifiers", KEYS, this::notifier);
    }

    private NotifierSpec notifier(Section n) {
        if (n.node("type") == null) {
            problems.add(n.pos(), "a notifier needs 'type:' (webhook, exec or email)");
            return null;
        }
        int before = problems.size();
        Type type = n.choice("type", Type.class, Type.WEBHOOK);
        if (problems.size() > before) {
            return null;
        }
        String def = type.name().toLowerCase(Locale.ROOT);
        for (int i = 2; n.node("name") == null && names.contains(def); i++) {
            def = type.name().toLowerCase(Locale.ROOT) + "-" + i;
        }
        String name = n.text("name", def, "a short name such as phone");
        if (!names.add(name)) {
            problems.add(n.node("name") == null ? n.pos() : n.node("name").pos(), "alerts.notifiers: two notifiers"
                    + " are named '" + HostileText.forTerminal(name) + "': give each its own 'name:'");
        }
        var timeout = AlertsReader.duration(n, "timeout", NotifierSpec.DEFAULT_TIMEOUT);
        Secret secret = secret(n);
        return switch (type) {
            case WEBHOOK -> {
                Preset preset = n.choice("preset", Preset.class, Preset.GENERIC);
                String url = url(n);
                String chat = n.text("chat_id", null, "the Telegram chat id");
                if (preset == Preset.TELEGRAM && (chat == null || secret == null && forMonitor)) {
                    problems.add(n.pos(), "a telegram notifier needs 'chat_id:' and the bot token in 'secret_env:'"
                            + " or 'secret_file:'");
                }
                yield url == null ? null : new NotifierSpec(name, type, preset, url, null, null, chat, secret,
                        timeout);
            }
            case EXEC -> {
                List<String> command = command(n);
                yield command == null ? null : new NotifierSpec(name, type, null, null, command, null, null, null,
                        timeout);
            }
            case EMAIL -> {
                Email email = email(n);
                yield email == null ? null : new NotifierSpec(name, type, null, null, null, email, null, secret,
                        timeout);
            }
        };
    }

    private String url(Section n) {
        String url = n.text("url", null, "an http:// or https:// URL");
        if (url == null) {
            problems.add(n.pos(), "a webhook notifier needs 'url:' (where to POST)");
            return null;
        }
        try {
            URI u = new URI(url);
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
                throw new URISyntaxException(url, "not http(s) with a host");
            }
            return url;
        } catch (URISyntaxException e) {
            problems.add(n.node("url").pos(), "alerts.notifiers.url: '" + HostileText.forTerminal(url)
                    + "' is not an http:// or https:// URL with a host");
            return null;
        }
    }

    private List<String> command(Section n) {
        Node node = n.node("command");
        List<String> out = new ArrayList<>();
        if (node instanceof Scalar s && !s.isNull() && !s.text().isBlank()) {
            out.add(s.text().trim());
        } else if (node instanceof Seq seq) {
            for (Node item : seq.items()) {
                if (item instanceof Scalar s && !s.isNull()) {
                    out.add(s.text());
                }
            }
        }
        if (out.isEmpty() || out.get(0).isBlank()) {
            problems.add(node == null ? n.pos() : node.pos(), "an exec notifier needs 'command:', a program or a"
                    + " list [program, arg, ...] (run without a shell, the alert in ALERT_* variables)");
            return null;
        }
        return out;
    }

    private Email email(Section n) {
        String host = n.text("host", null, "the SMTP server's name or address");
        String from = n.text("from", null, "the sender's address");
        List<String> to = new ArrayList<>();
        Node toNode = n.node("to");
        if (toNode instanceof Scalar s && !s.isNull()) {
            to.add(s.text().trim());
        } else if (toNode instanceof Seq seq) {
            seq.items().stream().filter(i -> i instanceof Scalar s && !s.isNull())
                    .forEach(i -> to.add(((Scalar) i).text().trim()));
        }
        if (host == null || from == null || to.isEmpty()) {
            problems.add(n.pos(), "an email notifier needs 'host:', 'from:' and 'to:'");
            return null;
        }
        boolean starttls = n.bool("starttls", true);
        return new Email(host, n.integer("port", starttls ? 587 : 25, 1, 65535), starttls, from, to,
                n.text("username", null, "the SMTP user name"));
    }

    private Secret secret(Section n) {
        String envName = n.text("secret_env", null, "the name of an environment variable");
        String file = n.text("secret_file", null, "a path");
        if (envName != null && file != null) {
            problems.add(n.node("secret_file").pos(), "secret_env and secret_file are both set: keep one");
            return null;
        }
        if (!forMonitor || envName == null && file == null) {
            return null;
        }
        String key = envName != null ? "secret_env" : "secret_file";
        try {
            return envName != null ? Secret.fromEnv(envName, env) : Secret.fromFile(baseDir.resolve(file));
        } catch (IllegalArgumentException e) {
            problems.add(n.node(key).pos(), "alerts.notifiers." + key + ": " + e.getMessage());
            return null;
        }
    }
}
