package io.github.bitaxemonitor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "viewer", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Show the metrics the monitor writes: live dashboard or plain-text summary.")
public final class ViewerCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("viewer is not implemented yet", ExitCode.RUNTIME_FAILURE);
    }
}
