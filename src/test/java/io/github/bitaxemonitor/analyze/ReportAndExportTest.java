package io.github.bitaxemonitor.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.cli.Main;
import io.github.bitaxemonitor.store.CsvSchema;
import io.github.bitaxemonitor.store.SampleCsv;
import io.github.bitaxemonitor.testing.ConsoleCapture;
import io.github.bitaxemonitor.testing.Samples;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Reports and exports of a hand-made file whose miner names are hostile. */
class ReportAndExportTest {
    private static final String ALIAS = "<script>alert(1)</script> | *bold* [x](http://e.test) =1+2";
    private static final String HOST = "evil\u202Ehost\u001B[31m\"quoted\", comma";
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    @TempDir
    static Path dir;
    static Path data;

    /** Four hours of a miner at two configurations, written raw (not through the store's sanitiser). */
    @BeforeAll
    static void write() throws Exception {
        data = dir.resolve("data");
        Files.createDirectories(data);
        StringBuilder sb = new StringBuilder(CsvSchema.headerLine()).append('\n');
        Instant t0 = Instant.parse("2026-11-19T00:00:00Z");
        for (int i = 0; i < 240; i++) {
            boolean second = i >= 120;
            SampleCsv.appendRow(Samples.gamma("127.0.0.1:4028", t0.plusSeconds(60L * i)).alias(ALIAS).hostname(HOST)
                    .frequencyMhz(second ? 575.0 : 525.0).hashrateGhs((second ? 1190.0 : 1090.0) + i % 7)
                    .uptimeS(second ? (i - 120) * 60L : 3600 + i * 60L).build(), sb);
        }
        Files.writeString(data.resolve("metrics-2026-11-19.csv"), sb);
    }

    @Test
    void theMarkdownReportEscapesEveryHostileName() {
        assertThat(Main.run("analyze", "report", "--data", data.toString(), "--since", "2026-11-18")).isZero();
        String md = console.out();
        assertThat(md).contains("## &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\| \\*bold\\* \\[x\\]\\(http://e.test\\)")
                .doesNotContain("<script>").doesNotContain("\u202E").doesNotContain("\u001B")
                .contains("### Recommendations").contains("525MHz@1150mV");
    }

    @Test
    void theHtmlReportIsSelfContainedWithFourChartsAndNoLiveMarkupFromTheFiles() throws Exception {
        Path html = dir.resolve("r.html");
        assertThat(Main.run("analyze", "report", "--data", data.toString(), "--since", "2026-11-18", "--format", "html",
                "-o", html.toString())).isZero();
        String page = Files.readString(html);
        assertThat(page.split("<svg ", -1)).hasSize(5);
        assertThat(page).doesNotContain("<script").doesNotContain("\u202E").doesNotContain("\u001B")
                .contains("&lt;script&gt;").contains("default-src 'none'").doesNotContain("src=\"http")
                .doesNotContain("href=");
        assertThat(Main.run("analyze", "report", "--data", data.toString(), "--format", "html", "-o", html.toString()))
                .isEqualTo(2);
        assertThat(console.err()).contains("exists (use --force");
    }

    @Test
    void headlessChromiumRendersTheHtmlReport() throws Exception {
        String chromium = List.of("chromium", "chromium-browser", "google-chrome").stream()
                .filter(c -> List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
                        .anyMatch(d -> Files.isExecutable(Path.of(d, c)))).findFirst().orElse(null);
        assumeTrue(chromium != null, "no Chromium on PATH (apt-get install chromium): report not rendered");
        Path html = dir.resolve("render.html");
        Path png = dir.resolve("render.png");
        assertThat(Main.run("analyze", "report", "--data", data.toString(), "--since", "2026-11-18", "--format", "html",
                "-o", html.toString())).isZero();
        Path profile = Files.createTempDirectory(dir, "chromium");
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--screenshot=" + png, "--window-size=1400,2000",
                html.toUri().toString()).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile())
                .start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(png).exists();
        // A blank page compresses to a few kB; tables and four charts do not.
        assertThat(Files.size(png)).isGreaterThan(40_000);
    }

    @Test
    void exportWritesTheColumnsAskedForWithTextSanitisedForSpreadsheets() throws Exception {
        assertThat(Main.run("analyze", "export", "--data", data.toString(), "--columns",
                "timestamp_utc,alias,hostname,hashrate_ghs,clock_config", "--since", "2026-11-19T01:59:00Z")).isZero();
        List<String> lines = console.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("timestamp_utc,alias,hostname,hashrate_ghs,clock_config");
        assertThat(lines).hasSize(1 + 121);
        List<String> cells = SampleCsv.parseLine(lines.get(1));
        assertThat(cells.get(1)).isEqualTo("<script>alert(1)</script> | *bold* [x](http://e.test) =1+2");
        assertThat(cells.get(2)).doesNotContain("\u202E").doesNotContain("\u001B");
        assertThat(cells.get(4)).isEqualTo("525MHz@1150mV");
        assertThat(lines.get(2)).contains("575MHz@1150mV");
    }

    @Test
    void exportAsJsonLinesAndAsOneArray() throws Exception {
        assertThat(Main.run("analyze", "export", "--data", data.toString(), "--format", "jsonl", "--columns",
                "timestamp_utc,hashrate_ghs,overheat_mode,status")).isZero();
        List<String> lines = console.out().lines().toList();
        assertThat(lines).hasSize(240);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("hashrate_ghs").asDouble()).isEqualTo(1090.0);
        assertThat(first.get("overheat_mode").isBoolean()).isTrue();
        console.reset();
        assertThat(Main.run("analyze", "export", "--data", data.toString(), "--format", "json")).isZero();
        JsonNode all = new ObjectMapper().readTree(console.out());
        assertThat(all).hasSize(240);
        assertThat(all.get(0).get("alias").asText()).isEqualTo(ALIAS);
        assertThat(Main.run("analyze", "export", "--data", data.toString(), "--columns", "nope")).isEqualTo(2);
        assertThat(console.err()).contains("no column 'nope'");
    }
}
