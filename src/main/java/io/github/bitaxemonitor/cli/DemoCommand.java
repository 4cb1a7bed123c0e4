package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.collect.Backends;
import io.github.bitaxemonitor.collect.Monitor;
import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.exit.ExitCode;
import io.github.bitaxemonitor.exit.IoReason;
import io.github.bitaxemonitor.exit.UserException;
import io.github.bitaxemonitor.sim.FleetConfigFile;
import io.github.bitaxemonitor.sim.FleetMix;
import io.github.bitaxemonitor.sim.FleetSpec;
import io.github.bitaxemonitor.sim.FleetStartException;
import io.github.bitaxemonitor.sim.MinerType;
import io.github.bitaxemonitor.sim.SimulatedFleet;
import io.github.bitaxemonitor.store.DataFiles;
import io.github.bitaxemonitor.text.HostileText;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The first thing a new user runs: a simulated fleet on loopback, the real monitor writing real files, and the live
 * viewer reading them, in one process that cleans up after itself. Nothing here is demo-only logic: it wires the same
 * pieces the three commands use, so what the demo shows is what the product does.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Start a simulated fleet, the monitor and the live viewer together (no hardware needed).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:ok", "1:runtime failure", "2:bad usage"})
public final class DemoCommand implements Callable<Integer> {
    /** The monitor's log in the demo's directory. */
    private static final String LOG = "monitor.log";
    /** Longest path echoed whole. */
    private static final int MAX_SHOWN_PATH = 200;

    @Spec
    private CommandSpec spec;

    @Option(names = "--mix", paramLabel = "TYPE:N,...",
            description = "Which miners (default: demo, 20 miners: 14 Bitaxe-family boards, an Antminer S19 Pro, a "
                    + "BOSminer, a current and an old Whatsminer, an Avalon 1566 and a multi-module Avalon; e.g. "
                    + "bitaxe:8,antminer:2). 'simulate --help' lists the types.")
    private String mix;

    @Option(names = "--miners", paramLabel = "N",
            description = "Simulate N Bitaxe-family miners only, instead of a mix (12 shows every classic fault "
                    + "once).")
    private Integer miners;

    @Option(names = "--faults", paramLabel = "PLAN", defaultValue = "demo",
            description = "Fault plan: demo, none, or e.g. hot:1,offline:2,paused@avalon:1 (default: "
                    + "${DEFAULT-VALUE}: one Bitaxe per classic fault and, in the demo mix, a paused Bitaxe, one "
                    + "saying 'WiFi Connected!', a booting Avalon and an old Whatsminer with a sensor glitch; the "
                    + "Antminer, BOSminer, Whatsminer and multi-module Avalon stay healthy).")
    private String faults;

