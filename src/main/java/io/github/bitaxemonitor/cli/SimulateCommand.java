package io.github.bitaxemonitor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run simulated Bitaxe miners on loopback for demos, tests and benchmarks.")
public final class SimulateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("simulate is not implemented yet", ExitCode.RUNTIME_FAILURE);
    }
}
