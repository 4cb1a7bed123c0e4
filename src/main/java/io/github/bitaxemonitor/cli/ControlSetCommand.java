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
import io.github.bitaxemonitor.miner.MinerControl;
import io.github.bitaxemonitor.miner.MinerControls;
import io.github.bitaxemonitor.miner.MinerLanes;
import io.github.bitaxemonitor.miner.SettingsChange;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.text.HostileText;
import java.io.PrintWriter;
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

@Command(name = "set", mixinStandardHelpOptions = true,
        description = "Change frequency, core voltage, fan or temperature target. Shows before -> after for every "
                + "miner and asks; values outside the device's options or the limits are refused before anything "
                + "is sent. Frequency and core voltage run after a restart, which follows unless --no-restart.")
final class ControlSetCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ControlOptions options;

    @Option(names = "--frequency", paramLabel = "MHz", description = "ASIC frequency.")
    private Integer frequency;

    @Option(names = "--core-voltage", paramLabel = "mV", description = "ASIC core voltage.")
    private Integer coreVoltage;

    @Option(names = "--fan", paramLabel = "PCT|auto", description = "Fixed fan duty in %, or auto.")
    private String fan;

    @Option(names = "--temp-target", paramLabel = "C", description = "Fan controller target, 35-66 C.")
    private Integer tempTarget;

    @Option(names = "--no-restart", description = "Save frequency/core voltage without restarting (they run at the "
            + "next restart).")
    private boolean noRestart;

    @Mixin
    private ClockCeilings ceilings;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SettingsChange change = change();
        MonitorConfig cfg = ConfigLoader.loadForReading(options.config);
        SafetyLimits limits = ceilings.limits(cfg.controlLimits());
        List<MinerEndpoint> miners = Targets.resolve(cfg.miners(), options.addresses, options.all, options.match);
        MinerLanes lanes = ControlCommand.lanes(cfg, spec.commandLine().getErr());
        try (MinerControl control = MinerControls.create(cfg.clientSettings(), lanes)) {
            Map<MinerEndpoint, CompletableFuture<DeviceSettings>> reads = new LinkedHashMap<>();
            miners.forEach(m -> reads.put(m, control.read(m)));
            Map<MinerEndpoint, DeviceSettings> before = new LinkedHashMap<>();
            List<BulkRun.Result> unreadable = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            out.println("set " + change.describe() + " on " + ControlCommand.count(miners.size())
                    + (change.needsRestart() ? noRestart ? " (runs after the next restart)" : " (then restart)" : "")
                    + ":");
            for (Map.Entry<MinerEndpoint, CompletableFuture<DeviceSettings>> e : reads.entrySet()) {
                MinerEndpoint m = e.getKey();
                DeviceSettings now;
                try {
                    now = e.getValue().join();
                } catch (RuntimeException ex) {
                    String why = BulkRun.reason(ex);
                    unreadable.add(new BulkRun.Result(m, false, "cannot read settings: " + why, 0));
                    out.println("  " + ControlCommand.label(miners, m) + "  cannot read settings: "
                            + HostileText.forTerminal(why, 200));
                    continue;
                }
                before.put(m, now);
                out.println("  " + ControlCommand.label(miners, m) + "  " + now.describeChange(change));
                for (String p : ChangeCheck.problems(change, now, limits)) {
                    refused.add(ControlCommand.name(m) + " (" + m.address() + "): " + p);
                }
            }
            if (!refused.isEmpty()) {
                refused.forEach(p -> spec.commandLine().getErr().println("control set: refused: " + p));
                spec.commandLine().getErr().println("control set: nothing was sent");
                return ExitCode.BAD_USAGE;
            }
            if (options.dryRun) {
                out.println("dry run: nothing sent");
                return unreadable.isEmpty() ? ExitCode.OK : ExitCode.RUNTIME_FAILURE;
            }
            if (before.isEmpty()) {
                return ControlCommand.summary(out, "set", unreadable, cfg);
            }
            if (!options.yes && !ControlPrompt.confirm(out, "change " + ControlCommand.count(before.size()) + "?")) {
                out.println("nothing sent");
                return ExitCode.RUNTIME_FAILURE;
            }
            ControlActions actions = new ControlActions(control, ControlCommand.audit(cfg), "cli", null);
            List<BulkRun.Result> results = new ArrayList<>(BulkRun.run(List.copyOf(before.keySet()),
                    m -> actions.apply(m, before.get(m), change, !noRestart, "set")));
            results.addAll(unreadable);
            return ControlCommand.summary(out, "set", results, cfg);
        }
    }

    private SettingsChange change() {
        SettingsChange.Fan f = null;
        if (fan != null) {
            String v = fan.strip().toLowerCase(Locale.ROOT);
            if (v.equals("auto")) {
                f = SettingsChange.Fan.AUTO;
            } else {
                try {
                    f = new SettingsChange.Fan(false, Integer.parseInt(v.endsWith("%") ? v.substring(0, v.length() - 1)
                            : v));
                } catch (IllegalArgumentException e) {
                    throw new UserException("--fan: '" + HostileText.forTerminal(fan, 40)
                            + "' is neither a percentage 0..100 nor 'auto'");
                }
            }
        }
        if (frequency != null && frequency <= 0 || coreVoltage != null && coreVoltage <= 0) {
            throw new UserException("--frequency and --core-voltage must be positive");
        }
        SettingsChange c = new SettingsChange(frequency, coreVoltage, f, tempTarget);
        if (c.isEmpty()) {
            throw new UserException("nothing to set: give --frequency, --core-voltage, --fan or --temp-target");
        }
        return c;
    }
}
