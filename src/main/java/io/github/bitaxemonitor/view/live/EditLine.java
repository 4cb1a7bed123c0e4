package io.github.bitaxemonitor.view.live;

/**
 * A one-line text field with a cursor, edited with readline's keys (what bash, htop's and less's prompts do): the
 * key handling maps keys to these, the footer draws the text and the cursor. A surrogate pair counts as one
 * character for cursor moves and deletions.
 *
 * @param text   never null
 * @param cursor 0..text.length(), never inside a surrogate pair
 */
record EditLine(String text, int cursor) {
    EditLine {
        cursor = Math.max(0, Math.min(cursor, text.length()));
    }

    /** The text with the cursor at its end. */
    static EditLine atEnd(String text) {
        return new EditLine(text, text.length());
    }

    EditLine insert(char c) {
        return new EditLine(text.substring(0, cursor) + c + text.substring(cursor), cursor + 1);
    }

    /** Backspace: the character before the cursor. */
    EditLine deleteBefore() {
        int from = previous(cursor);
        return new EditLine(text.substring(0, from) + text.substring(cursor), from);
    }

    /** Delete: the character under the cursor. */
    EditLine deleteAt() {
        return new EditLine(text.substring(0, cursor) + text.substring(next(cursor)), cursor);
    }

    EditLine left() {
        return new EditLine(text, previous(cursor));
    }

    EditLine right() {
        return new EditLine(text, next(cursor));
    }

    /** Ctrl-A, Home. */
    EditLine home() {
        return new EditLine(text, 0);
    }

    /** Ctrl-E, End. */
    EditLine end() {
        return new EditLine(text, text.length());
    }

    /** Ctrl-U: everything before the cursor. */
    EditLine killToStart() {
        return new EditLine(text.substring(cursor), 0);
    }

    /** Ctrl-K: everything from the cursor on. */
    EditLine killToEnd() {
        return new EditLine(text.substring(0, cursor), cursor);
    }

    /** Ctrl-W: the word before the cursor and the blanks after it, as readline's unix-word-rubout. */
    EditLine killWordBefore() {
        int from = cursor;
        while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        return new EditLine(text.substring(0, from) + text.substring(cursor), from);
    }

    private int previous(int i) {
        if (i == 0) {
            return 0;
        }
        return i >= 2 && Character.isSurrogatePair(text.charAt(i - 2), text.charAt(i - 1)) ? i - 2 : i - 1;
    }

    private int next(int i) {
        if (i >= text.length()) {
            return text.length();
        }
        return i + 1 < text.length() && Character.isSurrogatePair(text.charAt(i), text.charAt(i + 1)) ? i + 2 : i + 1;
    }
}
