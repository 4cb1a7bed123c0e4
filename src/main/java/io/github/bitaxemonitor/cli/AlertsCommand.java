package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.alerts.Alert;
import io.github.bitaxemonitor.alerts.Notifier;
import io.github.bitaxemonitor.alerts.Notifiers;
import io.github.bitaxemonitor.config.ConfigLoader;
import io.github.bitaxemonitor.config.MonitorConfig;
import io.github.bitaxemonitor.exit.ExitCode;
import io.github.bitaxemonitor.exit.UserException;
import io.github.bitaxemonitor.model.Status.Severity;
import io.github.bitaxemonitor.text.HostileText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "alerts", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check the alerting configured under 'alerts:'.",
        subcommands = AlertsCommand.Test.class)
final class AlertsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new UserException("alerts: say what to do: 'alerts test' sends a test message through each notifier");
    }

    @Command(name = "test", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Send one test message through each configured notifier, once, and say what happened.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every notifier delivered", "1:at least one failed", "2:bad config or no notifiers"})
    static final class Test implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--config", paramLabel = "FILE", defaultValue = "config.yaml",
                description = "Config file (default: ${DEFAULT-VALUE}).")
        private Path config;

        @Override
        public Integer call() throws InterruptedException {
            MonitorConfig cfg = ConfigLoader.load(config);
            List<Notifier> notifiers = Notifiers.create(cfg.alerts().notifiers());
            if (notifiers.isEmpty()) {
                throw new UserException("alerts test: no notifiers configured under 'alerts: notifiers:' in "
                        + HostileText.forTerminal(config.toString(), 200));
            }
            PrintWriter out = spec.commandLine().getOut();
            Alert alert = new Alert(Instant.now(), "test", Alert.Type.TEST, Severity.INFO, "bitaxe-monitor", "",
                    "test message from 'monitor alerts test'");
            int failed = 0;
            for (Notifier n : notifiers) {
                String name = HostileText.forTerminal(n.name(), 40);
                try {
                    n.send(alert);
                    out.println(name + ": sent");
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    failed++;
                    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    out.println(name + ": failed: " + HostileText.forTerminal(why, 200));
                }
                out.flush();
            }
            return failed == 0 ? ExitCode.OK : ExitCode.RUNTIME_FAILURE;
        }
    }
}
