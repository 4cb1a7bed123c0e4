package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.control.BulkRun;
import io.github.bitaxemonitor.control.ChangeCheck;
import io.github.bitaxemonitor.control.ControlActions;
import io.github.bitaxemonitor.control.SafetyLimits;
import io.github.bitaxemonitor.control.Targets;
import io.github.bitaxemonitor.exit.ExitCode;
import io.github.bitaxemonitor.exit.UserException;
import io.github.bitaxemonitor.miner.DeviceSettings;
import io.github.bitaxemonitor.miner.MinerClient;
import io.github.bitaxemonitor.miner.MinerClients;
import io.github.bitaxemonitor.miner.MinerControl;
import io.github.bitaxemonitor.miner.MinerControls;
import io.github.bitaxemonitor.miner.MinerLanes;
import io.github.bitaxemonitor.miner.SettingsChange;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.store.DataFiles;
import io.github.bitaxemonitor.tune.Benchmark;
import io.github.bitaxemonitor.tune.BenchmarkPlan;
import io.github.bitaxemonitor.tune.Journal;
import io.github.bitaxemonitor.tune.Pause;
import io.github.bitaxemonitor.tune.Recovery;
import io.github.bitaxemonitor.tune.ReportFiles;
import io.github.bitaxemonitor.tune.StepResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Sweep frequency x core voltage on Bitaxes and rank the results by J/TH and hashrate. The "
                + "original settings are journaled on disk first and always put back: at the end, on Ctrl-C or "
                + "SIGTERM, on any error, and after a crash at the next start of monitor or benchmark.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:finished or stopped, every miner back at its original settings",
                "1:a benchmark failed or a miner could not be restored yet (the journal keeps it)",
                "2:bad command line or config, or a value outside the limits (nothing was changed)"})
final class BenchmarkCommand implements Callable<Integer> {
    private static final DateTimeFormatter SESSION_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Spec
    private CommandSpec spec;

    @Mixin
    private ControlOptions options;

    @Option(names = "--frequency", split = ",", paramLabel = "MHz", description = "Grid: frequencies, e.g. 500,525,550.")
    private List<Integer> frequencies = new ArrayList<>();

    @Option(names = "--core-voltage", split = ",", paramLabel = "mV", description = "Grid: core voltages, e.g. 1150,1200.")
    private List<Integer> voltages = new ArrayList<>();

    @Option(names = "--search", description = "Search: from the current settings raise frequency while stable, "
            + "raise voltage when not, stop at the limits.")
    private boolean search;

    @Option(names = "--frequency-step", defaultValue = "25", paramLabel = "MHz", description = "Search step (default: ${DEFAULT-VALUE}).")
    private int frequencyStep;

    @Option(names = "--voltage-step", defaultValue = "25", paramLabel = "mV", description = "Search step (default: ${DEFAULT-VALUE}).")
    private int voltageStep;

    @Option(names = "--goal", defaultValue = "efficiency", paramLabel = "hashrate|efficiency",
            description = "What the recommendation optimises (default: ${DEFAULT-VALUE}).")
    private BenchmarkPlan.Goal goal;

    @Option(names = "--settle", defaultValue = "90", paramLabel = "SECONDS", description = "Wait after each restart (default: ${DEFAULT-VALUE}).")
    private double settle;

    @Option(names = "--sample-every", defaultValue = "15", paramLabel = "SECONDS", description = "Between samples (default: ${DEFAULT-VALUE}).")
    private double sampleEvery;

    @Option(names = "--samples", defaultValue = "8", paramLabel = "N", description = "Samples per step (default: ${DEFAULT-VALUE}).")
    private int samples;

    @Option(names = "--max-asic-temp", paramLabel = "C",
            description = "Cut-off (default: control.max_asic_temp_c in the config, else 66).")
    private Double maxAsic;

