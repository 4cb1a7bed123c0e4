package io.github.bitaxemonitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitaxemonitor.cli.Main;
import io.github.bitaxemonitor.testing.ConsoleCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** metrics_listen and its token: loopback by default, anything else only with a secret kept out of the config. */
class ServeConfigTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private MonitorConfig parse(String yaml) {
        return ConfigLoader.parse("miners: [127.0.0.1:4028]\ncsv_path: " + dir.resolve("data/metrics.csv") + "\n"
                + "backup_dir: " + dir.resolve("backups") + "\n" + yaml, dir.resolve("config.yaml"));
    }

    private Path tokenFile(String perms) throws IOException {
        Path f = dir.resolve("token");
        Files.writeString(f, "s3cret-token-0123456789\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
        return f;
    }

    @Test
    void noListenerUnlessAsked() {
        assertThat(parse("").serve()).isNull();
    }

    @Test
    void aLoopbackListenerNeedsNoToken() {
        MonitorConfig c = parse("metrics_listen: 127.0.0.1:9105\n");
        assertThat(c.serve().host()).isEqualTo("127.0.0.1");
        assertThat(c.serve().port()).isEqualTo(9105);
        assertThat(c.serve().token()).isNull();
        assertThat(parse("metrics_listen: '[::1]:9200'\n").serve().host()).isEqualTo("::1");
    }

    @Test
    void anyOtherAddressIsRefusedWithoutAToken() {
        assertThatThrownBy(() -> parse("metrics_listen: 0.0.0.0:9105\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("config.yaml:4:17: metrics_listen: 0.0.0.0:9105 is not a loopback address")
                .hasMessageContaining("metrics_token_env or metrics_token_file");
    }

    @Test
    void aTokenFileReadableByOthersIsRefusedAndAPrivateOneIsUsed() throws IOException {
        Path f = tokenFile("rw-r--r--");
        assertThatThrownBy(() -> parse("metrics_listen: 0.0.0.0:9105\nmetrics_token_file: " + f + "\n"))
                .hasMessageContaining("metrics_token_file: " + f + " is readable by others (mode rw-r--r--): chmod 600");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        MonitorConfig c = parse("metrics_listen: 0.0.0.0:9105\nmetrics_token_file: " + f + "\n");
        assertThat(c.serve().token().source()).isEqualTo("file " + f);
        assertThat(c.serve().toString()).doesNotContain("s3cret");
    }

    @Test
    void aMissingEnvironmentVariableIsNamedNotGuessed() {
        assertThatThrownBy(() -> parse("metrics_listen: 127.0.0.1:9105\nmetrics_token_env: BITAXE_NO_SUCH_VAR_42\n"))
                .hasMessageContaining("metrics_token_env: environment variable BITAXE_NO_SUCH_VAR_42 is not set");
    }

    @Test
    void bothTokenSourcesAtOnceAreRefused() throws IOException {
        Path f = tokenFile("rw-------");
        assertThatThrownBy(() -> parse("metrics_token_env: X\nmetrics_token_file: " + f + "\n"))
                .hasMessageContaining("metrics_token_env and metrics_token_file are both set: keep one");
    }

    @Test
    void aMalformedAddressSaysWhatIsExpected() {
        assertThatThrownBy(() -> parse("metrics_listen: 9105\n"))
                .hasMessageContaining("metrics_listen: '9105' is not host:port (for example 127.0.0.1:9105");
        assertThatThrownBy(() -> parse("metrics_listen: 127.0.0.1:70000\n"))
                .hasMessageContaining("port 70000 is out of range");
    }

    @Test
    void theViewerReadsAConfigWhoseTokenItCannotSee() throws IOException {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, "miners: [127.0.0.1:4028]\nmetrics_listen: 0.0.0.0:9105\n"
                + "metrics_token_env: BITAXE_NO_SUCH_VAR_42\n");
        assertThat(ConfigLoader.loadForReading(file).serve()).isNull();
    }

    @Test
    void theCommandLineListenerIsCheckedLikeTheConfigs() throws IOException {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, "miners: [127.0.0.1:1]\ncsv_path: " + dir.resolve("data/metrics.csv") + "\n"
                + "backup_dir: " + dir.resolve("backups") + "\n");
        int code = Main.run("monitor", "--once", "--config", file.toString(), "--metrics-listen", "0.0.0.0:9105");
        assertThat(code).isEqualTo(2);
        assertThat(console.err()).startsWith("monitor: --metrics-listen: 0.0.0.0:9105 is not a loopback address")
                .doesNotContain("Exception");
    }
}
