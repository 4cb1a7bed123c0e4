package io.github.bitaxemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.testing.ConsoleCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MainTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void rootHelpListsEverySubcommand() {
        assertThat(Main.run("--help")).isZero();
        assertThat(console.out()).contains("monitor", "viewer", "csv-repair", "analyze", "simulate", "demo");
    }

    @Test
    void noArgumentsPrintsTheRootUsageWithEverySubcommand() {
        assertThat(Main.run(new String[0])).isZero();
        assertThat(console.out()).contains("Commands:", "csv-repair", "demo");
    }

    @Test
    void aNamedSubcommandGetsOnlyItselfInTheTree() {
        assertThat(Main.commandLine("viewer", "--summary").getSubcommands()).containsOnlyKeys("viewer");
        assertThat(Main.commandLine("--version").getSubcommands())
                .containsOnlyKeys("monitor", "viewer", "csv-repair", "analyze", "simulate", "demo");
    }

    @Test
    void aSubcommandsOwnHelpStillWorks() {
        assertThat(Main.run("csv-repair", "--help")).isZero();
        assertThat(console.out()).contains("analyze", "repair", "stats", "merge");
    }

    @Test
    void anUnknownSubcommandIsABadUsageWithOneLineAndAHint() {
        assertThat(Main.run("viewr")).isEqualTo(ExitCode.BAD_USAGE);
        assertThat(console.err()).contains("Unmatched argument at index 0: 'viewr'", "--help")
                .doesNotContain("Exception");
    }
}
