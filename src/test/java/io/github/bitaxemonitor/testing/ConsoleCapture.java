package io.github.bitaxemonitor.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures {@code System.out} and {@code System.err} for each test, so commands run in-process through
 * {@code cli.Main.run} can be checked by what they print. Register with
 * {@code @RegisterExtension final ConsoleCapture console = new ConsoleCapture();}.
 */
public final class ConsoleCapture implements BeforeEachCallback, AfterEachCallback {
    /** Everything printed to System.out since the test started or the last {@link #reset()}. */
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    /** Everything printed to System.err since the test started or the last {@link #reset()}. */
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    /** The real streams while a test runs, put back after it; null outside a test. */
    private PrintStream savedOut;
    private PrintStream savedErr;

    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(savedOut);
        System.setErr(savedErr);
        savedOut = null;
        savedErr = null;
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed so far, so the next command's output can be checked on its own. */
    public void reset() {
        out.reset();
        err.reset();
    }
}
