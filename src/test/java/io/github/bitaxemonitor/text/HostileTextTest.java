package io.github.bitaxemonitor.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostileTextTest {
    @Test
    void ansiSequencesAndControlsAreRemoved() {
        assertThat(HostileText.sanitize("\u001B[31mred\u001B[0m\u0000\u0007name\u001B]0;title\u0007"))
                .isEqualTo("redname");
    }

    @Test
    void bidiAndC1AreRemoved() {
        assertThat(HostileText.sanitize("abc\u202Edcb\u0085\u009B")).isEqualTo("abcdcb");
    }

    @Test
    void lineBreaksAndTabsBecomeSpaces() {
        assertThat(HostileText.sanitize("a\nb\r\nc\td")).isEqualTo("a b  c d");
    }

    @Test
    void formulaPrefixesAreNeutralised() {
        assertThat(HostileText.sanitize("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(HostileText.sanitize("+1")).isEqualTo("'+1");
        assertThat(HostileText.sanitize("-cmd")).isEqualTo("'-cmd");
        assertThat(HostileText.sanitize("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(HostileText.sanitize("  =x")).isEqualTo("'=x");
    }

    @Test
    void sanitizeIsIdempotent() {
        String once = HostileText.sanitize("=\u001B[2Jboom\n");
        assertThat(HostileText.sanitize(once)).isEqualTo(once);
    }

    @Test
    void blankBecomesNullAndLongTextIsCapped() {
        assertThat(HostileText.sanitize(" \u0000 ")).isNull();
        assertThat(HostileText.sanitize("x".repeat(10_000))).hasSize(HostileText.MAX_STORED_LENGTH);
    }

    @Test
    void ordinaryUnicodeIsKept() {
        assertThat(HostileText.sanitize("Bitaxe Küche 🔥")).isEqualTo("Bitaxe Küche 🔥");
    }

    @Test
    void terminalFormShowsEscapesVisibly() {
        assertThat(HostileText.forTerminal("a\u001B[2Jb\u0000\u202E")).isEqualTo("a\\x1B[2Jb\\x00\\u202E");
        assertThat(HostileText.forTerminal(null)).isEmpty();
        assertThat(HostileText.forTerminal("plain")).isEqualTo("plain");
    }
}
