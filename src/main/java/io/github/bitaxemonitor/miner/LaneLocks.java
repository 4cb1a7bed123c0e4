package io.github.bitaxemonitor.miner;

/**
 * Extends each miner's lane past this process: the monitor's polls, {@code control}, the viewer's actions and a
 * benchmark are separate processes talking to the same miners, and old firmware crashes on overlapping requests
 * whichever process sends them.
 */
interface LaneLocks {
    /** The lanes of this process only. */
    LaneLocks IN_PROCESS = address -> () -> { };

    /**
     * Takes the miner's lock if no other process holds it.
     *
     * @return the held lock, or null when another process (or another lane set of this one) holds it
     */
    Held tryTake(String address);

    /** A held lock; closing it lets the other processes in. Never throws. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
