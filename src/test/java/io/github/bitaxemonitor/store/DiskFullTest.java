package io.github.bitaxemonitor.store;

import static io.github.bitaxemonitor.store.StoreFixture.daily;
import static io.github.bitaxemonitor.store.StoreFixture.readValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.testing.Samples;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk and an unwritable directory: a clear error, no partial row, and writing resumes when space returns. */
class DiskFullTest {
    private static final Instant T = Instant.parse("2026-11-20T10:15:30Z");

    @TempDir
    Path tmp;

    /**
     * Opens real files whose writes stop after {@code budget} bytes with the kernel's ENOSPC message, as a full disk
     * does: the bytes before the limit are really written, so a missing undo would leave a partial row.
     */
    private static final class FullDisk implements AppendFile.Opener {
        long budget = Long.MAX_VALUE;
        boolean truncateFails;
        boolean openFails;

        @Override
        public AppendFile open(Path file) throws IOException {
            if (openFails) {
                throw new AccessDeniedException(file.toString());
            }
            AppendFile real = AppendFile.open(file);
            return new AppendFile() {
                @Override
                public long size() throws IOException {
                    return real.size();
                }

                @Override
                public void write(ByteBuffer src, long position) throws IOException {
                    if (src.remaining() <= budget) {
                        budget -= src.remaining();
                        real.write(src, position);
                        return;
                    }
                    ByteBuffer part = src.slice().limit((int) budget);
                    real.write(part, position);
                    budget = 0;
                    throw new IOException("No space left on device");
                }

                @Override
                public void force() throws IOException {
                    real.force();
                }

                @Override
                public void truncate(long size) throws IOException {
                    if (truncateFails) {
                        throw new IOException("Input/output error");
                    }
                    real.truncate(size);
                }

                @Override
                public void close() throws IOException {
                    real.close();
                }
            };
        }
    }

    private final FullDisk disk = new FullDisk();
    private final List<String> log = new ArrayList<>();

    private CsvMetricsStore open(StoreSettings s) throws IOException {
        return CsvMetricsStore.open(s, StoreFixture.steppingClock(), log::add, disk, Runnable::run);
    }

    private static List<Sample> cycle(int n) {
        return List.of(Samples.gamma("127.0.0.1:8080", T.plusSeconds(n)).sharesAccepted((long) n).build(),
                Samples.gamma("127.0.0.1:8081", T.plusSeconds(n)).sharesAccepted((long) n).build());
    }

    private Path file(StoreSettings s) {
        return DataFiles.of(s.csvPath()).file(LocalDate.parse("2026-11-20"), 0);
    }

    @Test
    void diskFullLeavesNoPartialRowAndWritingResumesWhenSpaceReturns() throws IOException {
        StoreSettings s = daily(tmp);
        try (CsvMetricsStore store = open(s)) {
            store.appendCycle(cycle(1));
            String before = Files.readString(file(s));
            disk.budget = 100;

            assertThatThrownBy(() -> store.appendCycle(cycle(2)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("could not append 2 rows to " + file(s))
                    .hasMessageContaining("No space left on device")
                    .hasMessageContaining("nothing partial was kept")
                    .hasMessageContaining("the next cycle tries again");
            assertThat(Files.readString(file(s))).isEqualTo(before);

            assertThatThrownBy(() -> store.appendCycle(cycle(3))).hasMessageContaining("No space left on device");
            assertThat(Files.readString(file(s))).isEqualTo(before);

            disk.budget = Long.MAX_VALUE;
            store.appendCycle(cycle(4));
        }
        assertThat(readValid(file(s))).extracting(Sample::sharesAccepted).containsExactly(1L, 1L, 4L, 4L);
    }

    @Test
    void diskFullOnANewFileLeavesNoHalfHeader() throws IOException {
        StoreSettings s = daily(tmp);
        try (CsvMetricsStore store = open(s)) {
            disk.budget = 10;
            assertThatThrownBy(() -> store.appendCycle(cycle(1))).hasMessageContaining("No space left on device");
            assertThat(Files.size(file(s))).isZero();

            disk.budget = Long.MAX_VALUE;
            store.appendCycle(cycle(2));
        }
        assertThat(readValid(file(s))).extracting(Sample::sharesAccepted).containsExactly(2L, 2L);
    }

    @Test
    void aPartialRowThatCouldNotBeCutIsRepairedBeforeTheNextWrite() throws IOException {
        StoreSettings s = daily(tmp);
        try (CsvMetricsStore store = open(s)) {
            store.appendCycle(cycle(1));
            disk.budget = 100;
            disk.truncateFails = true;

            assertThatThrownBy(() -> store.appendCycle(cycle(2)))
                    .hasMessageContaining("No space left on device")
                    .hasMessageContaining("a partial row may remain and is cut before the next write");
            assertThat(Files.readString(file(s))).doesNotEndWith("\n");

            disk.budget = Long.MAX_VALUE;
            disk.truncateFails = false;
            store.appendCycle(cycle(3));
        }
        assertThat(log).anySatisfy(l -> assertThat(l).contains("dropped the partial row of 100 bytes"));
        assertThat(readValid(file(s))).extracting(Sample::sharesAccepted).containsExactly(1L, 1L, 3L, 3L);
    }

    @Test
    void unwritableDirectoryGivesAClearErrorAndWritingResumesLater() throws IOException {
        StoreSettings s = daily(tmp);
        try (CsvMetricsStore store = open(s)) {
            disk.openFails = true;
            assertThatThrownBy(() -> store.appendCycle(cycle(1)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("cannot open " + file(s) + " for appending")
                    .hasMessageContaining("permission denied")
                    .hasMessageContaining("the next cycle tries again");

            disk.openFails = false;
            store.appendCycle(cycle(2));
        }
        assertThat(readValid(file(s))).extracting(Sample::sharesAccepted).containsExactly(2L, 2L);
    }
}
