package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.config.ConfigEdit;
import io.github.bitaxemonitor.config.ConfigFile;
import io.github.bitaxemonitor.config.ExampleConfig;
import io.github.bitaxemonitor.discover.Discovery;
import io.github.bitaxemonitor.discover.FdBudget;
import io.github.bitaxemonitor.discover.Found;
import io.github.bitaxemonitor.discover.LocalRanges;
import io.github.bitaxemonitor.discover.ScanRanges;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.text.HostileText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;

/**
 * The questions of {@code setup}, on a JLine terminal: line editing, completion (Tab) of the answers it expects, the
 * default in brackets (Enter takes it). Every answer is checked as it is given, by the config loader itself on the
 * file as it would be, and asked again when wrong. It edits the existing file (comments and keys kept) or starts from
 * the commented example; nothing is written before the user saw the changes and said yes. Ctrl-D or Ctrl-C cancels.
 */
final class SetupWizard {
    /** Ctrl-D or Ctrl-C: nothing was written. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("setup cancelled: nothing written");
        }
    }

    private final Terminal terminal;
    private final PrintWriter out;
    private final Path config;
    private final List<Integer> ports;
    private String text;

    SetupWizard(Terminal terminal, Path config, List<Integer> ports) {
        this.terminal = terminal;
        this.out = terminal.writer();
        this.config = config;
        this.ports = ports;
    }

    /** Runs the questions; returns true when the file was written. */
    boolean run() {
        String existing = ConfigFile.readOrEmpty(config);
        text = existing.isEmpty() ? ExampleConfig.text() : existing;
        ConfigEdit.of(text); // a file this cannot edit is refused before any question
        say(existing.isEmpty() ? "No " + shown() + " yet: starting from the commented example."
                : "Editing " + shown() + " (" + ConfigEdit.of(text).listed().size() + " miners); your comments and "
                + "keys stay.");
        List<MinerEndpoint> chosen = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        findMiners(chosen, comments);
        addByHand(chosen, comments);
        if (!chosen.isEmpty()) {
            text = ConfigEdit.of(text).add(chosen, comments);
        }
        setting("poll_interval", "Seconds between polls (1..3600; 30 keeps old AxeOS firmware healthy)", "30", false);
        setting("csv_path", "Where the data goes (one CSV file per day is named from it)", "data/metrics.csv", true);
        setting("backup_frequency", "A compressed backup every this many cycles (0 = never; 100 x 30 s = 50 min)",
                "100", false);
        if (ConfigEdit.of(text).listed().isEmpty()) {
            say("No miners in the config yet: the monitor needs at least one. Nothing written.");
            return false;
        }
        preview(existing.isEmpty() ? ExampleConfig.text() : existing, existing.isEmpty());
        String yes = ask("Write " + shown() + "?", "y", List.of("y", "n"), a -> a.matches("(?i)y|yes|n|no") ? null
                : "answer y or n");
        if (!yes.toLowerCase(Locale.ROOT).startsWith("y")) {
            say("Nothing written.");
            return false;
        }
        ConfigFile.replace(config, existing, text);
        say("Wrote " + shown() + ". Start monitoring with: tools/monitor" + (config.equals(Path.of("config.yaml"))
                ? "" : " --config " + shown()) + "   (a running monitor picks up this file's changes by itself)");
        return true;
    }

