package io.github.bitaxemonitor.repair;

/**
 * One problem found in a file.
 *
 * @param file   the file as the user named it; never null
 * @param line   1-based line number; 0 for a problem of the whole file (e.g. empty)
 * @param kind   what is wrong
 * @param detail a short explanation, already safe to print on a terminal ({@code HostileText.forTerminal}); may be
 *               empty, never null
 */
public record Problem(String file, long line, ProblemKind kind, String detail) {

    /** "file:line: description: detail", the form every text report prints. */
    public String format() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + kind.description() + (detail.isEmpty() ? "" : ": " + detail);
    }
}
