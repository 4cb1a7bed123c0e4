package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.config.ConfigEdit;
import io.github.bitaxemonitor.config.ConfigFile;
import io.github.bitaxemonitor.config.ExampleConfig;
import io.github.bitaxemonitor.discover.Discovery;
import io.github.bitaxemonitor.discover.Found;
import io.github.bitaxemonitor.exit.ExitCode;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.text.HostileText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Add a miner to the config file, keeping every comment and other line as it is.",
                "Without --type the address is asked what it is (AxeOS on 80, the CGMiner API on 4028)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:added", "2:bad address or alias, already listed, or the config cannot be edited"})
public final class AddCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ADDRESS", description = "host or host:port, e.g. 192.168.1.45 or 192.168.1.60:4028")
    private String address;

    @Option(names = "--alias", paramLabel = "NAME", description = "Name shown instead of the hostname.")
    private String alias;

    @Option(names = "--type", paramLabel = "TYPE", description = "bitaxe or cgminer (default: detected).")
    private MinerKind type;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "2",
            description = "For the detection (default: ${DEFAULT-VALUE}).")
    private double timeout;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "config.yaml",
            description = "Config file (default: ${DEFAULT-VALUE}; created from the example when missing).")
    private Path config;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MinerEndpoint asked = ConfigEdit.entry(address, alias, type);
        String text = ConfigFile.readOrEmpty(config);
        String before = text.isEmpty() ? ExampleConfig.text() : text;
        ConfigEdit.of(before).requireNew(asked);
        MinerEndpoint entry = asked;
        String comment = null;
        String said;
        if (type == null) {
            boolean portGiven = address.strip().matches(".*:[0-9]+$") && !address.strip().endsWith("]");
            List<Integer> ports = portGiven ? List.of(asked.port()) : Discovery.DEFAULT_PORTS;
            Optional<Found> found = Discovery.identifyOne(asked.host(), ports,
                    Duration.ofMillis(Math.round(Math.max(0.1, timeout) * 1000)));
            if (found.isPresent()) {
                Found f = found.get();
                entry = new MinerEndpoint(f.host(), f.port(), alias, f.kind());
                comment = f.vendor() + (f.model() == null ? "" : " " + f.model());
                said = "found " + HostileText.forTerminal(comment) + " (" + f.evidence() + ")";
            } else {
                said = "nothing answered as a miner at " + asked.host() + " now; added as a Bitaxe (AxeOS HTTP);"
                        + " give --type cgminer for a CGMiner-API miner";
            }
        } else {
            said = "type " + type.name().toLowerCase(java.util.Locale.ROOT) + " as given";
        }
        String after = ConfigEdit.of(before).add(List.of(entry), comment == null ? List.of() : List.of(comment));
        ConfigFile.replace(config, text, after);
        out.println("added " + entry.address() + (alias == null ? "" : " as '" + HostileText.forTerminal(alias) + "'")
                + " to " + HostileText.forTerminal(config.toString(), 200) + ": " + said);
        return ExitCode.OK;
    }
}
