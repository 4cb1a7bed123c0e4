package io.github.bitaxemonitor.testing;

import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Reading;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import java.time.Instant;

/** Test fixtures: a fully populated, plausible Bitaxe Gamma sample to vary from. */
public final class Samples {
    private Samples() {
    }

    /** The reading fields of a sample, as a client would have reported them. */
    public static Reading reading(Sample s) {
        Reading.Builder b = Reading.builder(s.timestamp());
        for (Field<?> f : Fields.all()) {
            if (f.role() == Field.Role.READING) {
                copy(f, s, b);
            }
        }
        return b.build();
    }

    private static <T> void copy(Field<T> f, Sample s, Reading.Builder b) {
        b.set(f, f.get(s));
    }

    public static Sample.Builder gamma(String address, Instant at) {
        return Sample.builder()
                .timestamp(at).address(address).alias(null).hostname("bitaxe-gamma").status(Status.ONLINE)
                .deviceFamily("bitaxe")
                .hashrateGhs(1071.5).hashrate1mGhs(1080.2).hashrate10mGhs(1069.9).hashrate1hGhs(1070.4)
                .expectedHashrateGhs(1094.0).powerW(19.2).inputVoltageV(5.09375).inputCurrentA(3.8)
                .coreVoltageSetMv(1150.0).coreVoltageActualMv(1146.0).frequencyMhz(525.0)
                .asicTempC(58.25).asicTemp2C(null).vrTempC(61.0).fanPct(65.0).fanRpm(4200L).fan2Rpm(0L)
                .sharesAccepted(15230L).sharesRejected(12L).bestDiff(4.29e9).sessionBestDiff(1.3e7)
                .poolUrl("public-pool.io").poolUser("bc1qexample.worker").poolDifficulty(1000.0)
                .usingFallbackPool(false).uptimeS(86_400L).wifiRssiDbm(-52L).wifiStatus("Connected!")
                .firmwareVersion("v2.15.0").asicModel("BM1370").boardVersion("601").model("Bitaxe Gamma")
                .freeHeapBytes(180_000L)
                .overheatMode(false).faults(null).pollLatencyMs(42L).error(null);
    }
}