    @Option(names = "--base-port", paramLabel = "PORT", defaultValue = "28080",
            description = "First loopback port of the fleet (default: ${DEFAULT-VALUE}). Fixed ports keep each "
                    + "miner's address, and so its history, the same from one demo run to the next.")
    private int basePort;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where the demo's config, data and monitor log go (default: bitaxe-monitor-demo in the "
                    + "system temp directory). Data is appended, never replaced.")
    private Path dir;

    @Option(names = "--summary", description = "Print the summary after the first cycles instead of the live view.")
    private boolean summaryOnly;

    @Override
    public Integer call() throws Exception {
        if (miners != null && mix != null) {
            throw new UserException("give --mix or --miners, not both (--miners N is --mix bitaxe:N)");
        }
        FleetSpec fleetSpec;
        try {
            FleetMix fleetMix = miners != null ? FleetMix.of(MinerType.BITAXE, Math.max(1, miners))
                    : FleetMix.parse(mix == null ? "demo" : mix);
            int count = miners != null ? miners : fleetMix.total();
            if (count < 1 || count > 1000) {
                throw new UserException("the demo runs 1 to 1000 miners, got " + count);
            }
            fleetSpec = FleetSpec.builder().mix(fleetMix).basePort(basePort).faults(faults).build();
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        Path home = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"), "bitaxe-monitor-demo");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter monitorLog = openHome(home);
        try (monitorLog; SimulatedFleet fleet = SimulatedFleet.start(fleetSpec)) {
            Path config = writeConfig(home, fleet);
            MonitorConfig cfg = ConfigLoader.load(config);
            Monitor monitor = new Monitor(cfg, config, Backends.production(), Clock.systemUTC(), monitorLog,
                    monitorLog, false);
            Thread collector = new Thread(() -> runQuietly(monitor), "demo-monitor");
            collector.start();
            AtomicBoolean finished = new AtomicBoolean();
            Runnable finish = () -> {
                if (finished.compareAndSet(false, true)) {
                    stop(monitor, collector, out, cfg, config);
                }
            };
            // Ctrl-C in the live view is a key (q's path); a signal at any other moment stops just as cleanly.
            StopSignals.onStop(() -> {
                finish.run();
                System.exit(ExitCode.OK);
            });
            out.println("demo: " + fleet.size() + " simulated miners (" + fleetSpec.mix().text()
                    + ") on 127.0.0.1, monitor every "
                    + cfg.pollInterval().toSeconds() + " s writing " + shown(cfg.csvPath()) + " (log: "
                    + shown(home.resolve(LOG)) + ")");
            out.println("demo: waiting for the first poll cycle...");
            out.flush();
            try {
                awaitFirstRows(cfg.csvPath(), cfg.cycleDeadline().toMillis() + 10_000);
                return Main.run(viewerArgs(cfg.csvPath(), config));
            } finally {
                finish.run();
            }
        } catch (FleetStartException e) {
            throw new UserException("cannot start the simulated fleet: " + e.getMessage(), ExitCode.RUNTIME_FAILURE);
        } catch (IOException e) {
            throw new UserException("--dir " + shown(home) + ": cannot write the demo's files there: "
                    + IoReason.of(e));
        }
    }

    private static void stop(Monitor monitor, Thread collector, PrintWriter out, MonitorConfig cfg, Path config) {
        monitor.stop();
        try {
            collector.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String newest;
        try {
            Path p = DataFiles.of(cfg.csvPath()).newest();
            newest = p == null ? shown(cfg.csvPath()) : shown(p);
        } catch (IOException e) {
            newest = shown(cfg.csvPath());
        }
        out.println("demo: stopped. The data stays in " + shown(cfg.csvPath().getParent()) + "; try 'tools/viewer "
                + "--summary --detailed --config " + shown(config) + "' or 'tools/csv-repair stats " + newest + "'");
        out.flush();
    }

    /** Creates the demo's directory and opens its monitor log: an unusable --dir is one line and exit 2, up front. */
    private static PrintWriter openHome(Path home) {
        try {
            if (Files.exists(home) && !Files.isDirectory(home)) {
                throw new UserException("--dir " + shown(home) + " is not a directory");
            }
            Files.createDirectories(home);
            return appendTo(home.resolve(LOG));
        } catch (IOException e) {
            throw new UserException("--dir " + shown(home) + ": cannot use it for the demo's files: "
                    + IoReason.of(e));
        }
    }

    private static String shown(Path p) {
        return HostileText.forTerminal(p.toString(), MAX_SHOWN_PATH);
    }

    private String[] viewerArgs(Path csvPath, Path config) {
        return summaryOnly
                ? new String[] {"viewer", "--summary", "--data", csvPath.toString()}
                : new String[] {"viewer", "--live", "--interval", "1s", "--data", csvPath.toString(),
                        "--config", config.toString()};
    }

    /** The simulator's ports are new each run, so the demo's own config is rewritten; its data is kept. */
    private static Path writeConfig(Path home, SimulatedFleet fleet) throws IOException {
        Path config = home.resolve("config.yaml");
        Files.deleteIfExists(config);
        FleetConfigFile.write(config, fleet.endpoints());
        return config;
    }

    private static PrintWriter appendTo(Path log) throws IOException {
        return new PrintWriter(new OutputStreamWriter(Files.newOutputStream(log, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS), StandardCharsets.UTF_8), true);
    }

    private static void runQuietly(Monitor monitor) {
        try {
            monitor.runForever();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (UserException e) {
            System.err.println("demo: monitor: " + HostileText.forTerminal(e.getMessage(), 1000));
        }
    }

    /**
     * The viewer has nothing to show before this run's first cycle is on disk (earlier demo data may be there), and
     * opening it earlier would show an empty or stale fleet.
     */
    private static void awaitFirstRows(Path csvPath, long timeoutMs) throws IOException, InterruptedException {
        long started = System.currentTimeMillis();
        DataFiles files = DataFiles.of(csvPath);
        while (System.currentTimeMillis() < started + timeoutMs) {
            Path newest = files.newest();
            if (newest != null && Files.getLastModifiedTime(newest).toMillis() >= started - 1000
                    && Files.size(newest) > 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new UserException("the monitor wrote no rows within " + timeoutMs / 1000 + " s; see its log",
                ExitCode.RUNTIME_FAILURE);
    }
}
