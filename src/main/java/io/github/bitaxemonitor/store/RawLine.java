package io.github.bitaxemonitor.store;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One physical line of a file, as bytes, before any decoding: readers need to see NULs, bad UTF-8 and CRs that a
 * decoded string would hide.
 *
 * @param offset     byte offset of the line's first byte in the stream; >= 0
 * @param number     1-based line number
 * @param bytes      the content without the LF and without a CR right before it; at most the splitter's limit
 * @param crlf       the line ended with CR LF
 * @param terminated the line ended with LF; false only for the tail of a stream that ended mid-line (torn line)
 * @param truncated  the line was longer than the splitter's limit; {@code bytes} holds only its start
 */
public record RawLine(long offset, long number, byte[] bytes, boolean crlf, boolean terminated, boolean truncated) {

    /** The content decoded as UTF-8; invalid sequences become U+FFFD. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Bytes on disk including the terminator. */
    public int length() {
        return bytes.length + (crlf ? 1 : 0) + (terminated ? 1 : 0);
    }

    public boolean hasNul() {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the content is well-formed UTF-8. */
    public boolean validUtf8() {
        for (byte b : bytes) {
            if (b < 0) {
                return strictUtf8(bytes);
            }
        }
        return true;
    }

    /** True when the content starts with a UTF-8 byte order mark. */
    public boolean startsWithBom() {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static boolean strictUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
