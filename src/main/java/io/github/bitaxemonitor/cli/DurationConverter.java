package io.github.bitaxemonitor.cli;

import io.github.bitaxemonitor.text.Durations;
import java.time.Duration;
import picocli.CommandLine;

/**
 * Every option that takes a duration converts it here, with {@link Durations}' syntax; picocli puts the option's name
 * before the message ("Invalid value for option '--window': '1x' is not a duration (examples: ...)").
 */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
