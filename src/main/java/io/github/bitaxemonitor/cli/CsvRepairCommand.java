package io.github.bitaxemonitor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "csv-repair", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Analyze, repair, summarise and merge metrics CSV files.")
public final class CsvRepairCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("csv-repair is not implemented yet", ExitCode.RUNTIME_FAILURE);
    }
}