    private void findMiners(List<MinerEndpoint> chosen, List<String> comments) {
        List<String> local = LocalRanges.proposed();
        String ranges = ask("Ranges to scan for miners (CIDR, a-b or hosts; '-' to skip)",
                local.isEmpty() ? "-" : String.join(" ", local), local, a -> {
                    if (a.equals("-")) {
                        return null;
                    }
                    try {
                        ScanRanges.parse(List.of(a.split("\\s+")));
                        return null;
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                });
        if (ranges.equals("-")) {
            return;
        }
        ScanRanges scan = ScanRanges.parse(List.of(ranges.split("\\s+")));
        Set<String> configured = ConfigEdit.of(text).listed().stream().map(l -> l.endpoint().address())
                .collect(Collectors.toSet());
        say("Scanning " + scan.size() + " addresses on ports " + ports.stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + "...");
        Discovery.Result r = Discovery.run(new Discovery.Request(scan, ports, Duration.ofMillis(1500),
                Duration.ofSeconds(60), FdBudget.available()), List.of(), configured);
        List<Found> fresh = r.found().stream().filter(f -> !f.configured()).toList();
        say(r.found().size() + " miners found" + (r.found().size() > fresh.size() ? ", "
                + (r.found().size() - fresh.size()) + " already configured" : "") + ".");
        if (fresh.isEmpty()) {
            return;
        }
        for (int i = 0; i < fresh.size(); i++) {
            Found f = fresh.get(i);
            say(String.format("  %2d  %-22s %-10s %s", i + 1, f.address(), f.vendor(),
                    HostileText.forTerminal(f.model() == null ? "" : f.model(), 40)));
        }
        String pick = ask("Miners to add (e.g. 1,3-5, 'all' or 'none')", "all", List.of("all", "none"),
                a -> picks(a, fresh.size()) == null ? "give numbers 1.." + fresh.size() + " like 1,3-5, all or none"
                        : null);
        for (int i : picks(pick, fresh.size())) {
            Found f = fresh.get(i);
            String alias = ask("Alias for " + f.address() + " (shown instead of its hostname; '-' for none)",
                    "-", f.hostname() == null ? List.of() : List.of(f.hostname()), a -> aliasProblem(a, chosen));
            MinerEndpoint e = new MinerEndpoint(f.host(), f.port(), alias.equals("-") ? null : alias, f.kind());
            chosen.add(e);
            comments.add(String.join(" ", f.vendor(), f.model() == null ? "" : f.model()).strip());
        }
    }

    private void addByHand(List<MinerEndpoint> chosen, List<String> comments) {
        while (true) {
            String a = ask("Another miner's address (host or host:port; add ':4028' for a CGMiner-API miner; '-' when"
                    + " done)", "-", List.of(), x -> x.equals("-") ? null : addressProblem(x, chosen));
            if (a.equals("-")) {
                return;
            }
            MinerEndpoint asked = ConfigEdit.entry(a, null, a.endsWith(":4028")
                    ? io.github.bitaxemonitor.model.MinerKind.CGMINER : null);
            chosen.add(asked);
            comments.add(null);
        }
    }

    private String addressProblem(String a, List<MinerEndpoint> chosen) {
        try {
            MinerEndpoint e = ConfigEdit.entry(a, null, null);
            ConfigEdit.of(text).requireNew(e);
            if (chosen.stream().anyMatch(c -> c.address().equals(e.address()))) {
                return e.address() + " is already chosen";
            }
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    private String aliasProblem(String a, List<MinerEndpoint> chosen) {
        if (a.equals("-")) {
            return null;
        }
        try {
            MinerEndpoint e = ConfigEdit.entry("127.0.0.1", a, null);
            ConfigEdit.of(text).requireNew(new MinerEndpoint("0.0.0.0", 1, e.alias(), e.kind()));
            return chosen.stream().anyMatch(c -> a.equals(c.alias())) ? "alias '" + a + "' is already chosen" : null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    /** Asks for a top-level setting, checked by the loader on the file as it would be with this answer. */
    private void setting(String key, String question, String fallback, boolean quoted) {
        String current = ConfigEdit.of(text).get(key);
        String answer = ask(question, current != null ? current : fallback, List.of(), a -> {
            String candidate = ConfigEdit.of(text).set(key, quoted ? ConfigEdit.yamlString(a) : a);
            return ConfigFile.problems(candidate, config).stream().filter(p -> p.contains(key)).findFirst()
                    .map(p -> p.substring(p.indexOf(": ") + 2)).orElse(null);
        });
        if (!answer.equals(current)) {
            text = ConfigEdit.of(text).set(key, quoted ? ConfigEdit.yamlString(answer) : answer);
        }
    }

    private void preview(String before, boolean fromExample) {
        Set<String> old = Set.copyOf(before.lines().toList());
        say("The changes to " + shown() + (fromExample ? " (the rest is the commented example, every key with its"
                + " default)" : "") + ":");
        text.lines().filter(l -> !old.contains(l) && !l.isBlank()).forEach(l -> say("  + " + l));
    }

    /** Indexes (0-based) from "1,3-5", "all" or "none"; null when the answer is not that. */
    static List<Integer> picks(String a, int n) {
        String t = a.strip().toLowerCase(Locale.ROOT);
        List<Integer> out = new ArrayList<>();
        if (t.equals("all")) {
            for (int i = 0; i < n; i++) {
                out.add(i);
            }
            return out;
        }
        if (t.equals("none")) {
            return out;
        }
        for (String part : t.split("[,\\s]+")) {
            String[] ends = part.split("-", -1);
            try {
                int from = Integer.parseInt(ends[0]);
                int to = ends.length == 2 ? Integer.parseInt(ends[1]) : from;
                if (ends.length > 2 || from < 1 || to > n || from > to) {
                    return null;
                }
                for (int i = from; i <= to; i++) {
                    if (!out.contains(i - 1)) {
                        out.add(i - 1);
                    }
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }

    /**
     * One question: the default in brackets, Tab completes {@code choices}, a wrong answer (per {@code check},
     * which returns the problem or null) is said in one line and asked again.
     */
    private String ask(String question, String fallback, List<String> choices, Function<String, String> check) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                .completer(new StringsCompleter(choices)).option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        while (true) {
            String line;
            try {
                line = reader.readLine(question + " [" + HostileText.forTerminal(fallback, 80) + "]: ");
            } catch (org.jline.reader.EndOfFileException | org.jline.reader.UserInterruptException e) {
                throw new Cancelled();
            }
            String answer = line.strip().isEmpty() ? fallback : line.strip();
            String problem = check.apply(answer);
            if (problem == null) {
                return answer;
            }
            say("  " + HostileText.forTerminal(problem, 300) + "; try again (Ctrl-D cancels)");
        }
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }

    private String shown() {
        return HostileText.forTerminal(config.toString(), 200);
    }
}
