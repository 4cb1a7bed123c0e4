package io.github.bitaxemonitor.cli;

import java.io.Console;

/** Asks the person at the terminal, when there is one; commands that must not guess without a person use it. */
interface Prompter {
    /** True when a person can answer (stdin and stdout are a terminal). */
    boolean interactive();

    /** Asks one question and returns the answer, or null at end of input. */
    String ask(String question);

    /** The process's own console. */
    static Prompter system() {
        Console c = System.console();
        return new Prompter() {
            @Override
            public boolean interactive() {
                return c != null;
            }

            @Override
            public String ask(String question) {
                return c == null ? null : c.readLine("%s", question);
            }
        };
    }
}
