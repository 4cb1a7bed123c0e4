package io.github.bitaxemonitor.config;

import io.github.bitaxemonitor.exit.UserException;
import java.util.List;

/**
 * The configuration cannot be used. The message holds one line per problem, each starting with
 * {@code file:line:column:} (or {@code file:} for a problem that has no place in the file, such as a missing key).
 */
public final class ConfigException extends UserException {
    private final List<String> problems;

    ConfigException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, in file order. */
    public List<String> problems() {
        return problems;
    }
}
