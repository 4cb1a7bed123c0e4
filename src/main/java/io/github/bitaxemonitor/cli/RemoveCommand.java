package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.config.ConfigEdit;
import io.github.bitaxemonitor.config.ConfigFile;
import io.github.bitaxemonitor.exit.ExitCode;
import io.github.bitaxemonitor.exit.UserException;
import io.github.bitaxemonitor.text.HostileText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "remove", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Remove a miner from the config file (its lines only; its data stays in the CSV files).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:removed", "2:no such miner, or the config cannot be edited"})
public final class RemoveCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ADDRESS|ALIAS", description = "host, host:port or alias of the miner")
    private String which;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "config.yaml",
            description = "Config file (default: ${DEFAULT-VALUE}).")
    private Path config;

    @Override
    public Integer call() {
        String shown = HostileText.forTerminal(config.toString(), 200);
        if (!Files.exists(config)) {
            throw new UserException("config file " + shown + " not found");
        }
        String text = ConfigFile.readOrEmpty(config);
        ConfigEdit edit = ConfigEdit.of(text);
        ConfigEdit.Listed gone = edit.find(which);
        String after = edit.remove(which);
        ConfigFile.replace(config, text, after);
        boolean empty = ConfigEdit.of(after).listed().isEmpty();
        spec.commandLine().getOut().println("removed " + gone.endpoint().address() + " (line " + gone.firstLine()
                + ") from " + shown + (empty ? "; no miners are left: the monitor needs at least one to start" : ""));
        return ExitCode.OK;
    }
}
