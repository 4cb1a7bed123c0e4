package io.github.bitaxemonitor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Start a simulated fleet, the monitor and the live viewer together (no hardware needed).")
public final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("demo is not implemented yet", ExitCode.RUNTIME_FAILURE);
    }
}
