package io.github.bitaxemonitor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitaxemonitor.config.ConfigEdit;
import io.github.bitaxemonitor.config.ConfigFile;
import io.github.bitaxemonitor.config.ExampleConfig;
import io.github.bitaxemonitor.discover.Discovery;
import io.github.bitaxemonitor.discover.FdBudget;
import io.github.bitaxemonitor.discover.Found;
import io.github.bitaxemonitor.discover.LocalRanges;
import io.github.bitaxemonitor.discover.ScanRanges;
import io.github.bitaxemonitor.exit.ExitCode;
import io.github.bitaxemonitor.exit.UserException;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.text.HostileText;
import io.github.bitaxemonitor.view.format.Units;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "discover", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Find the miners on a network: a TCP sweep of the ranges given, each open port identified "
                + "(AxeOS, NerdQAxe, Antminer, BOSminer, Whatsminer, Avalon); other devices are never listed.",
                "Without a range it proposes this machine's own networks and scans only after you confirm, on a "
                        + "terminal; without a terminal it refuses."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the sweep ran (finding nothing is not an error)", "2:bad range or option, or refused"})
public final class DiscoverCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "RANGE", arity = "0..*",
            description = "192.168.1.0/24, 192.168.1.10-60, 192.168.1.10-192.168.1.60 or 192.168.1.45; several allowed")
    private List<String> ranges = new ArrayList<>();

    @Option(names = "--port", paramLabel = "P", split = ",",
            description = "Ports to try on every address (default: 80 for AxeOS and 4028 for the CGMiner API).")
    private List<Integer> ports;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "1.5",
            description = "Per connect and per identification attempt (default: ${DEFAULT-VALUE}).")
    private double timeout;

    @Option(names = "--deadline", paramLabel = "SECONDS", defaultValue = "60",
            description = "The whole sweep ends within this, whatever the network does (default: ${DEFAULT-VALUE}).")
    private double deadline;

    @Option(names = "--in-flight", paramLabel = "N",
            description = "Connects in flight at most (default: half the file descriptors left, at most 1024).")
    private Integer inFlight;

    @Option(names = "--json", description = "Print JSON for scripts instead of the table.")
    private boolean json;

    @Option(names = "--add", description = "Append the miners not yet configured to the --config file.")
    private boolean add;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "config.yaml",
            description = "Config file to compare with and to add to (default: ${DEFAULT-VALUE}).")
    private Path config;

    private final Prompter prompter;

    public DiscoverCommand() {
        this(Prompter.system());
    }

    DiscoverCommand(Prompter prompter) {
        this.prompter = prompter;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScanRanges scan = ranges();
        if (scan == null) {
            err.println("discover: nothing scanned");
            return ExitCode.BAD_USAGE;
        }
        checkOptions();
        String text = ConfigFile.readOrEmpty(config);
        Set<String> configured = configured(text, err);
        int budget = inFlight != null ? inFlight : FdBudget.available();
        Discovery.Result r = Discovery.run(new Discovery.Request(scan, ports == null ? Discovery.DEFAULT_PORTS : ports,
                seconds(timeout), seconds(deadline), budget), List.of(), configured);
        if (json) {
            out.println(json(r));
        } else {
            out.print(table(r.found()));
            out.println(summary(scan, r));
        }
        if (add) {
            addNew(text, r.found(), json ? err : out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private ScanRanges ranges() {
        if (!ranges.isEmpty()) {
            try {
                return ScanRanges.parse(ranges);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
        }
        if (!prompter.interactive()) {
            throw new UserException("give the range to scan, e.g. 'discover 192.168.1.0/24': without a terminal to"
                    + " confirm on, this machine's networks are never scanned by default");
        }
        List<String> local = LocalRanges.proposed();
        if (local.isEmpty()) {
            throw new UserException("this machine has no IPv4 network besides loopback: give a range to scan");
        }
        ScanRanges proposed = ScanRanges.parse(local);
        String answer = prompter.ask("Scan " + String.join(", ", local) + " (" + proposed.size()
                + " addresses) for miners? [y/N] ");
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes") ? proposed : null;
    }

    private void checkOptions() {
        if (!(timeout >= 0.1 && timeout <= 30)) {
            throw new UserException("--timeout must be 0.1..30 seconds");
        }
        if (!(deadline >= 1 && deadline <= 3600)) {
            throw new UserException("--deadline must be 1..3600 seconds");
        }
        if (inFlight != null && (inFlight < 1 || inFlight > FdBudget.MAX)) {
            throw new UserException("--in-flight must be 1.." + FdBudget.MAX);
        }
        if (ports != null && ports.stream().anyMatch(p -> p < 1 || p > 65535)) {
            throw new UserException("--port must be 1..65535");
        }
    }

    private Set<String> configured(String text, PrintWriter err) {
        try {
            return ConfigEdit.of(text).listed().stream().map(l -> l.endpoint().address()).collect(Collectors.toSet());
        } catch (UserException e) {
            if (add) {
                throw new UserException(HostileText.forTerminal(config.toString(), 200) + ": " + e.getMessage());
            }
            err.println("discover: " + HostileText.forTerminal(config.toString(), 200) + " not read ("
                    + e.getMessage() + "): 'configured' shows no for all");
            return Set.of();
        }
    }

    private void addNew(String text, List<Found> found, PrintWriter out) {
        List<Found> fresh = found.stream().filter(f -> !f.configured()).toList();
        if (fresh.isEmpty()) {
            out.println("nothing to add: every miner found is in " + shownConfig() + " already");
            return;
        }
        String before = text.isEmpty() ? ExampleConfig.text() : text;
        List<MinerEndpoint> eps = fresh.stream().map(Found::endpoint).toList();
        List<String> comments = fresh.stream().map(f -> String.join(" ", nonNull(f.vendor(), f.model()))
                + ", found by discover").toList();
        String after = ConfigEdit.of(before).add(eps, comments);
        ConfigFile.replace(config, text, after);
        out.println("added " + fresh.size() + " miner" + (fresh.size() == 1 ? "" : "s") + " to " + shownConfig()
                + (text.isEmpty() ? " (new, from the commented example)" : "")
                + "; a running monitor picks them up at its next cycle");
    }

    private static List<String> nonNull(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank() && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private String shownConfig() {
        return HostileText.forTerminal(config.toString(), 200);
    }

    static String table(List<Found> found) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ADDRESS", "TYPE", "MODEL", "HOSTNAME", "FIRMWARE", "HASHRATE", "CONFIGURED", "FOUND BY"});
        for (Found f : found) {
            rows.add(new String[] {f.address(), f.vendor(), cell(f.model()), cell(f.hostname()), cell(f.firmware()),
                    f.hashrateGhs() == null ? Units.NONE : Units.hashrate(f.hashrateGhs()), f.configured() ? "yes" : "no",
                    f.source() + ": " + f.evidence()});
        }
        int[] w = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(i == r.length - 1 ? r[i] : String.format("%-" + w[i] + "s  ", r[i]));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s == null ? Units.NONE : HostileText.forTerminal(s, 40);
    }

    private static String summary(ScanRanges scan, Discovery.Result r) {
        long ms = r.elapsed().toMillis();
        return r.found().size() + " miner" + (r.found().size() == 1 ? "" : "s") + " found, "
                + r.found().stream().filter(f -> !f.configured()).count() + " not configured; " + scan.size()
                + " addresses, " + r.probes() + " probes (" + r.open() + " open, at most " + r.peakInFlight()
                + " in flight) in " + String.format(Locale.ROOT, "%.2f", ms / 1000.0) + " s"
                + (r.untried() > 0 ? "; the deadline left " + r.untried() + " untried" : "");
    }

    private static String json(Discovery.Result r) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode miners = root.putArray("miners");
        for (Found f : r.found()) {
            ObjectNode m = miners.addObject();
            m.put("address", f.address());
            m.put("host", f.host());
            m.put("port", f.port());
            m.put("protocol", f.kind().name().toLowerCase(Locale.ROOT));
            m.put("type", f.vendor());
            m.put("model", f.model());
            m.put("hostname", f.hostname());
            m.put("firmware", f.firmware());
            if (f.hashrateGhs() == null) {
                m.putNull("hashrate_ghs");
            } else {
                m.put("hashrate_ghs", f.hashrateGhs());
            }
            m.put("configured", f.configured());
            m.put("source", f.source());
            m.put("evidence", f.evidence());
        }
        ObjectNode s = root.putObject("sweep");
        s.put("probes", r.probes());
        s.put("open", r.open());
        s.put("untried", r.untried());
        s.put("peak_in_flight", r.peakInFlight());
        s.put("elapsed_ms", r.elapsed().toMillis());
        return root.toPrettyString();
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
