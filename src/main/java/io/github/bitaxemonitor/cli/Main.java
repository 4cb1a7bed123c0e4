package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.exit.ExitCode;
import io.github.bitaxemonitor.exit.UserException;
import io.github.bitaxemonitor.text.HostileText;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** Entry point of the single jar; the launchers in tools/ pick the subcommand. */
@Command(name = "bitaxe-monitor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Terminal monitor for home Bitcoin miners.")
public final class Main implements Runnable {
    /** Longest message line shown whole; a longer one keeps its start and end. */
    private static final int MAX_MESSAGE_LINE = 1000;
    /** In the order the root's help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(MonitorCommand.class, ViewerCommand.class,
            CsvRepairCommand.class, SimulateCommand.class, DemoCommand.class);

    public static void main(String[] args) {
        StopSignals.ownProcess();
        System.exit(run(args));
    }

    /** Runs a command line and returns the exit code (tests call this instead of main). */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /**
     * The command tree for these arguments. Picocli reads every option annotation of every subcommand it is given,
     * which cost a one-shot viewer a sixth of its start-up CPU, so a command line that names a subcommand gets only
     * that one; anything else (help, version, a typo) gets them all, for the listing and the error message.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new Main());
        Class<?> named = args.length == 0 ? null : SUBCOMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(args[0])).findFirst().orElse(null);
        for (Class<?> sub : named == null ? SUBCOMMANDS : List.of(named)) {
            cl.addSubcommand(sub);
        }
        cl.setExecutionExceptionHandler(Main::handleExecutionException);
        cl.setParameterExceptionHandler(Main::handleParameterException);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // The built tree, not the annotations: subcommands are added in code.
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        String name = cl.getCommandName();
        if (e instanceof UserException u) {
            // Messages carry paths and values from the user and from files: shown safe, and a huge one cut.
            String message = u.getMessage() == null ? "failed" : u.getMessage();
            cl.getErr().println(name + ": " + message.lines().map(l -> HostileText.forTerminal(l, MAX_MESSAGE_LINE))
                    .collect(Collectors.joining(System.lineSeparator())));
            return u.exitCode();
        }
        cl.getErr().println(name + ": internal error: " + e);
        e.printStackTrace(cl.getErr());
        return ExitCode.RUNTIME_FAILURE;
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println(cl.getCommandName() + ": " + e.getMessage());
        cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.BAD_USAGE;
    }
}
