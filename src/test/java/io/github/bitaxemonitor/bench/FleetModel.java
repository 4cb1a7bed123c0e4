package io.github.bitaxemonitor.bench;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import java.time.Instant;

/**
 * A synthetic fleet whose every reading is a pure function of (miner, time): rows of any day can be produced on any
 * thread, in any order, and the same arguments always give the same bytes. Values follow the realistic ranges of
 * shared/reference/bitaxe-api.md (per-model hashrate, power, temperatures), drift with a daily heat cycle plus
 * noise, and carry the occasional problem a real fleet shows: reboots (uptime and shares reset), timeouts and
 * outages (metrics empty, error text), hot afternoons, weak Wi-Fi, a stopped ASIC.
 *
 * <p>Addresses are loopback ports (127.0.0.1:20000+i) like the simulator's: generated history never names a real
 * host.
 */
final class FleetModel {
    /** One board type: name, ASIC, expected GH/s, typical W, core mV, MHz, firmware. */
    private record Model(String family, String board, String asic, double expectedGhs, double watts, double coreMv,
                         double mhz, String firmware) {
    }

    private static final Model[] MODELS = {
        new Model("bitaxe", "601", "BM1370", 1094, 19.2, 1150, 525, "v2.9.0"),
        new Model("bitaxe", "602", "BM1370", 1600, 30.0, 1250, 700, "v2.10.1"),
        new Model("bitaxe", "401", "BM1368", 640, 13.5, 1166, 490, "v2.4.2"),
        new Model("bitaxe", "204", "BM1366", 470, 12.0, 1200, 485, "v2.2.2"),
        new Model("bitaxe", "102", "BM1397", 290, 13.0, 1400, 425, "v2.1.8"),
        new Model("bitaxe", "701", "BM1370", 2100, 35.0, 1150, 525, "v2.11.0"),
        new Model("nerdqaxe", "NerdQAxe++", "BM1370", 4900, 98.0, 1150, 600, "v1.0.29"),
    };
    private static final String[] POOLS = {"public-pool.io", "solo.ckpool.org", "pool.example.org"};
    private static final long REBOOT_WINDOW_S = 3 * 86_400;

    private final int miners;
    /** Readings from {@link TuningModel} (configuration changes with planted answers) instead of steady clocks. */
    private final boolean tuning;

    FleetModel(int miners) {
        this(miners, false);
    }

    FleetModel(int miners, boolean tuning) {
        this.miners = miners;
        this.tuning = tuning;
    }

    static double stockGhs(int m) {
        return MODELS[m % MODELS.length].expectedGhs();
    }

    static double stockW(int m) {
        return MODELS[m % MODELS.length].watts();
    }

    static double stockMv(int m) {
        return MODELS[m % MODELS.length].coreMv();
    }

    static double stockMhz(int m) {
        return MODELS[m % MODELS.length].mhz();
    }

    int miners() {
        return miners;
    }

