package io.github.bitaxemonitor.miner;

import java.util.Locale;

/** What an owner can ask a miner to do, besides changing its settings. */
public enum MinerAction {
    /** Reboot (AxeOS) or restart the mining process (CGMiner API); saved clock settings start running. */
    RESTART,
    /** Blink the board so the owner finds it on the shelf (AxeOS 2.14+). */
    IDENTIFY,
    /** Stop hashing without rebooting (AxeOS 2.14+); {@code miningPaused} then reads true. */
    PAUSE,
    /** Hash again after a pause (AxeOS 2.14+). */
    RESUME;

    /** The word used on the command line and in the audit log. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
