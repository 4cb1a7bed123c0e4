package io.github.bitaxemonitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigEditTest {
    @TempDir
    Path dir;

    private MonitorConfig load(String text) {
        return ConfigLoader.parse(text, dir.resolve("config.yaml"));
    }

    private static MinerEndpoint bitaxe(String host) {
        return new MinerEndpoint(host, 80, null, MinerKind.BITAXE);
    }

    @Test
    void addingToTheExampleKeepsEveryLineAndItsExamplesAsComments() {
        String example = ExampleConfig.text();
        String after = ConfigEdit.of(example).add(List.of(bitaxe("127.0.0.5"),
                new MinerEndpoint("127.0.0.6", 4028, "rig \"one\"", MinerKind.CGMINER)),
                List.of("bitaxe Gamma", "antminer S19\n# injected: yes"));
        List<String> before = example.lines().toList();
        List<String> lines = after.lines().toList();
        assertThat(lines).containsSubsequence(before);
        assertThat(lines.size() - before.size()).isEqualTo(4);
        assertThat(after).contains("  - 127.0.0.5   # bitaxe Gamma\n", "  - address: 127.0.0.6   # antminer S19 ?"
                + " injected: yes\n    alias: \"rig \\\"one\\\"\"\n    type: cgminer\n");
        assertThat(after.indexOf("127.0.0.5")).isGreaterThan(after.indexOf("#    alias: gamma-02"));
        assertThat(load(after).miners()).extracting(MinerEndpoint::address, MinerEndpoint::alias)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("127.0.0.5:80", null),
                        org.assertj.core.groups.Tuple.tuple("127.0.0.6:4028", "rig \"one\""));
    }

    @Test
    void newEntriesFollowTheLastOneWithItsIndentation() {
        String text = "# mine\nminers:\n    - 127.0.0.2   # first\n    - address: 127.0.0.3\n      alias: b\n"
                + "    # trailing note\n\npoll_interval: 30\n";
        String after = ConfigEdit.of(text).add(List.of(bitaxe("127.0.0.4")), List.of());
        assertThat(after).isEqualTo("# mine\nminers:\n    - 127.0.0.2   # first\n    - address: 127.0.0.3\n"
                + "      alias: b\n    - 127.0.0.4\n    # trailing note\n\npoll_interval: 30\n");
        assertThat(load(after).miners()).hasSize(3);
    }

    @Test
    void aConfigWithoutMinersGetsTheKeyAndAnEmptyFlowListIsOpened() {
        assertThat(ConfigEdit.of("poll_interval: 30\n").add(List.of(bitaxe("127.0.0.4")), List.of()))
                .isEqualTo("poll_interval: 30\n\nminers:\n  - 127.0.0.4\n");
        String flow = ConfigEdit.of("miners: []\n").add(List.of(bitaxe("127.0.0.4")), List.of());
        assertThat(flow).isEqualTo("miners:\n  - 127.0.0.4\n");
    }

    @Test
    void windowsLineEndsStay() {
        String after = ConfigEdit.of("miners:\r\n  - 127.0.0.2\r\n").add(List.of(bitaxe("127.0.0.3")), List.of());
        assertThat(after).isEqualTo("miners:\r\n  - 127.0.0.2\r\n  - 127.0.0.3\r\n");
    }

    @Test
    void duplicatesAreRefusedNamingTheLine() {
        ConfigEdit e = ConfigEdit.of("miners:\n  - 127.0.0.2\n  - address: 127.0.0.3:4028\n    alias: rig\n"
                + "    type: cgminer\n");
        assertThatThrownBy(() -> e.add(List.of(bitaxe("127.0.0.2")), List.of()))
                .hasMessage("127.0.0.2:80 is already in the config (line 2)");
        assertThatThrownBy(() -> e.add(List.of(new MinerEndpoint("127.0.0.9", 80, "rig", MinerKind.BITAXE)),
                List.of())).hasMessage("alias 'rig' is already in the config (line 3)");
    }

    @Test
    void removingTakesOnlyThatEntrysLinesAndItsPositionalAlias() {
        String text = "miners:\n  - 127.0.0.2\n  # the rig:\n  - address: 127.0.0.3:4028\n    type: cgminer\n"
                + "  - 127.0.0.4\n# end of miners\n\naliases:\n  - one\n  - \"\"\n  - three\n";
        String after = ConfigEdit.of(text).remove("127.0.0.3:4028");
        assertThat(after).isEqualTo("miners:\n  - 127.0.0.2\n  # the rig:\n  - 127.0.0.4\n# end of miners\n\n"
                + "aliases:\n  - one\n  - three\n");
        assertThat(load(after).miners()).extracting(MinerEndpoint::alias).containsExactly("one", "three");
        assertThat(ConfigEdit.of(text).remove("three")).doesNotContain("127.0.0.4", "three");
        assertThat(ConfigEdit.of(text).remove("127.0.0.2")).startsWith("miners:\n  # the rig:\n");
    }

    @Test
    void removingSomethingNotListedIsRefused() {
        assertThatThrownBy(() -> ConfigEdit.of("miners:\n  - 127.0.0.2\n").remove("127.0.0.9"))
                .hasMessageContaining("no miner '127.0.0.9'");
    }

    @Test
    void aFlowListWithEntriesOrBrokenYamlIsRefusedInOneLine() {
        assertThatThrownBy(() -> ConfigEdit.of("miners: [127.0.0.2, 127.0.0.3]\n"))
                .hasMessageContaining("line 1").hasMessageContaining("one '- address' per line");
        assertThatThrownBy(() -> ConfigEdit.of("miners:\n  - [\n")).hasMessageContaining("not valid YAML");
    }

    @Test
    void entriesAreCheckedAsTheLoaderChecksThem() {
        assertThat(ConfigEdit.entry("127.0.0.5:4028", "a", MinerKind.CGMINER).address()).isEqualTo("127.0.0.5:4028");
        assertThat(ConfigEdit.entry("127.0.0.5", null, MinerKind.CGMINER).port()).isEqualTo(4028);
        assertThatThrownBy(() -> ConfigEdit.entry("http://127.0.0.5/", null, null))
                .hasMessageContaining("bad miner address").hasMessageContaining("without http://");
        assertThatThrownBy(() -> ConfigEdit.entry("127.0.0.5", "a\u001b[31m", null)).hasMessageContaining("bad alias");
    }
}
