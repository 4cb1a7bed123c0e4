package io.github.bitaxemonitor.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes a CGMiner-API reply as bytes, the way the C (and Rust) firmware prints it, including the broken forms real
 * devices send: bare {@code nan}, empty values, glued objects, stray commas, {@code \'} escapes and bytes that are
 * not UTF-8. A JSON library cannot write those, hence this small writer. Separators are tracked per nesting level:
 * a member or element gets a comma before it unless it is the first of its container.
 *
 * <p>Numbers use fixed decimals as cgminer's {@code "%.2f"} does, formatted without {@link String#format} (a reply
 * has dozens of them).
 */
final class CgWriter {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final long[] POW10 = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private byte[] buf = new byte[2048];
    private int len;
    /** firstAt[depth] is true while the container at that depth has no member yet. */
    private boolean[] firstAt = new boolean[16];
    private int depth;

    CgWriter() {
        firstAt[0] = true;
    }

    // ---- containers

    CgWriter beginObject() {
        separator();
        return open('{');
    }

    /** An object right after the previous one with no comma between: Antminer's {@code }{}. */
    CgWriter beginObjectGlued() {
        firstAt[depth] = false;
        return open('{');
    }

    CgWriter beginObject(String name) {
        key(name);
        return open('{');
    }

    CgWriter endObject() {
        depth--;
        return ascii('}');
    }

    CgWriter beginArray(String name) {
        key(name);
        return open('[');
    }

    CgWriter endArray() {
        depth--;
        return ascii(']');
    }

    private CgWriter open(char c) {
        ascii(c);
        depth++;
        if (depth == firstAt.length) {
            firstAt = Arrays.copyOf(firstAt, depth * 2);
        }
        firstAt[depth] = true;
        return this;
    }

    // ---- members

    CgWriter str(String name, String value) {
        key(name);
        return quoted(value);
    }

    /** {@code "name":123} */
    CgWriter num(String name, long value) {
        key(name);
        return integer(value);
    }

    /** {@code "name":12.34} with {@code decimals} fixed decimals (0..8), as C's {@code "%.Nf"} prints it. */
    CgWriter num(String name, double value, int decimals) {
        key(name);
        return fixed(value, decimals);
    }

    CgWriter bool(String name, boolean value) {
        key(name);
        return ascii(value ? "true" : "false");
    }

    /** {@code "name":} followed by the value exactly as given: {@code nan}, {@code -nan}, nothing at all, ... */
    CgWriter rawValue(String name, String value) {
        key(name);
        return ascii(value);
    }

    /** A string member whose quoted value is exactly these bytes (invalid UTF-8, unusual escapes). */
    CgWriter rawString(String name, byte[] content) {
        key(name);
        ascii('"');
        append(content);
        return ascii('"');
    }

    /** An element of the current array: a quoted string. */
    CgWriter element(String value) {
        separator();
        return quoted(value);
    }

    /** Text written as it is, with no separator (stray commas, a leading comma). ASCII only. */
    CgWriter raw(String ascii) {
        return ascii(ascii);
    }

    // ---- output

    byte[] toBytes() {
        return Arrays.copyOf(buf, len);
    }

    int length() {
        return len;
    }

    // ---- internals

    private void key(String name) {
        separator();
        quoted(name);
        ascii(':');
    }

    private void separator() {
        if (!firstAt[depth]) {
            ascii(',');
        }
        firstAt[depth] = false;
    }

    private CgWriter quoted(String s) {
        ascii('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                ascii('\\').ascii(c);
            } else if (c == '\n') {
                ascii("\\n");
            } else if (c == '\r') {
                ascii("\\r");
            } else if (c == '\t') {
                ascii("\\t");
            } else if (c < 0x20) {
                ascii("\\u00").ascii((char) HEX[c >> 4]).ascii((char) HEX[c & 0xF]);
            } else if (c < 0x80) {
                ascii(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
                append(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return ascii('"');
    }

    private CgWriter integer(long v) {
        return ascii(Long.toString(v));
    }

    private CgWriter fixed(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return ascii(Double.toString(value));
        }
        long scale = POW10[decimals];
        if (Math.abs(value) * scale >= 9e18) {
            return ascii(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString());
        }
        long scaled = Math.round(Math.abs(value) * scale);
        if (value < 0 && scaled != 0) {
            ascii('-');
        }
        integer(scaled / scale);
        if (decimals > 0) {
            ascii('.');
            String frac = Long.toString(scaled % scale);
            for (int k = frac.length(); k < decimals; k++) {
                ascii('0');
            }
            ascii(frac);
        }
        return this;
    }

    private CgWriter ascii(char c) {
        ensure(1);
        buf[len++] = (byte) c;
        return this;
    }

    private CgWriter ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
        return this;
    }

    private void append(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
