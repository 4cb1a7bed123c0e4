package io.github.bitaxemonitor.store;

import java.io.IOException;

/**
 * A path the store will not write to as it is (a link or a directory where a data file belongs): a mistake in the
 * setup for the user to fix, not a failure that waiting would cure. The message is one line naming the path.
 */
public final class UnusablePathException extends IOException {
    public UnusablePathException(String message) {
        super(message);
    }
}
