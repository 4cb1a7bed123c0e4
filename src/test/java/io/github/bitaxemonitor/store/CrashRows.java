package io.github.bitaxemonitor.store;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.testing.Samples;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows the crash test's child writes, reproducible from (run, cycle, miner) alone, so the parent can check every
 * row it finds against what must have been written. The numbers are carried in fields that round-trip exactly:
 * run in uptime_s, cycle in shares_accepted, miner in fan_rpm.
 */
final class CrashRows {
    static final int MINERS = 4;
    /** Ends a child that was never killed; far more than a child reaches before its kill. */
    static final int MAX_CYCLES = 20_000;
    private static final Instant BASE = Instant.parse("2026-11-20T00:00:00Z");

    private CrashRows() {
    }

    /**
     * Small parts and frequent backups, so kills land in rotations and backups too; cycles are 30 minutes apart, so
     * runs also cross UTC midnight.
     */
    static StoreSettings settings(Path csvPath, Path backupDir) {
        return new StoreSettings(csvPath, StoreSettings.Rotation.DAILY, 16 * 1024, backupDir, 3, 4);
    }

    static Sample sample(long run, long cycle, long miner) {
        return Samples.gamma("127.0.0.1:" + (4000 + miner), BASE.plusSeconds(run * 400L * 86_400 + cycle * 1_800))
                .uptimeS(run).sharesAccepted(cycle).fanRpm(miner)
                .hostname("rig-" + miner + ",\"x\"\n\u001b[31m\u202e")
                .poolUser("=cmd|' /C calc'!A0")
                .build();
    }

    static List<Sample> cycle(int run, int cycle) {
        List<Sample> out = new ArrayList<>(MINERS);
        for (int m = 0; m < MINERS; m++) {
            out.add(sample(run, cycle, m));
        }
        return out;
    }
}