    /** The sample of miner {@code m} for the poll cycle that started at {@code cycleStart} (epoch seconds). */
    Sample sample(int m, long cycleStart) {
        Model model = MODELS[m % MODELS.length];
        long latency = 40 + (long) (unit(m, cycleStart, 1) * 220);
        Sample.Builder b = Sample.builder()
                .timestamp(Instant.ofEpochSecond(cycleStart, latency * 1_000_000))
                .address("127.0.0.1:" + (20_000 + m))
                .alias(m % 5 == 0 ? "rack" + (m / 50) + "-shelf" + (m / 5 % 10) : null)
                .hostname(m == 3 ? "lab \"bench\", shelf 2" : model.family() + "-" + Integer.toHexString(0xa000 + m))
                .deviceFamily(model.family())
                .pollLatencyMs(latency);
        double u = unit(m, cycleStart, 2);
        if (outage(m, cycleStart)) {
            return b.status(Status.OFFLINE).error("connection refused").pollLatencyMs(null).build();
        }
        if (u < 0.004) {
            return b.status(Status.TIMEOUT).error("no reply within 5000 ms").pollLatencyMs(5000L).build();
        }
        long boot = bootTime(m, cycleStart);
        long uptime = cycleStart - boot;
        double heat = Math.sin((cycleStart % 86_400) / 86_400.0 * 2 * Math.PI - Math.PI / 2); // peaks mid-afternoon
        double noise = unit(m, cycleStart, 3) - 0.5;
        boolean stopped = unit(m, cycleStart / 3600, 4) < 0.002; // an hour with the ASIC not hashing
        double hashrate = stopped ? 0 : model.expectedGhs() * (0.97 + 0.06 * unit(m, cycleStart, 5));
        double asic = 55 + 6 * heat + 3 * noise + (m % 17 == 0 ? 12 : 0);
        double vr = asic + 8 + 2 * noise;
        double watts = model.watts() * (0.96 + 0.08 * unit(m, cycleStart, 6));
        double volts = model.watts() > 40 ? 12.0 + 0.2 * noise : 5.0 + 0.1 * noise;
        double sharesPerS = model.expectedGhs() * 1e9 / (1000 * 4_294_967_296.0);
        long accepted = (long) (uptime * sharesPerS);
        long rejected = accepted / (m % 31 == 0 ? 8 : 600); // one miner in 31 on a bad pool
        long rssi = m % 23 == 0 ? -82 - (long) (5 * unit(m, cycleStart, 7)) : -45 - (long) (15 * unit(m, cycleStart, 7));
        b.hashrateGhs(round(hashrate, 3)).hashrate1mGhs(round(hashrate * (0.98 + 0.04 * noise), 3))
                .hashrate10mGhs(round(model.expectedGhs() * 0.995, 3)).hashrate1hGhs(round(model.expectedGhs(), 3))
                .expectedHashrateGhs(model.expectedGhs()).powerW(round(watts, 3)).inputVoltageV(round(volts, 5))
                .inputCurrentA(round(watts / volts, 4)).coreVoltageSetMv(model.coreMv())
                .coreVoltageActualMv(model.coreMv() - 4 - Math.floor(6 * unit(m, cycleStart, 8)))
                .frequencyMhz(model.mhz()).asicTempC(round(asic, 3))
                .asicTemp2C(model.family().equals("nerdqaxe") ? round(asic - 1.5, 3) : null)
                .vrTempC(round(vr, 1)).fanPct(round(Math.min(100, 40 + 3 * (asic - 50)), 1))
                .fanRpm(2000L + (long) (60 * (asic - 40))).fan2Rpm(model.family().equals("nerdqaxe") ? 3100L : null)
                .sharesAccepted(accepted).sharesRejected(rejected)
                .bestDiff(1.7e9 + m * 3.1e7).sessionBestDiff(2.0e6 + uptime * 37.0)
                .poolUrl(POOLS[m % POOLS.length]).poolUser("bc1qexample" + m + ".worker" + (m % 4))
                .poolDifficulty(1000.0).usingFallbackPool(m % 29 == 0).uptimeS(uptime).wifiRssiDbm(rssi)
                .wifiStatus("Connected!").firmwareVersion(model.firmware()).asicModel(model.asic())
                .boardVersion(model.board()).freeHeapBytes(150_000L + (long) (40_000 * unit(m, cycleStart, 9)))
                .overheatMode(false).faults(null).error(null);
        if (tuning) {
            return TuningModel.readings(b, m, cycleStart).build();
        }
        return b.status(status(uptime, hashrate, asic, vr, rejected, accepted, rssi)).build();
    }

    private static Status status(long uptime, double hashrate, double asic, double vr, long rejected, long accepted,
                                 long rssi) {
        if (asic > 70 || vr > 90) {
            return Status.HOT;
        }
        if (hashrate == 0) {
            return Status.NO_HASH;
        }
        if (uptime < 120) {
            return Status.REBOOTED;
        }
        if (accepted > 100 && rejected * 10 > accepted) {
            return Status.REJECT;
        }
        return rssi < -80 ? Status.WIFI : Status.ONLINE;
    }

    /** Each miner reboots once per three-day window, at its own moment in the window. */
    private static long bootTime(int m, long t) {
        long window = Math.floorDiv(t, REBOOT_WINDOW_S) * REBOOT_WINDOW_S;
        long boot = window + (long) (unit(m, window, 10) * REBOOT_WINDOW_S);
        return boot <= t ? boot : window - REBOOT_WINDOW_S + (long) (unit(m, window - REBOOT_WINDOW_S, 10) * REBOOT_WINDOW_S);
    }

    /** About one miner in fifty has a ten-minute outage on a given day. */
    private static boolean outage(int m, long t) {
        long day = Math.floorDiv(t, 86_400);
        if (unit(m, day, 11) >= 0.02) {
            return false;
        }
        long start = day * 86_400 + (long) (unit(m, day, 12) * 86_000);
        return t >= start && t < start + 600;
    }

    private static double round(double v, int places) {
        double scale = Math.pow(10, places);
        return Math.round(v * scale) / scale;
    }

    /** A deterministic value in [0, 1) for (miner, time, purpose): SplitMix64 finaliser over the three. */
    static double unit(int m, long t, int purpose) {
        long z = m * 0x9E3779B97F4A7C15L + t * 0xC2B2AE3D27D4EB4FL + purpose * 0x165667B19E3779F9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }
}
