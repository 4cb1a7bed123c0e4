package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.miner.PollResult.Kind;
import io.github.bitaxemonitor.model.MinerEndpoint;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One lane per miner: at most one request to a miner is in flight at a time, whether it is a poll or an action
 * (restart, a settings change). Old AxeOS web servers crashed under overlapping requests; Avalon controllers serve
 * one connection at a time. One instance is shared by every client of the process, keyed by address.
 *
 * <p>A poll asked for while the lane is busy is answered at once with TIMEOUT "previous poll still running" instead
 * of waiting or sharing the running one: sharing would hand the next cycle a reading (and its timestamp) that belongs
 * to the previous cycle, and a miner that has not answered for a whole cycle has, for that cycle, timed out. An
 * action waits its turn instead (an owner's restart must not be dropped because a poll was running), for at most
 * its own deadline.
 *
 * <p>Lanes made {@link #sharedThrough(Path, Consumer) through a data directory} also keep apart the processes that use
 * it: the monitor, {@code control}, the viewer's actions and a benchmark. A poll waits up to {@value #POLL_WAIT_MS} ms
 * for another process's request (a settings change or a benchmark's sample takes well under that on a healthy miner)
 * before it counts as TIMEOUT "another process is talking to this miner"; an action waits within its own deadline.
 */
public final class MinerLanes {
    static final String STILL_RUNNING = "previous poll still running";
    static final String BUSY_ELSEWHERE = "another process is talking to this miner";
    static final long POLL_WAIT_MS = 1_000;
    private static final long RETRY_MS = 20;
    private static final String LOCK_FILE = ".miner-lanes.lock";

    private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();
    private final LaneLocks locks;

    /** Lanes of this process only. */
    public MinerLanes() {
        this(LaneLocks.IN_PROCESS);
    }

    MinerLanes(LaneLocks locks) {
        this.locks = locks;
    }

    /**
     * Lanes shared with every other process that uses the same data directory; {@code log} hears once if the lock file
     * beside the data cannot be opened, and the lanes then keep to this process.
     */
    public static MinerLanes sharedThrough(Path dataDir, Consumer<String> log) {
        return new MinerLanes(FileLaneLocks.in(dataDir.resolve(LOCK_FILE), log));
    }

    /** Retries for a lock another process holds; daemon, so it never keeps a process alive. */
    private static final class Retries {
        static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "miner-lane-retry");
            t.setDaemon(true);
            return t;
        });
    }


    /** One miner's lane: busy or not, and the actions waiting for it. Guarded by itself. */
    private static final class Lane {
        boolean busy;
        final Deque<Runnable> waiting = new ArrayDeque<>();
    }

    /** Runs a poll now if the miner's lane is free; otherwise answers "previous poll still running" at once. */
    CompletableFuture<PollResult> poll(MinerEndpoint endpoint, Supplier<CompletableFuture<PollResult>> poll) {
        Lane lane = lanes.computeIfAbsent(endpoint.address(), a -> new Lane());
        synchronized (lane) {
            if (lane.busy) {
                return CompletableFuture.completedFuture(Failures.of(Kind.TIMEOUT, STILL_RUNNING, 0));
            }
            lane.busy = true;
        }
        return start(lane, endpoint.address(), deadlineIn(POLL_WAIT_MS), poll)
                .handle((result, thrown) -> thrown == null ? result : Failures.from(thrown, 0, 0));
    }

    /**
     * Runs {@code work} when the miner's lane is free, in the order actions were asked for. The returned future fails
     * with a {@link java.util.concurrent.TimeoutException} when the lane did not become free within {@code waitMs}.
     */
    public <T> CompletableFuture<T> act(MinerEndpoint endpoint, long waitMs, Supplier<CompletableFuture<T>> work) {
        Lane lane = lanes.computeIfAbsent(endpoint.address(), a -> new Lane());
        long deadline = deadlineIn(waitMs);
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable turn = () -> {
            if (result.isDone()) {
                release(lane); // gave up waiting before its turn came
                return;
            }
            start(lane, endpoint.address(), deadline, work).whenComplete((v, t) -> {
                if (t != null) {
                    result.completeExceptionally(t);
                } else {
                    result.complete(v);
                }
            });
        };
        boolean now;
        synchronized (lane) {
            now = !lane.busy;
            if (now) {
                lane.busy = true;
            } else {
                lane.waiting.addLast(turn);
            }
        }
        if (now) {
            turn.run();
        }
        return result.orTimeout(waitMs, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts work that already holds the lane, once no other process has the miner (failing with TIMEOUT \"another process...\" if one
     * still has it at {@code deadline}); the lane passes on as soon as the work ends, however it ends.
     */
    private <T> CompletableFuture<T> start(Lane lane, String address, long deadline,
                                           Supplier<CompletableFuture<T>> work) {
        return crossProcess(address, deadline).thenCompose(held -> {
            if (held == null) {
                release(lane);
                return CompletableFuture.failedFuture(new PollException(Kind.TIMEOUT, BUSY_ELSEWHERE));
            }
            CompletableFuture<T> started;
            try {
                started = work.get();
                if (started == null) {
                    started = CompletableFuture.failedFuture(new IllegalStateException("no work started"));
                }
            } catch (RuntimeException e) {
                started = CompletableFuture.failedFuture(e);
            }
            // release before anyone sees the result, so a poll started from a completion callback is not refused
            return started.whenComplete((v, t) -> {
                held.close();
                release(lane);
            });
        });
    }

    /** The miner's cross-process lock, at once when free (nearly always), else retried until {@code deadline}. */
    private CompletableFuture<LaneLocks.Held> crossProcess(String address, long deadline) {
        LaneLocks.Held held = locks.tryTake(address);
        if (held != null || System.nanoTime() - deadline >= 0) {
            return CompletableFuture.completedFuture(held);
        }
        CompletableFuture<LaneLocks.Held> taken = new CompletableFuture<>();
        Retries.TIMER.schedule(() -> retry(address, deadline, taken), RETRY_MS, TimeUnit.MILLISECONDS);
        return taken;
    }

    private void retry(String address, long deadline, CompletableFuture<LaneLocks.Held> taken) {
        LaneLocks.Held held = locks.tryTake(address);
        if (held != null || System.nanoTime() - deadline >= 0) {
            taken.complete(held);
        } else {
            Retries.TIMER.schedule(() -> retry(address, deadline, taken), RETRY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private static long deadlineIn(long ms) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, ms));
    }

    private void release(Lane lane) {
        Runnable next;
        synchronized (lane) {
            next = lane.waiting.pollFirst();
            lane.busy = next != null;
        }
        if (next != null) {
            next.run();
        }
    }
}
