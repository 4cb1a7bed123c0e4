package io.github.bitaxemonitor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One suite, run against every way bytes can arrive (Okio style): all at once, one byte at a time, random pieces. */
class LineSplitterTest {

    enum Feeder {
        WHOLE {
            @Override
            void feed(LineSplitter s, byte[] b) {
                s.feed(b, 0, b.length);
            }
        },
        ONE_BYTE_AT_A_TIME {
            @Override
            void feed(LineSplitter s, byte[] b) {
                for (int i = 0; i < b.length; i++) {
                    s.feed(b, i, 1);
                }
            }
        },
        RANDOM_PIECES {
            @Override
            void feed(LineSplitter s, byte[] b) {
                Random r = new Random(7);
                for (int i = 0; i < b.length; ) {
                    int n = Math.min(b.length - i, r.nextInt(5));
                    s.feed(b, i, n);
                    i += n;
                }
            }
        };

        abstract void feed(LineSplitter s, byte[] b);
    }

    private final List<RawLine> lines = new ArrayList<>();

    private LineSplitter splitter(int maxLine) {
        return new LineSplitter(lines::add, maxLine, 0);
    }

    @ParameterizedTest
    @EnumSource(Feeder.class)
    void completeLinesAreEmittedWithOffsetsAndNumbers(Feeder feeder) {
        LineSplitter s = splitter(1000);
        feeder.feed(s, bytes("a,b\nccc\n\nd\n"));

        assertThat(lines).extracting(RawLine::text).containsExactly("a,b", "ccc", "", "d");
        assertThat(lines).extracting(RawLine::offset).containsExactly(0L, 4L, 8L, 9L);
        assertThat(lines).extracting(RawLine::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(lines).allMatch(RawLine::terminated);
        assertThat(s.committedOffset()).isEqualTo(11);
    }

    @ParameterizedTest
    @EnumSource(Feeder.class)
    void partialLineWaitsUntilCompleted(Feeder feeder) {
        LineSplitter s = splitter(1000);
        feeder.feed(s, bytes("row1\nro"));

        assertThat(lines).extracting(RawLine::text).containsExactly("row1");
        assertThat(s.pendingBytes()).isEqualTo(2);
        assertThat(s.committedOffset()).isEqualTo(5);

        feeder.feed(s, bytes("w2\n"));
        assertThat(lines).extracting(RawLine::text).containsExactly("row1", "row2");
    }

    @ParameterizedTest
    @EnumSource(Feeder.class)
    void finishReportsTornTail(Feeder feeder) {
        LineSplitter s = splitter(1000);
        feeder.feed(s, bytes("ok\ntor"));
        s.finish();

        assertThat(lines).hasSize(2);
        RawLine torn = lines.get(1);
        assertThat(torn.terminated()).isFalse();
        assertThat(torn.text()).isEqualTo("tor");
        assertThat(torn.offset()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Feeder.class)
    void crlfIsStrippedAndFlagged(Feeder feeder) {
        LineSplitter s = splitter(1000);
        feeder.feed(s, bytes("a\r\nb\n"));

        assertThat(lines).extracting(RawLine::text).containsExactly("a", "b");
        assertThat(lines).extracting(RawLine::crlf).containsExactly(true, false);
        assertThat(lines.get(0).length()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Feeder.class)
    void overlongLineIsTruncatedAndTheNextLineSurvives(Feeder feeder) {
        LineSplitter s = splitter(4);
        feeder.feed(s, bytes("abcdefgh\nok\n"));

        assertThat(lines).extracting(RawLine::text).containsExactly("abcd", "ok");
        assertThat(lines).extracting(RawLine::truncated).containsExactly(true, false);
        assertThat(lines.get(1).offset()).isEqualTo(9);
    }

    @ParameterizedTest
    @EnumSource(Feeder.class)
    void damageIsVisibleInTheBytes(Feeder feeder) {
        LineSplitter s = splitter(1000);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', '\n', 'x', 0, 'y', '\n', 'b', (byte) 0xC3, '\n'};
        feeder.feed(s, bom);

        assertThat(lines.get(0).startsWithBom()).isTrue();
        assertThat(lines.get(1).hasNul()).isTrue();
        assertThat(lines.get(1).validUtf8()).isTrue();
        assertThat(lines.get(2).validUtf8()).isFalse();
        assertThat(lines.get(2).text()).isEqualTo("b\uFFFD");
    }

    @ParameterizedTest
    @EnumSource(Feeder.class)
    void resumingMidStreamKeepsAbsoluteOffsets(Feeder feeder) {
        LineSplitter s = new LineSplitter(lines::add, 1000, 100);
        feeder.feed(s, bytes("x\ny\n"));

        assertThat(lines).extracting(RawLine::offset).containsExactly(100L, 102L);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
