package io.github.bitaxemonitor.repair;

/**
 * Every kind of damage csv-repair recognises, in the order the summary lists them. The description is what a user
 * reads; the constant name is the stable key of the JSON report.
 */
public enum ProblemKind {
    EMPTY_FILE("empty file (no header, no rows)"),
    MISSING_HEADER("missing header (first line is a row; the current schema was assumed)"),
    FOREIGN_HEADER("foreign header (columns this schema does not know)"),
    OLD_SCHEMA("rows from an older schema (header is a subset of the current columns)"),
    REPEATED_HEADER("header repeated in the middle"),
    WRONG_COLUMN_COUNT("wrong column count"),
    MALFORMED_CSV("unterminated quote or malformed CSV"),
    TORN_LINE("torn last line (no line terminator)"),
    LINE_TOO_LONG("line longer than any row can be"),
    NUL_BYTES("NUL bytes"),
    INVALID_UTF8("invalid UTF-8"),
    BOM("byte order mark"),
    CRLF("CRLF line end (the monitor writes LF)"),
    STRAY_CR("CR inside a line"),
    BLANK_LINE("blank line"),
    UNUSABLE_ROW("row without a usable timestamp, address or status"),
    BAD_VALUE("value that does not parse as its column's type"),
    IMPLAUSIBLE_VALUE("implausible value"),
    UNSAFE_TEXT("text with control characters or a formula prefix (made safe)"),
    DUPLICATE_ROW("duplicate row"),
    OUT_OF_ORDER("timestamp earlier than the previous row of the same miner"),
    FUTURE_TIMESTAMP("timestamp in the future");

    private final String description;

    ProblemKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
