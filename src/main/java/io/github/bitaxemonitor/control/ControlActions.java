package io.github.bitaxemonitor.control;

import io.github.bitaxemonitor.miner.ControlException;
import io.github.bitaxemonitor.miner.DeviceSettings;
import io.github.bitaxemonitor.miner.MinerAction;
import io.github.bitaxemonitor.miner.MinerControl;
import io.github.bitaxemonitor.miner.SettingsChange;
import io.github.bitaxemonitor.model.MinerEndpoint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Actions and settings changes as one owner-level step each, written to the audit log whatever the outcome. A
 * settings change is sent, the miner restarted when the clock changed (the firmware runs new clocks only after a
 * restart), and the settings read back: the step succeeds only when the device reports what was asked.
 */
public final class ControlActions {
    /** Reads after a restart while the device boots: this many tries, {@link #READ_BACK_PAUSE_MS} apart. */
    static final int READ_BACK_TRIES = 10;
    static final long READ_BACK_PAUSE_MS = 2000;

    private final MinerControl control;
    private final AuditLog audit;
    private final String source;
    private final String session;

    /** @param session a benchmark session id, or null */
    public ControlActions(MinerControl control, AuditLog audit, String source, String session) {
        this.control = control;
        this.audit = audit;
        this.source = source;
        this.session = session;
    }

    public MinerControl control() {
        return control;
    }

    /** Runs an action and records it. */
    public CompletableFuture<String> act(MinerEndpoint miner, MinerAction action) {
        return recorded(miner, action.word(), Map.of(), Map.of(), control.act(miner, action));
    }

    /**
     * Sends {@code change} (already checked), restarts when it needs one and {@code restart} is true, reads the
     * settings back and compares; records the step under {@code word} ("set", "benchmark-step", "rollback").
     */
    public CompletableFuture<String> apply(MinerEndpoint miner, DeviceSettings before, SettingsChange change,
            boolean restart, String word) {
        CompletableFuture<String> done = control.change(miner, change).thenCompose(said -> {
            if (!restart || !change.needsRestart()) {
                return CompletableFuture.completedFuture(said);
            }
            return control.act(miner, MinerAction.RESTART).thenApply(r -> said + "; restarted");
        }).thenCompose(said -> readBack(miner, 1).thenApply(now -> {
            String mismatch = mismatch(change, now);
            if (mismatch != null) {
                throw new ControlException(ControlException.Reason.REFUSED, "the device reports " + mismatch
                        + " after the change");
            }
            return said;
        }));
        return recorded(miner, word, values(before), values(before.after(change)), done);
    }

    private CompletableFuture<DeviceSettings> readBack(MinerEndpoint miner, int attempt) {
        return control.read(miner).handle((s, t) -> s != null ? CompletableFuture.completedFuture(s)
                : attempt >= READ_BACK_TRIES ? CompletableFuture.<DeviceSettings>failedFuture(t)
                : CompletableFuture.supplyAsync(() -> null,
                        CompletableFuture.delayedExecutor(READ_BACK_PAUSE_MS, TimeUnit.MILLISECONDS))
                        .thenCompose(x -> readBack(miner, attempt + 1))).thenCompose(f -> f);
    }

    private static String mismatch(SettingsChange c, DeviceSettings now) {
        if (c.frequencyMhz() != null && !Objects.equals(c.frequencyMhz(), now.frequencyMhz())) {
            return "frequency " + now.frequencyMhz() + " MHz";
        }
        if (c.coreVoltageMv() != null && !Objects.equals(c.coreVoltageMv(), now.coreVoltageMv())) {
            return "core voltage " + now.coreVoltageMv() + " mV";
        }
        if (c.tempTargetC() != null && !Objects.equals(c.tempTargetC(), now.tempTargetC())) {
            return "temp target " + now.tempTargetC() + " C";
        }
        if (c.fan() != null && now.fan() != null && !c.fan().equals(now.fan())) {
            return "fan " + now.fan();
        }
        return null;
    }

    /** The settings as the audit log stores them. */
    public static Map<String, Object> values(DeviceSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "frequency_mhz", s.frequencyMhz());
        put(m, "core_voltage_mv", s.coreVoltageMv());
        put(m, "fan", s.fan() == null ? null : s.fan().toString());
        put(m, "temp_target_c", s.tempTargetC());
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object v) {
        if (v != null) {
            m.put(key, v);
        }
    }

    private CompletableFuture<String> recorded(MinerEndpoint miner, String word, Map<String, Object> before,
            Map<String, Object> after, CompletableFuture<String> work) {
        return work.handle((said, thrown) -> {
            String detail = thrown == null ? said : BulkRun.reason(thrown);
            audit.append(new AuditLog.Entry(source, session, word, miner, before, after, thrown == null, detail));
            if (thrown != null) {
                throw new ControlException(BulkRun.cause(thrown) instanceof ControlException c ? c.reason()
                        : ControlException.Reason.BAD_REPLY, detail);
            }
            return said;
        });
    }
}
