package io.github.bitaxemonitor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "monitor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Poll every configured miner and append validated rows to the metrics CSV files.")
public final class MonitorCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("monitor is not implemented yet", ExitCode.RUNTIME_FAILURE);
    }
}
