package io.github.bitaxemonitor.view.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Frames composed on a canvas and painted on a virtual terminal, line by line. */
class FramePainterTest {
    private final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(12, 3));
    private final AtomicInteger writes = new AtomicInteger();
    private final FramePainter painter = new FramePainter(ScreenHarness.counting(terminal, writes));
    private final TerminalSize size = new TerminalSize(12, 3);

    private String line(int y) {
        StringBuilder sb = new StringBuilder();
        for (int x = 0; x < 12; x++) {
            sb.append(terminal.getCharacter(x, y).getCharacterString());
        }
        return sb.toString();
    }

    /** The virtual terminal, also noting every string written to it. */
    private Terminal recordingStrings(List<String> sent) {
        return (Terminal) Proxy.newProxyInstance(Terminal.class.getClassLoader(), new Class<?>[] {Terminal.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("putString")) {
                        sent.add((String) args[0]);
                    }
                    return method.invoke(terminal, args);
                });
    }

    private static void blank(Canvas c) {
        c.setForegroundColor(TextColor.ANSI.DEFAULT);
        c.setBackgroundColor(TextColor.ANSI.DEFAULT);
        c.clearModifiers();
        c.fill(' ');
    }

    @Test
    void theFirstFrameIsPaintedWholeWithItsStylesAndAnEqualFrameSendsNothing() throws IOException {
        int lines = painter.paint(size, c -> {
            blank(c);
            c.putString(0, 0, "hello");
            c.setForegroundColor(TextColor.ANSI.RED_BRIGHT);
            c.enableModifiers(SGR.BOLD);
            c.putString(6, 1, "HOT");
        });

        assertThat(lines).isEqualTo(3);
        assertThat(line(0)).isEqualTo("hello       ");
        assertThat(line(1)).isEqualTo("      HOT   ");
        assertThat(terminal.getCharacter(6, 1).getForegroundColor()).isEqualTo(TextColor.ANSI.RED_BRIGHT);
        assertThat(terminal.getCharacter(6, 1).getModifiers()).containsExactly(SGR.BOLD);
        assertThat(terminal.getCharacter(5, 1).getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);

        int before = writes.get();
        int again = painter.paint(size, c -> {
            blank(c);
            c.putString(0, 0, "hello");
            c.setForegroundColor(TextColor.ANSI.RED_BRIGHT);
            c.enableModifiers(SGR.BOLD);
            c.putString(6, 1, "HOT");
        });
        assertThat(again).isZero();
        assertThat(writes.get()).isEqualTo(before);
    }

    @Test
    void aChangedEmojiIsSentWholeNeverHalfASurrogatePair() throws IOException {
        List<String> sent = new ArrayList<>();
        FramePainter emojiPainter = new FramePainter(recordingStrings(sent));
        emojiPainter.paint(size, c -> {
            blank(c);
            c.putString(0, 0, "x\uD83D\uDE00y");
        });
        sent.clear();
        emojiPainter.paint(size, c -> {
            blank(c);
            c.putString(0, 0, "x\uD83D\uDE01y");
        });

        assertThat(String.join("", sent)).contains("\uD83D\uDE01");
        for (String text : sent) {
            assertThat(text.codePoints().filter(cp -> Character.getType(cp) == Character.SURROGATE))
                    .as("a lone surrogate in %s", text).isEmpty();
        }
    }

    @Test
    void onlyTheLinesThatDifferAreSent() throws IOException {
        painter.paint(size, c -> {
            blank(c);
            c.putString(0, 0, "one");
            c.putString(0, 2, "three");
        });

        int lines = painter.paint(size, c -> {
            blank(c);
            c.putString(0, 0, "one");
            c.putString(0, 2, "THREE");
        });

        assertThat(lines).isEqualTo(1);
        assertThat(line(2)).startsWith("THREE");
        assertThat(line(0)).startsWith("one");
    }

    @Test
    void withinALineOnlyTheSpanFromTheFirstToTheLastChangedColumnIsSent() throws IOException {
        List<String> sent = new ArrayList<>();
        FramePainter p = new FramePainter(recordingStrings(sent));
        p.paint(size, c -> {
            blank(c);
            c.putString(0, 1, "age 59s ok");
        });
        sent.clear();

        p.paint(size, c -> {
            blank(c);
            c.putString(0, 1, "age 1m ok");
        });

        assertThat(String.join("", sent)).isEqualTo("1m ok ");
        assertThat(line(1)).isEqualTo("age 1m ok   ");
    }

    @Test
    void aStyleChangeAloneIsADifference() throws IOException {
        painter.paint(size, c -> {
            blank(c);
            c.putString(0, 0, "x");
        });

        int lines = painter.paint(size, c -> {
            blank(c);
            c.enableModifiers(SGR.REVERSE);
            c.putString(0, 0, "x");
        });

        assertThat(lines).isEqualTo(1);
        assertThat(terminal.getCharacter(0, 0).getModifiers()).contains(SGR.REVERSE);
    }

    @Test
    void wideCharactersTakeTwoColumnsAndAreCutWholeAtTheEdge() throws IOException {
        Canvas[] drawn = new Canvas[1];
        painter.paint(size, c -> {
            blank(c);
            c.putString(0, 0, "\u77FF\u673Aab"); // two CJK characters, then two narrow ones
            c.putString(10, 1, "x\u77FF");       // the wide one does not fit in the last column
            c.putString(0, 2, "\u77FF\u673A");
            c.putString(1, 2, "z");               // overwrites the right half of the first
            drawn[0] = c;
        });

        Canvas c = drawn[0];
        assertThat(new char[] {c.charAt(0, 0), c.charAt(1, 0), c.charAt(2, 0), c.charAt(3, 0), c.charAt(4, 0)})
                .containsExactly('\u77FF', Canvas.RIGHT_HALF, '\u673A', Canvas.RIGHT_HALF, 'a');
        assertThat(new char[] {c.charAt(10, 1), c.charAt(11, 1)}).containsExactly('x', ' ');
        assertThat(new char[] {c.charAt(0, 2), c.charAt(1, 2), c.charAt(2, 2)}).containsExactly(' ', 'z', '\u673A');
        assertThat(terminal.getCharacter(2, 0).getCharacterString()).isEqualTo("\u673A");
        assertThat(terminal.getCharacter(4, 0).getCharacterString()).isEqualTo("a");
        assertThat(terminal.getCharacter(2, 2).getCharacterString()).isEqualTo("\u673A");
    }
}
