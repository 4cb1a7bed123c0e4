package io.github.bitaxemonitor.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The one question a control command asks before it writes to miners. */
final class ControlPrompt {
    private ControlPrompt() {
    }

    /** True only for an explicit yes on standard input; end of input or anything else is a no. */
    static boolean confirm(PrintWriter out, String question) {
        out.print(question + " [y/N] ");
        out.flush();
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            String a = line == null ? "" : line.strip().toLowerCase(Locale.ROOT);
            return a.equals("y") || a.equals("yes");
        } catch (IOException e) {
            return false;
        }
    }
}
