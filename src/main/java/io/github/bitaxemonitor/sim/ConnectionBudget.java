package io.github.bitaxemonitor.sim;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.function.Consumer;

/**
 * How many client connections the {@link LoopbackServer} may hold at once, and what it does at that limit: close the
 * longest-idle keep-alive connection, or when none is idle suspend accepting on the listener until one closes.
 * Everything but {@link #limit()} runs on the selector thread only.
 */
final class ConnectionBudget {
    /**
     * Kept-alive connections that have had a reply and wait for their next request, longest idle first: the ones
     * to close when the budget is reached.
     */
    private final LinkedHashSet<Connection> idle = new LinkedHashSet<>();
    /** Listeners whose accepting is suspended at the connection budget. */
    private final ArrayDeque<Listener> paused = new ArrayDeque<>();
    /** Closes a connection; the server's close then reports it back through {@link #closed}. */
    private final Consumer<Connection> close;
    /** Connections accepted and not yet closed; never above {@link #limit} except after the limit shrank. */
    private int open;
    /** At least 1; written by the selector thread only (it shrinks when accept runs out of descriptors). */
    private volatile int limit;

    ConnectionBudget(int limit, Consumer<Connection> close) {
        this.limit = limit;
        this.close = close;
    }

    /** Client connections this process may hold at once. */
    int limit() {
        return limit;
    }

    boolean full() {
        return open >= limit;
    }

    /** Accept ran out of descriptors after all (another part of the process used some): hold no more than now. */
    void shrinkToOpen() {
        limit = Math.max(1, open);
    }

    /** Closes the longest-idle connection and returns true, or, when none is idle, pauses {@code l}. */
    boolean makeRoom(Listener l) {
        Iterator<Connection> it = idle.iterator();
        if (it.hasNext()) {
            close.accept(it.next());
            return true;
        }
        pause(l);
        return false;
    }

    /** A fresh connection counts but is not idle yet: its first request may be on its way, so no evicting it. */
    void opened() {
        open++;
    }

    /** The connection is working on a request: not to be evicted. */
    void busy(Connection c) {
        idle.remove(c);
    }

    /** The connection has had its reply and waits for the next request: the first to evict is the longest idle. */
    void idle(Connection c) {
        idle.add(c);
    }

    /** The listener's port was closed (its miner went offline): there is nothing left to resume. */
    void forget(Listener l) {
        paused.remove(l);
        l.paused = false; // else the reopened port could never be paused again and would outrun the budget
    }

    /**
     * A connection was closed: one fewer held, so one paused listener may accept again (one that is not busy serving
     * its single connection; such a one resumes by itself when that connection closes).
     */
    void closed(Connection c) {
        idle.remove(c);
        open--;
        while (!paused.isEmpty()) {
            Listener l = paused.poll();
            l.paused = false;
            if (l.key != null && l.key.isValid()) {
                l.updateAccept();
                if (l.serving == null) {
                    return;
                }
            }
        }
    }

    private void pause(Listener l) {
        if (!l.paused && l.key != null) {
            l.key.interestOps(0);
            l.paused = true;
            paused.add(l);
        }
    }
}
