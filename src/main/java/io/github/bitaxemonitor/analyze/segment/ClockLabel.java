package io.github.bitaxemonitor.analyze.segment;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import java.time.Instant;

/** The clock configuration's text, "575MHz@1200mV", exactly as {@link Sample#clockConfig} writes it. */
public final class ClockLabel {
    private ClockLabel() {
    }

    /** NaN stands for "not reported" ("?"); null when both are. */
    public static String of(double mhz, double mv) {
        return Sample.builder().timestamp(Instant.EPOCH).address("-").status(Status.ONLINE)
                .frequencyMhz(Double.isNaN(mhz) ? null : mhz).coreVoltageSetMv(Double.isNaN(mv) ? null : mv)
                .build().clockConfig();
    }
}
