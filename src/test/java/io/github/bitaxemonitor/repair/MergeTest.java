package io.github.bitaxemonitor.repair;

import static io.github.bitaxemonitor.repair.Fixture.header;
import static io.github.bitaxemonitor.repair.Fixture.lines;
import static io.github.bitaxemonitor.repair.Fixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private JsonNode merge(Path out, int runSize, Path... inputs) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        int code = Merger.run(out, List.of(inputs), new Merger.Options(runSize, null, false), Fixture.SCAN,
                new ReportOptions(true, true), new PrintStream(json, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return new ObjectMapper().readTree(json.toString(StandardCharsets.UTF_8));
    }

    private static List<String> rows(int from, int to) {
        return IntStream.range(from, to).mapToObj(Fixture::row).toList();
    }

    private static String[] withHeader(List<String> rows) {
        return Stream.concat(Stream.of(header()), rows.stream()).toArray(String[]::new);
    }

    @Test
    void overlappingFilesBecomeOneSortedFileWithoutDuplicates() throws IOException {
        Path a = write("a.csv", lines(withHeader(rows(0, 10))));
        Path b = write("b.csv", lines(withHeader(rows(5, 15))));
        byte[] aBefore = Files.readAllBytes(a);
        Path out = dir.resolve("all.csv");

        JsonNode report = merge(out, Merger.Options.DEFAULT_RUN_SIZE, b, a);

        assertThat(Files.readAllLines(out)).containsExactly(withHeader(rows(0, 15)));
        assertThat(report.get("duplicates").asLong()).isEqualTo(5);
        assertThat(Files.readAllBytes(a)).isEqualTo(aBefore);
    }

    @Test
    void filesOfTwoSchemaVersionsAreMappedByNameUnderTheCurrentHeader() throws IOException {
        Path old = write("old.csv", lines("address,timestamp_utc,status,hashrate_ghs",
                "127.0.0.9,2026-11-20T09:59:55Z,ONLINE,480.5"));
        Path current = write("new.csv", lines(header(), row(0)));
        Path out = dir.resolve("all.csv");

        merge(out, Merger.Options.DEFAULT_RUN_SIZE, current, old);

        String oldRow = Fixture.row(Sample.builder().timestamp(Fixture.T0.minusSeconds(5)).address("127.0.0.9")
                .status(Status.ONLINE).hashrateGhs(480.5));
        assertThat(Files.readAllLines(out)).containsExactly(header(), oldRow, row(0));
    }

    @Test
    void spillingToManySmallRunsGivesTheSameFileAsSortingInMemory() throws IOException {
        List<String> shuffled = new ArrayList<>(rows(0, 200));
        shuffled.addAll(rows(50, 120));
        Collections.shuffle(shuffled, new Random(7));
        Path a = write("a.csv", lines(withHeader(shuffled.subList(0, 150))));
        Path b = write("b.csv", lines(withHeader(shuffled.subList(150, shuffled.size()))));

        JsonNode inMemory = merge(dir.resolve("memory.csv"), 10_000, a, b);
        JsonNode spilled = merge(dir.resolve("spilled.csv"), 1, a, b);

        assertThat(inMemory.get("runs").asInt()).isZero();
        assertThat(spilled.get("runs").asInt()).as("more runs than one merge pass takes").isGreaterThan(
                ExternalSort.MAX_FAN_IN);
        assertThat(Files.readAllLines(dir.resolve("spilled.csv"))).containsExactly(withHeader(rows(0, 200)));
        assertThat(Files.readAllBytes(dir.resolve("spilled.csv"))).isEqualTo(
                Files.readAllBytes(dir.resolve("memory.csv")));
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no run files left behind")
                    .containsExactlyInAnyOrder("a.csv", "b.csv", "memory.csv", "spilled.csv");
        }
    }

    @Test
    void unrecoverableLinesOfTheInputsGoToTheQuarantine() throws IOException {
        Path a = write("a.csv", lines(header(), row(0), "torn,\"", row(1)));
        Path out = dir.resolve("all.csv");

        merge(out, 2, a);

        assertThat(Files.readAllLines(out)).containsExactly(header(), row(0), row(1));
        assertThat(Files.readString(Quarantine.beside(out))).contains("a.csv:3\tMALFORMED_CSV\ttorn,\"");
    }
}
