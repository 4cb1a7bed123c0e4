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
import java.util.List;
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
        description = {"Run simulated miners on loopback for demos, tests and benchmarks.",
                "Bitaxes answer /api/system/info like real firmware (2.0 to 2.15 and NerdQAxe); Antminer, BOSminer, "
                        + "Whatsminer and Avalon machines answer the CGMiner API (one JSON or 'cmd|param' command per "
                        + "connection, a NUL-terminated reply) with their firmware's fields and quirks. Values drift; "
                        + "faults are scripted. Runs until Ctrl-C.",
                "Every miner needs one file descriptor plus one per client connection: 10,000 miners need about "
                        + "20,000 (check 'ulimit -n')."},
        footerHeading = "%nMiner types (--mix):%n", footer = {
            "  bitaxe          ESP-Miner/AxeOS boards, firmware 2.0-2.15 and NerdQAxe",
            "                  rotating over the fleet (HTTP on its port)",
            "  antminer        Antminer S19 Pro stock: \"GHS 5s\" string, temp_pcbN and",
            "                  temp_chipN strings, chains 1-3, }{ in stats, no power",
            "  antminer-s9     Antminer S9 bmminer 2.0: chains 6-8, }{ and ,} in stats,",
            "                  \"GHS 5s\":, -nan, GBK bytes, combined commands rejected",
            "  bosminer        Braiins OS: MHS rates, fans, temps, devs, devdetails,",
            "                  version, tunerstatus; no temperatures in stats",
            "  whatsminer      btminer 2.0.5: summary with Power, get_version, status",
            "                  (btmineroff), get_error_code, devs/edevs, devdetails",
            "  whatsminer-old  btminer 2.0.x: \\' escapes, bare nan/inf, error_code list,",
            "                  no get_version/status, combined commands rejected",
            "  avalon          AvalonMiner 1566: \"MM ID0\" tokens, Fan1-4, WALLPOWER,",
            "                  SYSTEMSTATU, soft-off; one connection at a time",
            "  avalon-multi    AUC controller with 4 AvalonMiner 921: \"MM ID1\"..\"MM ID4\",",
            "                  Fan[..], PS[..]; replies start with ',', stats with [,{",
            "  avalon-nano     Avalon Nano3: estats and litestats \"MM ID0:Summary\"",
            "  Antminer and Avalon serve one connection at a time, like the devices.",
            "",
            "Faults (--faults fault[+fault][@type]:count,... or demo or none):",
            "  offline          nothing listens: connections are refused",
            "  slow             every reply waits 10-15 s",
            "  hot              a few degrees above the vendor's normal range, still",
            "                   hashing: Bitaxe ASIC 71-74 C; Antminer/BOSminer chip",
            "                   88-91 C, board 76-79; Whatsminer chip 103-106 C, board",
            "                   91-94; Avalon TMax 98-101; fans at full speed",
            "  overheat         stopped for heat, rate 0: Bitaxe overheat_mode 1 at 76-79",
            "                   C; CGMiner the hot temperatures + 7 C",
            "  fault            power fault, rate 0: Bitaxe power_fault text; Whatsminer",
            "                   error code 206; Avalon PS[5 ...] and ECMM[1]",
            "  no-hash          reachable and hashing nothing: every rate field 0",
            "  stalled          claims its hashrate while accepted shares stay frozen",
            "  reboots          restarts every 120 s: uptime (Elapsed) and session",
            "                   counters reset, rate 0 for 10 s",
            "  flaky-hostname   Bitaxe hostname sometimes missing, empty or Unknown",
            "  malformed        the reply is cut at 30-70 %% (CGMiner: no NUL)",
            "  refused          Bitaxe HTTP 401; CGMiner every command answers STATUS E,",
            "                   Code 45 \"Access denied to '<command>' command\"",
            "  weak-wifi        Bitaxe RSSI about -85 dBm, wifiStatus not \"Connected!\"",
            "  hostile          escapes, bidi, NUL, formula prefixes in host name, pool",
            "                   user, version (CGMiner: model, firmware, pool user)",
            "  huge             a valid 50 MB reply",
            "  paused           paused by its owner, rate 0: Bitaxe miningPaused true",
            "                   (runs the 2.15 shape); Avalon SoftOFF[1], \"In Idle\";",
            "                   Whatsminer status btmineroff \"true\"; Antminer, BOSminer",
            "                   and avalon-multi show rate 0 only",
            "  booting          restarts, then rate 0 for its first 240 s of uptime",
            "                   (AxeOS 2.14+ ramps actualFrequency from 50 MHz)",
            "  sensor-glitch    one temperature reads 4000 C, all else healthy: Bitaxe",
            "                   temp; first chain, board or module's hottest chip",
            "  summary-refused  CGMiner summary answers Code 45; stats and others answer",
            "  stats-refused    CGMiner stats, estats, litestats answer Code 45",
            "  bad-diff         Bitaxe bestDiff is the text 1e2147483647G",
            "  nerd-wifi        Bitaxe says \"WiFi Connected!\" (NerdQAxe's words)",
            "  Faults without meaning for a type (e.g. weak-wifi on an Antminer) do",
            "  nothing there. 'demo': one Bitaxe per classic fault over the first 12,",
            "  and where the fleet has room (--mix demo) a paused and a nerd-wifi",
            "  Bitaxe, a booting avalon and a sensor-glitch whatsminer-old."})
public final class SimulateCommand implements Callable<Integer> {
    /** Longer fleets are summarised in one line; the list is in the config file. */
    private static final int LIST_LIMIT = 50;
    /** Start of Linux's default ephemeral port range (net.ipv4.ip_local_port_range). */
    private static final int EPHEMERAL_PORTS_FROM = 32768;

