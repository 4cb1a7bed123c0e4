package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.collect.HostnameCache;
import io.github.bitaxemonitor.collect.OnePoll;
import io.github.bitaxemonitor.collect.Outcome;
import io.github.bitaxemonitor.config.ConfigEdit;
import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.discover.Discovery;
import io.github.bitaxemonitor.discover.Found;
import io.github.bitaxemonitor.exit.ExitCode;
import io.github.bitaxemonitor.exit.UserException;
import io.github.bitaxemonitor.health.Condition;
import io.github.bitaxemonitor.health.ThresholdPolicy;
import io.github.bitaxemonitor.miner.ClientSettings;
import io.github.bitaxemonitor.miner.MinerClient;
import io.github.bitaxemonitor.miner.MinerClients;
import io.github.bitaxemonitor.miner.PollResult;
import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.model.PowerEstimates;
import io.github.bitaxemonitor.model.Reading;
import io.github.bitaxemonitor.text.HostileText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "probe", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Ask one address what it is and show what the monitor reads from it: every field, the row it "
                + "would write with its status and reasons, and how long each step took. Writes nothing."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the miner answered", "1:no usable reply", "2:bad address or option"})
public final class ProbeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ADDRESS", description = "host or host:port")
    private String address;

    @Option(names = "--type", paramLabel = "TYPE", description = "bitaxe or cgminer (default: detected).")
    private MinerKind type;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Per step (default: ${DEFAULT-VALUE}).")
    private double timeout;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "config.yaml",
            description = "Thresholds, power estimates and hostname cache from here when it loads (default: "
                    + "${DEFAULT-VALUE}); built-in defaults otherwise.")
    private Path config;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!(timeout >= 0.1 && timeout <= 120)) {
            throw new UserException("--timeout must be 0.1..120 seconds");
        }
        Duration step = Duration.ofMillis(Math.round(timeout * 1000));
        MinerEndpoint asked = ConfigEdit.entry(address, null, type);
        MonitorConfig cfg = config();
        out.println("probe " + asked.address() + (cfg == null ? " (built-in thresholds: " + shown(config)
                + " not loaded)" : " (thresholds from " + shown(config) + ")"));
        MinerEndpoint endpoint = asked;
        if (type == null) {
            long t0 = System.nanoTime();
            boolean portGiven = address.strip().matches("[^\\[\\]]*:[0-9]+|\\[.*]:[0-9]+");
            Optional<Found> f = Discovery.identifyOne(asked.host(), portGiven ? List.of(asked.port())
                    : Discovery.DEFAULT_PORTS, step);
            String took = ms(t0);
            if (f.isEmpty()) {
                out.println(line("identify", "no miner answers here (tried AxeOS and the CGMiner API on "
                        + (portGiven ? "port " + asked.port() : "80 and 4028") + "); give --type to poll anyway",
                        took));
                return ExitCode.RUNTIME_FAILURE;
            }
            Found found = f.get();
            endpoint = new MinerEndpoint(found.host(), found.port(), null, found.kind());
            out.println(line("identify", found.vendor() + (found.model() == null ? "" : " "
                    + HostileText.forTerminal(found.model())) + " at " + found.address() + ", " + found.evidence(),
                    took));
        }
        ThresholdPolicy policy = cfg == null ? ThresholdPolicy.defaults() : cfg.thresholds();
        PowerEstimates power = cfg == null ? PowerEstimates.withDefaults() : cfg.powerEstimates();
        long t1 = System.nanoTime();
        PollResult result = poll(endpoint, step);
        String pollTook = ms(t1);
        if (result instanceof PollResult.Success s) {
            out.println(line("poll", endpoint.kind().name().toLowerCase(Locale.ROOT) + " reply read, "
                    + s.latencyMs() + " ms on the wire", pollTook));
            printReading(out, s.reading());
        } else {
            PollResult.Failure f = (PollResult.Failure) result;
            out.println(line("poll", f.kind() + ": " + HostileText.forTerminal(f.detail()), pollTook));
        }
        long t2 = System.nanoTime();
        // Read only, never saved: probe writes nothing. Without a config there is no cache, so an absent path.
        HostnameCache names = HostnameCache.load(cfg == null ? Path.of("/nonexistent/hostname_cache.json")
                : cfg.hostnameCache(), l -> { });
        Outcome o = OnePoll.judge(endpoint, result, policy, power, names, Instant.now());
        out.println(line("row", "status " + o.judgement().status().label(), ms(t2)));
        for (Condition c : o.judgement().conditions()) {
            out.println("             " + HostileText.forTerminal(c.status().label() + ": " + c.text()));
        }
        for (Field<?> field : Fields.all()) {
            Object v = o.row().get(field);
            if (v != null) {
                out.println(String.format("  %-28s %s", field.name(), HostileText.forTerminal(field.show(v), 200)));
            }
        }
        return result instanceof PollResult.Success ? ExitCode.OK : ExitCode.RUNTIME_FAILURE;
    }

    private static void printReading(PrintWriter out, Reading r) {
        for (String note : r.notes()) {
            out.println("             note: " + HostileText.forTerminal(note));
        }
    }

    private MonitorConfig config() {
        if (!Files.exists(config)) {
            return null;
        }
        try {
            return ConfigLoader.loadForReading(config);
        } catch (UserException e) {
            return null;
        }
    }

    private static PollResult poll(MinerEndpoint e, Duration step) {
        try (MinerClient client = MinerClients.create(new ClientSettings(step, 0,
                ClientSettings.DEFAULT_MAX_REPLY_BYTES))) {
            return client.poll(e, 0).get(step.toMillis() * 2 + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new PollResult.Failure(PollResult.Kind.TIMEOUT, "interrupted", 0);
        } catch (ExecutionException | TimeoutException ex) {
            return new PollResult.Failure(PollResult.Kind.TIMEOUT, "no reply in time", step.toMillis());
        }
    }

    private static String line(String what, String text, String took) {
        return String.format("  %-10s %-70s %s", what, text, took);
    }

    private static String ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000 + " ms";
    }

    private static String shown(Path p) {
        return HostileText.forTerminal(p.toString(), 200);
    }
}
