package io.github.bitaxemonitor.view.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The detail pane's audit lines: the file may be edited or damaged, so nothing in it reaches the terminal raw. */
class AuditLineTest {
    @Test
    void anEntryShowsWhenWhatResultSourceAndTheSettingsThatChanged() {
        String line = "{\"time\":\"2026-12-05T12:59:33Z\",\"source\":\"viewer\",\"action\":\"set\","
                + "\"before\":{\"frequency_mhz\":485,\"core_voltage_mv\":1200},"
                + "\"after\":{\"frequency_mhz\":510,\"core_voltage_mv\":1200},\"result\":\"ok\",\"detail\":\"done\"}";
        assertThat(AuditLine.text(line)).endsWith("set ok (viewer) frequency_mhz 485->510 - done")
                .doesNotContain("core_voltage_mv");
    }

    @Test
    void escapesAndBidiInAnEntryAreShownEscaped() {
        String line = "{\"time\":\"x\",\"source\":\"cli\",\"action\":\"restart\",\"result\":\"failed\","
                + "\"detail\":\"\\u001b[31mred\\u202Eevil\"}";
        assertThat(AuditLine.text(line)).startsWith("? restart failed (cli)").doesNotContain("\u001b", "\u202E")
                .contains("red").contains("evil");
    }

    @Test
    void aLineThatIsNotAnEntrySaysSoEscaped() {
        assertThat(AuditLine.text("garbage\u001b[2J")).startsWith("(not an audit entry: garbage")
                .doesNotContain("\u001b");
        assertThat(AuditLine.text("[1,2]")).startsWith("(not an audit entry");
    }
}
