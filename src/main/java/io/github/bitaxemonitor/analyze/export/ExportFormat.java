package io.github.bitaxemonitor.analyze.export;

/** What {@code analyze export} writes. */
public enum ExportFormat {
    /** RFC 4180, the store's own format: the file opens in a spreadsheet as the data files do. */
    CSV,
    /** One JSON array of row objects. */
    JSON,
    /** One JSON object per line. */
    JSONL;

    /** The format named by the text, or null. */
    public static ExportFormat parse(String text) {
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(text.trim())) {
                return f;
            }
        }
        return null;
    }
}
