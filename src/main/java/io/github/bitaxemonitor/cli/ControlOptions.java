package io.github.bitaxemonitor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every {@code control} subcommand takes: which miners, from which config, and how sure the owner is. */
final class ControlOptions {
    @Option(names = "--config", paramLabel = "FILE", defaultValue = "config.yaml",
            description = "Config file listing the miners (default: ${DEFAULT-VALUE}).")
    Path config;

    @Parameters(paramLabel = "ADDRESS", arity = "0..*",
            description = "Configured miners by host:port, host or alias.")
    List<String> addresses = new ArrayList<>();

    @Option(names = "--all", description = "Every configured miner.")
    boolean all;

    @Option(names = "--match", paramLabel = "TEXT", description = "Configured miners whose address or alias contains TEXT.")
    String match;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation (for scripts).")
    boolean yes;

    @Option(names = "--dry-run", description = "Show what would be done and send nothing.")
    boolean dryRun;
}
