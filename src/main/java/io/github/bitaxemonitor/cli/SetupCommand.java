package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.discover.Discovery;
import io.github.bitaxemonitor.exit.ExitCode;
import io.github.bitaxemonitor.exit.UserException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "setup", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Create or edit config.yaml by answering questions: scan for miners, pick them, give aliases, "
                + "set the poll interval, data and backups. Needs a terminal; elsewhere use --init or add."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written (or nothing to change)", "1:cancelled (Ctrl-D, Ctrl-C): nothing written",
                "2:no terminal, or the config cannot be edited"})
public final class SetupCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "config.yaml",
            description = "Config file to create or edit (default: ${DEFAULT-VALUE}).")
    private Path config;

    @Option(names = "--port", paramLabel = "P", split = ",",
            description = "Ports the scan tries (default: 80 and 4028).")
    private List<Integer> ports;

    @Override
    public Integer call() throws IOException {
        if (System.console() == null) {
            throw new UserException("setup asks questions and needs a terminal: use 'monitor --init' for the "
                    + "commented example, or 'monitor add ADDRESS' / 'monitor discover RANGE --add'");
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            return run(terminal, config, ports == null ? Discovery.DEFAULT_PORTS : ports);
        }
    }

    /** The wizard on any terminal (tests give it one on piped streams). */
    static int run(Terminal terminal, Path config, List<Integer> ports) {
        try {
            new SetupWizard(terminal, config, ports).run();
            return ExitCode.OK;
        } catch (SetupWizard.Cancelled e) {
            terminal.writer().println();
            terminal.writer().println(e.getMessage());
            terminal.writer().flush();
            return ExitCode.RUNTIME_FAILURE;
        }
    }
}
