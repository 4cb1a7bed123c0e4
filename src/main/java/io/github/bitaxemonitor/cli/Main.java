package io.github.bitaxemonitor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the single jar; the launchers in tools/ pick the subcommand. */
@Command(name = "bitaxe-monitor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Terminal monitor for home Bitcoin miners.",
        subcommands = {MonitorCommand.class, ViewerCommand.class, CsvRepairCommand.class, SimulateCommand.class,
                DemoCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns the exit code (tests call this instead of main). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handleExecutionException);
        cl.setParameterExceptionHandler(Main::handleParameterException);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    private static int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        String name = cl.getCommandName();
        if (e instanceof UserException u) {
            cl.getErr().println(name + ": " + u.getMessage());
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
