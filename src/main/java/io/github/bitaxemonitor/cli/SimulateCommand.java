package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.exit.IoReason;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.sim.Fault;
import io.github.bitaxemonitor.sim.FleetConfigFile;
import io.github.bitaxemonitor.sim.FleetSpec;
import io.github.bitaxemonitor.sim.FleetStartException;
import io.github.bitaxemonitor.sim.SimulatedFleet;
import io.github.bitaxemonitor.sim.SimulatedMiner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run simulated Bitaxe miners on 127.0.0.1 for demos, tests and benchmarks.",
                "Each miner listens on its own port and answers /api/system/info like real firmware (2.0 to 2.15 and "
                        + "NerdQAxe), with drifting values and scripted faults. Runs until Ctrl-C.",
                "Every miner needs one file descriptor plus one per client connection: 10,000 miners need about "
                        + "20,000 (check 'ulimit -n')."})
public final class SimulateCommand implements Callable<Integer> {
    /** Longer fleets are summarised in one line; the list is in the config file. */
    private static final int LIST_LIMIT = 50;
    /** Start of Linux's default ephemeral port range (net.ipv4.ip_local_port_range). */
    private static final int EPHEMERAL_PORTS_FROM = 32768;

    @Option(names = "--miners", defaultValue = "12", paramLabel = "N",
            description = "Number of simulated miners, 1-" + FleetSpec.MAX_MINERS + " (default: ${DEFAULT-VALUE}).")
    private int miners;

    @Option(names = "--base-port", defaultValue = "0", paramLabel = "PORT",
            description = "Miner i listens on PORT+i; 0 picks free ephemeral ports and prints them (default).")
    private int basePort;

    @Option(names = "--latency", defaultValue = "100-300", paramLabel = "MIN-MAX",
            description = "Reply delay range in ms (default: ${DEFAULT-VALUE}).")
    private String latency;

    @Option(names = "--faults", defaultValue = "demo", paramLabel = "demo|none|SPEC",
            description = "Misbehaving miners: 'demo' (one of each problem over 12 miners), 'none', or e.g. "
                    + "hot:1,offline:2,hostile+flaky-hostname:1 (taken from miner 1 on). Faults: offline, slow, hot, "
                    + "overheat, fault, no-hash, stalled, reboots, flaky-hostname, malformed, refused, weak-wifi, "
                    + "hostile, huge. Default: ${DEFAULT-VALUE}.")
    private String faults;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S",
            description = "Seed for boards, firmware versions and drifting values (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--index-offset", defaultValue = "0", paramLabel = "N",
            description = "Number the miners from N+1, to split one big fleet over several processes (each may open "
                    + "only 'ulimit -n' files), e.g. --miners 5000 --index-offset 5000 --base-port 25000.")
    private int indexOffset;

    @Option(names = "--write-config", paramLabel = "FILE",
            description = "Also write a monitor config.yaml for this fleet (never overwrites an existing file).")
    private Path writeConfig;

    @Option(names = "--duration", paramLabel = "SECONDS",
            description = "Stop after this many seconds (default: run until Ctrl-C).")
    private Long durationSeconds;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        FleetSpec fleetSpec = fleetSpec();
        if (writeConfig != null && Files.exists(writeConfig)) {
            throw new UserException("--write-config: " + writeConfig + " already exists; remove it or choose another "
                    + "file");
        }
        if (durationSeconds != null && durationSeconds < 0) {
            throw new UserException("--duration must be 0 or more seconds, got " + durationSeconds);
        }
        SimulatedFleet fleet;
        try {
            fleet = SimulatedFleet.start(fleetSpec);
        } catch (FleetStartException e) {
            throw new UserException(e.getMessage(), ExitCode.RUNTIME_FAILURE);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            fleet.close();
            stopped.countDown();
        }, "simulate-shutdown");
        try {
            PrintWriter out = spec.commandLine().getOut();
            printFleet(out, fleet);
            if (writeConfig != null) {
                writeConfig(fleet);
                out.println("wrote " + writeConfig + ": run 'tools/monitor --config " + writeConfig + "'");
            }
            out.flush();
            Runtime.getRuntime().addShutdownHook(hook);
            StopSignals.onStop(stopped::countDown); // Ctrl-C / SIGTERM: the finally below closes the fleet, exit 0
            if (durationSeconds != null) {
                stopped.await(durationSeconds, TimeUnit.SECONDS);
            } else {
                stopped.await();
            }
        } finally {
            fleet.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // Ctrl-C: the hook is running and closes the fleet itself
            }
        }
        return ExitCode.OK;
    }

    private FleetSpec fleetSpec() {
        try {
            int[] range = FleetSpec.parseLatency(latency);
            return FleetSpec.builder().count(miners).basePort(basePort).latencyMs(range[0], range[1]).seed(seed)
                    .faults(faults).indexOffset(indexOffset).build();
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    private void writeConfig(SimulatedFleet fleet) {
        try {
            FleetConfigFile.write(writeConfig, fleet.endpoints());
        } catch (FileAlreadyExistsException e) {
            if (!writeConfig.equals(Path.of(e.getFile()))) {
                throw new UserException("--write-config: cannot write " + writeConfig + ": its directory cannot be"
                        + " created: " + IoReason.of(e));
            }
            throw new UserException("--write-config: " + writeConfig + " already exists; remove it or choose another "
                    + "file");
        } catch (IOException e) {
            throw new UserException("--write-config: cannot write " + writeConfig + ": " + IoReason.of(e));
        }
    }

    private void printFleet(PrintWriter out, SimulatedFleet fleet) {
        FleetSpec s = fleet.spec();
        int first = fleet.endpoints().get(0).port();
        int last = fleet.endpoints().get(fleet.size() - 1).port();
        String ports = s.basePort() != 0 ? "ports " + first + "-" + last : "ephemeral ports";
        String until = durationSeconds == null ? "Ctrl-C to stop" : "stopping after " + durationSeconds + " s";
        out.printf(Locale.ROOT, "simulating %d miners on 127.0.0.1 (%s), latency %d-%d ms, faults %s, seed %d; %s%n",
                fleet.size(), ports, s.latencyMinMs(), s.latencyMaxMs(), s.faults().text(), s.seed(), until);
        if (fleet.size() <= LIST_LIMIT) {
            for (int i = 0; i < fleet.size(); i++) {
                MinerEndpoint e = fleet.endpoints().get(i);
                SimulatedMiner m = fleet.miner(i);
                String faultList = m.faults().stream().map(Fault::label).collect(Collectors.joining(","));
                out.printf(Locale.ROOT, "  %-16s %-20s %-11s %-9s %s%n", e.address(), m.hostname(),
                        m.board().model(), m.shape().label(), faultList.isEmpty() ? "healthy" : faultList);
            }
        } else if (writeConfig == null) {
            out.println("  (list omitted for more than " + LIST_LIMIT + " miners; --write-config FILE writes them all)");
        }
        if (s.basePort() != 0 && last >= EPHEMERAL_PORTS_FROM) {
            out.println("note: ports from " + EPHEMERAL_PORTS_FROM + " up are lent to outgoing connections on Linux; "
                    + "if a port is taken next time, use a base port below " + EPHEMERAL_PORTS_FROM);
        }
        if (fleet.connectionBudget() < fleet.size()) {
            out.println("note: this process may hold only " + fleet.connectionBudget() + " client connections at once "
                    + "(ulimit -n); beyond that idle keep-alive connections are closed and new ones wait");
        }
    }
}
