package io.github.bitaxemonitor.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/CSV-FORMAT.md is the contract for every reader: its column table must be the field registry, in order. */
class CsvFormatDocTest {
    private static final Pattern ROW = Pattern.compile("^\\| *(\\d+) *\\| *`([a-z0-9_]+)`", Pattern.MULTILINE);

    @Test
    void theColumnTableNamesEveryFieldInRegistryOrder() throws IOException {
        String doc = Files.readString(Path.of("docs", "CSV-FORMAT.md"));
        Matcher m = ROW.matcher(doc);
        List<Field<?>> fields = Fields.all();
        int n = 0;
        while (m.find()) {
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(n + 1);
            assertThat(m.group(2)).as("column %d", n + 1).isEqualTo(fields.get(n).name());
            n++;
        }
        assertThat(n).isEqualTo(fields.size());
    }

    @Test
    void theStatusCellListsEveryStatusInPrecedenceOrder() throws IOException {
        String doc = Files.readString(Path.of("docs", "CSV-FORMAT.md"));
        String line = doc.lines().filter(l -> l.contains("`status`")).findFirst().orElseThrow();
        int at = 0;
        for (Status s : Status.values()) {
            int i = line.indexOf("`" + s.name() + "`", at);
            assertThat(i).as(s.name()).isGreaterThan(at);
            at = i;
        }
    }
}
