package io.github.bitaxemonitor.alerts;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the user's program with the alert in environment variables (ALERT_TYPE, ALERT_RULE, ALERT_SEVERITY,
 * ALERT_MINER, ALERT_ADDRESS, ALERT_TEXT, ALERT_TITLE, ALERT_TIME), never through a shell, so no alert text is ever
 * interpreted as a command. A non-zero exit or a run past the timeout is a failed delivery.
 */
final class ExecNotifier implements Notifier {
    private final NotifierSpec spec;

    ExecNotifier(NotifierSpec spec) {
        this.spec = spec;
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public void send(Alert a) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(spec.command()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        a.fields().forEach((key, value) -> env.put("ALERT_" + key.toUpperCase(Locale.ROOT), value));
        Process p = pb.start();
        try {
            if (!p.waitFor(spec.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException(spec.command().get(0) + " still running after " + spec.timeout().toSeconds()
                        + " s: stopped");
            }
        } finally {
            p.destroyForcibly();
        }
        if (p.exitValue() != 0) {
            throw new IOException(spec.command().get(0) + " exited with " + p.exitValue());
        }
    }
}