    @Option(names = "--miners", paramLabel = "N",
            description = "Number of simulated Bitaxes, 1-" + FleetSpec.MAX_MINERS + " (default: 12, or the size of "
                    + "--mix or --addresses).")
    private Integer miners;

    @Option(names = "--mix", paramLabel = "TYPE:N,...",
            description = "Miner types and counts in fleet order, e.g. bitaxe:8,antminer:2,whatsminer:1,avalon:1, or "
                    + "'demo' (14 Bitaxes and one of antminer, bosminer, whatsminer, whatsminer-old, avalon-multi, "
                    + "avalon). Types are listed below.")
    private String mix;

    @Option(names = "--base-port", defaultValue = "0", paramLabel = "PORT",
            description = "Miner i listens on 127.0.0.1:PORT+i; 0 picks free ephemeral ports and prints them (default).")
    private int basePort;

    @Option(names = "--addresses", paramLabel = "RANGE",
            description = "Give every miner its own loopback address on one --port, as on a LAN: e.g. "
                    + "127.0.0.2-127.0.0.21, 127.0.0.0/24 (hosts .1-.254) or a comma list; only 127.0.0.0/8.")
    private String addresses;

    @Option(names = "--port", paramLabel = "PORT",
            description = "With --addresses: the port every miner listens on (default 0: ephemeral, per miner).")
    private Integer port;

    @Option(names = "--cgminer-port", paramLabel = "PORT",
            description = "With --addresses: the port of the CGMiner-API miners instead of --port (e.g. 4028).")
    private Integer cgminerPort;

    @Option(names = "--latency", defaultValue = "100-300", paramLabel = "MIN-MAX",
            description = "Reply delay range in ms (default: ${DEFAULT-VALUE}).")
    private String latency;

    @Option(names = "--faults", defaultValue = "demo", paramLabel = "demo|none|SPEC",
            description = "Misbehaving miners: 'demo', 'none', or e.g. hot:1,offline:2,paused@avalon:1 (groups "
                    + "without @type take miners from the first on; with @type the first miners of that type). "
                    + "Faults are listed below. Default: ${DEFAULT-VALUE}.")
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
        if (addresses == null && (port != null || cgminerPort != null)) {
            throw new UserException((port != null ? "--port" : "--cgminer-port") + " needs --addresses (without them "
                    + "every miner has its own port: --base-port)");
        }
        if (addresses != null && basePort != 0) {
            throw new UserException("--base-port gives every miner its own port; with --addresses use --port");
        }
        try {
            int[] range = FleetSpec.parseLatency(latency);
            FleetSpec.Builder b = FleetSpec.builder().latencyMs(range[0], range[1]).seed(seed).faults(faults)
                    .indexOffset(indexOffset);
            if (miners != null) {
                b.count(miners);
            }
            if (mix != null) {
                b.mix(mix);
            }
            if (addresses != null) {
                b.addresses(addresses).basePort(port == null ? 0 : port)
                        .cgminerPort(cgminerPort == null ? 0 : cgminerPort);
            } else {
                b.basePort(basePort);
            }
            return b.build();
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
        List<MinerEndpoint> eps = fleet.endpoints();
        int first = eps.get(0).port();
        int last = eps.get(fleet.size() - 1).port();
        String where;
        if (s.addresses().isEmpty()) {
            where = "127.0.0.1 (" + (s.basePort() != 0 ? "ports " + first + "-" + last : "ephemeral ports") + ")";
        } else {
            where = eps.get(0).host() + ".." + eps.get(fleet.size() - 1).host() + " (" + (s.basePort() != 0
                    ? "port " + s.basePort() + (s.cgminerPort() != 0 ? ", CGMiner port " + s.cgminerPort() : "")
                    : "ephemeral ports") + ")";
        }
        String until = durationSeconds == null ? "Ctrl-C to stop" : "stopping after " + durationSeconds + " s";
        String kinds = s.mix().bitaxeOnly() ? "" : ", mix " + s.mix().text();
        out.printf(Locale.ROOT, "simulating %d miners on %s, latency %d-%d ms, faults %s%s, seed %d; %s%n",
                fleet.size(), where, s.latencyMinMs(), s.latencyMaxMs(), s.faults().text(), kinds, s.seed(), until);
        if (fleet.size() <= LIST_LIMIT) {
            for (int i = 0; i < fleet.size(); i++) {
                MinerEndpoint e = eps.get(i);
                SimulatedMiner m = fleet.miner(i);
                String faultList = m.faults().stream().map(Fault::label).collect(Collectors.joining(","));
                String shape = m.shape() != null ? m.shape().label() : m.type().label();
                out.printf(Locale.ROOT, "  %-21s %-22s %-17s %-14s %s%n", e.address(), m.hostname(),
                        m.model(), shape, faultList.isEmpty() ? "healthy" : faultList);
            }
        } else if (writeConfig == null) {
            out.println("  (list omitted for more than " + LIST_LIMIT + " miners; --write-config FILE writes them all)");
        }
        if (s.addresses().isEmpty() && s.basePort() != 0 && last >= EPHEMERAL_PORTS_FROM) {
            out.println("note: ports from " + EPHEMERAL_PORTS_FROM + " up are lent to outgoing connections on Linux; "
                    + "if a port is taken next time, use a base port below " + EPHEMERAL_PORTS_FROM);
        }
        if (fleet.connectionBudget() < fleet.size()) {
            out.println("note: this process may hold only " + fleet.connectionBudget() + " client connections at once "
                    + "(ulimit -n); beyond that idle keep-alive connections are closed and new ones wait");
        }
    }
}