    @Option(names = "--max-vr-temp", paramLabel = "C",
            description = "Cut-off (default: control.max_vr_temp_c in the config, else 86).")
    private Double maxVr;

    @Option(names = "--max-power", paramLabel = "W", description = "Cut-off (default: control.max_power_w in the "
            + "config, else 1.6 x the power at the original settings).")
    private Double maxPower;

    @Mixin
    private ClockCeilings ceilings;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MonitorConfig cfg = ConfigLoader.loadForReading(options.config);
        BenchmarkPlan plan = plan(cfg.controlLimits());
        List<MinerEndpoint> miners = Targets.resolve(cfg.miners(), options.addresses, options.all, options.match);
        miners.stream().filter(m -> m.kind() != MinerKind.BITAXE).findFirst().ifPresent(m -> {
            throw new UserException(m.address() + " speaks the CGMiner API, whose clock settings are read-only:"
                    + " benchmark runs on Bitaxes (AxeOS) only");
        });
        Path data = DataFiles.of(cfg.csvPath()).directory();
        MinerLanes lanes = ControlCommand.lanes(cfg, spec.commandLine().getErr());
        try (MinerClient client = MinerClients.create(cfg.clientSettings(), lanes);
             MinerControl control = MinerControls.create(cfg.clientSettings(), lanes)) {
            Journal journal = new Journal(data);
            Recovery.run(journal, cfg.miners(), new ControlActions(control, ControlCommand.audit(cfg), "recovery",
                    null), out);
            Map<MinerEndpoint, DeviceSettings> originals = originals(control, miners, plan, out);
            if (originals == null) {
                return ExitCode.BAD_USAGE;
            }
            if (options.dryRun) {
                out.println("dry run: nothing changed");
                return ExitCode.OK;
            }
            if (!options.yes && !ControlPrompt.confirm(out, "benchmark " + ControlCommand.count(miners.size())
                    + " (each restarts at every step)?")) {
                out.println("nothing changed");
                return ExitCode.RUNTIME_FAILURE;
            }
            Pause pause = Pause.realTime();
            StopSignals.onStop(pause::stop);
            return runAll(out, control, client, journal, pause, plan, originals, cfg, data);
        }
    }

    private int runAll(PrintWriter out, MinerControl control, MinerClient client, Journal journal, Pause pause,
            BenchmarkPlan plan, Map<MinerEndpoint, DeviceSettings> originals, MonitorConfig cfg, Path data) {
        String started = SESSION_TIME.format(java.time.Instant.now());
        List<CompletableFuture<Benchmark.Outcome>> running = new ArrayList<>();
        for (Map.Entry<MinerEndpoint, DeviceSettings> e : originals.entrySet()) {
            MinerEndpoint m = e.getKey();
            String session = "bench-" + started + "-" + m.address().replaceAll("[^A-Za-z0-9.-]", "_");
            Benchmark b = new Benchmark(client, new ControlActions(control, ControlCommand.audit(cfg), "benchmark",
                    session), journal, pause);
            running.add(CompletableFuture.supplyAsync(() -> b.run(session, m, e.getValue(), plan,
                    r -> progress(out, m, r)), r -> startThread(r, session)));
        }
        int code = ExitCode.OK;
        for (CompletableFuture<Benchmark.Outcome> f : running) {
            Benchmark.Outcome o;
            try {
                o = f.join();
            } catch (RuntimeException e) {
                out.println("benchmark failed before any change: " + BulkRun.reason(e));
                code = ExitCode.RUNTIME_FAILURE;
                continue;
            }
            try {
                out.println(ReportFiles.write(data, o));
                out.println("results: " + data.resolve(ReportFiles.DIR_NAME).resolve(o.session() + ".json"));
            } catch (IOException e) {
                out.println("cannot write the results of " + o.session() + ": " + e.getMessage());
                code = ExitCode.RUNTIME_FAILURE;
            }
            out.println(o.miner().address() + ": " + o.restoreDetail());
            if (o.error() != null || !o.restored()) {
                code = ExitCode.RUNTIME_FAILURE;
            }
        }
        out.flush();
        return code;
    }

    private static void startThread(Runnable r, String session) {
        Thread t = new Thread(r, session);
        t.start();
    }

    private static synchronized void progress(PrintWriter out, MinerEndpoint m, StepResult r) {
        out.printf(Locale.ROOT, "%s  %d MHz / %d mV: %.1f GH/s (expected %.1f), %.1f W, %.2f J/TH, ASIC %.1f C%s%n",
                m.address(), r.frequencyMhz(), r.coreVoltageMv(), r.hashrateGhs(), r.expectedGhs(), r.powerW(),
                r.joulesPerTh(), r.maxAsicC(), r.abortReason() != null ? " - cut off: " + r.abortReason()
                        : r.valid() ? " - valid" : " - below expected");
        out.flush();
    }

    /** Reads and checks every miner's settings; null (with the reasons printed) when any step would be refused. */
    private Map<MinerEndpoint, DeviceSettings> originals(MinerControl control, List<MinerEndpoint> miners,
            BenchmarkPlan plan, PrintWriter out) {
        Map<MinerEndpoint, DeviceSettings> originals = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (MinerEndpoint m : miners) {
            DeviceSettings s;
            try {
                s = control.read(m).join();
            } catch (RuntimeException e) {
                refused.add(m.address() + ": cannot read settings: " + BulkRun.reason(e));
                continue;
            }
            originals.put(m, s);
            List<Integer> fs = plan.search() ? List.of(s.frequencyMhz()) : plan.frequencies();
            List<Integer> vs = plan.search() ? List.of(s.coreVoltageMv()) : plan.voltages();
            for (int f : fs) {
                for (int v : vs) {
                    ChangeCheck.problems(SettingsChange.clock(f, v), s, plan.limits())
                            .forEach(p -> refused.add(m.address() + ": " + p));
                }
            }
            out.println(ControlCommand.name(m) + "  " + m.address() + "  original " + s.restoring().describe() + "; "
                    + (plan.search() ? "search from there" : "grid of " + fs.size() * vs.size() + " steps"));
        }
        if (refused.isEmpty()) {
            return originals;
        }
        refused.stream().distinct().forEach(p -> spec.commandLine().getErr().println("benchmark: refused: " + p));
        spec.commandLine().getErr().println("benchmark: nothing was changed");
        return null;
    }

    /** @param configured the config's {@code control:} limits, which the command line's cut-offs override */
    private BenchmarkPlan plan(SafetyLimits configured) {
        if (search == (!frequencies.isEmpty() || !voltages.isEmpty())) {
            throw new UserException(search ? "--search takes no --frequency/--core-voltage lists"
                    : "give --frequency and --core-voltage lists (grid) or --search");
        }
        if (!search && (frequencies.isEmpty() || voltages.isEmpty())) {
            throw new UserException("grid mode needs both --frequency and --core-voltage lists");
        }
        if (settle < 0 || sampleEvery <= 0 || samples < 1 || frequencyStep <= 0 || voltageStep <= 0) {
            throw new UserException("--settle must be >= 0, --sample-every > 0, --samples >= 1, steps > 0");
        }
        SafetyLimits limits = ceilings.limits(configured).withCutOffs(
                maxAsic != null ? maxAsic : configured.maxAsicTempC(), maxVr != null ? maxVr : configured.maxVrTempC(),
                maxPower != null ? maxPower : configured.maxPowerW());
        return new BenchmarkPlan(frequencies, voltages, search, frequencyStep, voltageStep, goal,
                Duration.ofMillis(Math.round(settle * 1000)), Duration.ofMillis(Math.round(sampleEvery * 1000)),
                samples, BenchmarkPlan.DEFAULT_MIN_SHARE, limits);
    }
}
