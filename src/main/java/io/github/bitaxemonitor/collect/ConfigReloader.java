package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.exit.UserException;
import io.github.bitaxemonitor.model.MinerEndpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Makes a running monitor follow config.yaml: after every cycle (and at once after {@link #requestReload}, from
 * SIGHUP) it compares the file with the text last seen, and a changed file that loads becomes the config of the next
 * cycle: miners added, removed or changed, thresholds and power estimates. A file that does not load is reported in
 * one line and the running config is kept; the same broken text is not reported twice. Settings that shape the
 * running collector (interval, timeout, files) are named as needing a restart.
 */
public final class ConfigReloader implements CycleListener {
    private final Path file;
    private final Consumer<MonitorConfig> apply;
    private final Consumer<String> info;
    private final Consumer<String> error;
    private MonitorConfig running;
    private String seen;
    private volatile boolean requested;

    /**
     * @param running the config the monitor started with, read from {@code file}
     * @param apply   receives a reloaded config (the collector's {@code reconfigure})
     */
    public ConfigReloader(Path file, MonitorConfig running, Consumer<MonitorConfig> apply, Consumer<String> info,
                          Consumer<String> error) {
        this.file = file;
        this.running = running;
        this.apply = apply;
        this.info = info;
        this.error = error;
        this.seen = read();
    }

    /** SIGHUP: look at the file now, even when its text seems unchanged (the line then says so). */
    public void requestReload() {
        requested = true;
        check();
    }

    @Override
    public void cycleCompleted(CycleReport report) {
        check();
    }

    /** Compares the file with what was seen last and applies or reports a change. */
    public synchronized void check() {
        boolean asked = requested;
        requested = false;
        String text = read();
        if (text == null) {
            if (seen != null || asked) {
                error.accept("config " + file + " cannot be read now: keeping the running config");
            }
            seen = null;
            return;
        }
        if (text.equals(seen) && !asked) {
            return;
        }
        seen = text;
        MonitorConfig next;
        try {
            next = ConfigLoader.parse(text, file);
        } catch (UserException e) {
            String first = Objects.requireNonNullElse(e.getMessage(), "invalid").lines().findFirst().orElse("invalid");
            error.accept("config not reloaded, keeping the running one: " + first);
            return;
        }
        String what = describe(running, next);
        List<String> restart = restartOnly(running, next);
        info.accept("config reloaded: " + (what.contains(",") || !restart.isEmpty() ? what
                : "no miner or threshold changed (" + what + ")"));
        if (!restart.isEmpty()) {
            error.accept("config: " + String.join(", ", restart) + " changed; takes effect after a restart");
        }
        running = next;
        apply.accept(next);
    }

    private String read() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    static String describe(MonitorConfig before, MonitorConfig after) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (MinerEndpoint m : after.miners()) {
            MinerEndpoint old = before.miners().stream().filter(o -> o.address().equals(m.address())).findFirst()
                    .orElse(null);
            if (old == null) {
                added.add(m.address());
            } else if (!old.equals(m)) {
                changed.add(m.address());
            }
        }
        for (MinerEndpoint m : before.miners()) {
            if (after.miners().stream().noneMatch(o -> o.address().equals(m.address()))) {
                removed.add(m.address());
            }
        }
        List<String> parts = new ArrayList<>();
        parts.add(after.miners().size() + " miner" + (after.miners().size() == 1 ? "" : "s"));
        if (!added.isEmpty()) {
            parts.add("added " + shortList(added));
        }
        if (!removed.isEmpty()) {
            parts.add("removed " + shortList(removed));
        }
        if (!changed.isEmpty()) {
            parts.add("changed " + shortList(changed));
        }
        if (!before.thresholds().equals(after.thresholds())) {
            parts.add("thresholds changed");
        }
        return String.join(", ", parts);
    }

    private static String shortList(List<String> a) {
        return a.size() <= 5 ? String.join(" ", a) : String.join(" ", a.subList(0, 5)) + " and " + (a.size() - 5)
                + " more";
    }

    private static List<String> restartOnly(MonitorConfig a, MonitorConfig b) {
        List<String> out = new ArrayList<>();
        if (!a.pollInterval().equals(b.pollInterval())) {
            out.add("poll_interval");
        }
        if (!a.timeout().equals(b.timeout()) || a.retries() != b.retries() || a.maxReplyKb() != b.maxReplyKb()) {
            out.add("timeout/retries/max_reply_kb");
        }
        if (!a.storeSettings().equals(b.storeSettings()) || !a.hostnameCache().equals(b.hostnameCache())) {
            out.add("data and backup settings");
        }
        return out;
    }
}
