package io.github.bitaxemonitor.view.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.github.bitaxemonitor.view.fleet.FleetBudget;
import io.github.bitaxemonitor.cli.Main;
import io.github.bitaxemonitor.testing.ConsoleCapture;
import io.github.bitaxemonitor.view.AnyRows;
import io.github.bitaxemonitor.view.FleetFeed;
import io.github.bitaxemonitor.view.data.DataSource;
import io.github.bitaxemonitor.view.fleet.Fleet;
import io.github.bitaxemonitor.view.fleet.FleetTotals;
import io.github.bitaxemonitor.view.format.MinerColumn;
import io.github.bitaxemonitor.view.summary.HealthCheck;
import io.github.bitaxemonitor.view.summary.ReportContext;
import io.github.bitaxemonitor.view.summary.SummaryJson;
import io.github.bitaxemonitor.view.summary.SummaryText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: no file of rows the schema allows makes a reader throw. Every view that reads the files - summary,
 * detailed, JSON, check (in process and through the command line) and the live dashboard's frames under keys and
 * resizes - is fed random files ({@link AnyRows}, fixed seeds so a failure replays), and what they report must
 * agree with itself.
 */
class AnyRowsNeverThrowTest {
    private static final Instant BASE = Instant.parse("2026-11-20T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    static Stream<Long> seeds() {
        return LongStream.range(0, 60).boxed();
    }

    private Path write(long seed, Random random) throws IOException {
        int miners = 1 + random.nextInt(random.nextBoolean() ? 4 : 60);
        int rows = random.nextInt(400);
        Path file = dir.resolve("metrics-2026-11-20.csv");
        // getBytes, not writeString: a lone surrogate becomes a replacement byte, as a broken writer would leave it
        Files.write(file, new AnyRows(seed, miners, BASE).file(rows).getBytes(StandardCharsets.UTF_8));
        return dir.resolve("metrics.csv");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void reportsNeverThrowAndAgreeWithThemselves(long seed) throws IOException {
        Random random = new Random(seed);
        Path data = write(seed, random);
        Duration window = new Duration[] {Duration.ofSeconds(90), Duration.ofHours(1), Duration.ofDays(7)}
                [random.nextInt(3)];
        FleetFeed feed = FleetFeed.open(DataSource.resolve(data), window, FleetBudget.history(FleetBudget.DEFAULT_HISTORY));
        Instant now = BASE.plusSeconds(random.nextInt(4000));
        ReportContext ctx = ReportContext.of(feed, now);

        String text = SummaryText.render(ctx, false, random.nextBoolean());
        String detailed = SummaryText.render(ctx, true, random.nextBoolean());
        JsonNode json = JSON.readTree(SummaryJson.render(ctx));
        String check = HealthCheck.render(ctx);

        FleetTotals t = ctx.totals();
        int n = feed.fleet().miners().size();
        assertThat(t.miners()).isEqualTo(n);
        assertThat(t.online()).isBetween(0, n);
        assertThat(t.byStatus().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(n);
        assertThat(json.path("miners")).hasSize(n);
        assertThat(json.path("healthy").asBoolean()).isEqualTo(check.startsWith("OK"));
        assertThat(text).contains(n + " total");
        assertThat(detailed.length()).isGreaterThanOrEqualTo(text.length());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theViewerCommandNeverFailsInternally(long seed) throws IOException {
        Random random = new Random(seed);
        Path data = write(seed, random);
        for (String[] args : new String[][] {{"--summary"}, {"--summary", "--detailed"}, {"--json"}, {"--check"}}) {
            console.reset();
            String[] line = Stream.concat(Stream.of("viewer", "--window", "30d", "--data", data.toString()),
                    Stream.of(args)).toArray(String[]::new);

            int code = Main.run(line);

            assertThat(console.err()).as("%s, seed %d", String.join(" ", args), seed)
                    .doesNotContain("internal error").doesNotContain("Exception");
            assertThat(code).isIn(0, 1);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void liveFramesNeverThrowWhateverTheKeys(long seed) throws IOException {
        Random random = new Random(seed);
        Path data = write(seed, random);
        ScreenHarness s = new ScreenHarness(data, 40 + random.nextInt(200), 8 + random.nextInt(60),
                random.nextBoolean(), random.nextBoolean(), BASE.plusSeconds(random.nextInt(4000)));

        for (int i = 0; i < MinerColumn.values().length + 1; i++) {
            s.type("s");
        }
        s.type("S").press(KeyType.End).press(KeyType.Enter).press(KeyType.PageUp).press(KeyType.ArrowDown)
                .type("/a").press(KeyType.Enter).press(KeyType.Home).press(KeyType.Escape).type("?")
                .press(new KeyStroke('x', false, false));
        s.resize(20 + random.nextInt(30), 3 + random.nextInt(10));
        s.tick(Duration.ofMinutes(random.nextInt(30)));
        s.press(KeyType.Enter).resize(160, 45);

        assertThat(s.text()).contains("bitaxe-monitor");
    }
}
