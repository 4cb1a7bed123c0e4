package io.github.bitaxemonitor.control;

import io.github.bitaxemonitor.miner.ControlException;
import io.github.bitaxemonitor.model.MinerEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Runs one job per miner, all at once (each miner's lane keeps its own requests in order), and waits for every
 * result. A job that throws or fails is that miner's failure, never the others'.
 */
public final class BulkRun {
    private BulkRun() {
    }

    /**
     * One miner's result.
     *
     * @param ok     the job completed
     * @param detail the job's words, or why it failed
     */
    public record Result(MinerEndpoint miner, boolean ok, String detail, long millis) {
    }

    public static List<Result> run(List<MinerEndpoint> miners, Function<MinerEndpoint, CompletableFuture<String>> job) {
        List<CompletableFuture<Result>> running = new ArrayList<>();
        for (MinerEndpoint m : miners) {
            long started = System.nanoTime();
            CompletableFuture<String> f;
            try {
                f = job.apply(m);
            } catch (RuntimeException e) {
                f = CompletableFuture.failedFuture(e);
            }
            running.add(f.handle((words, thrown) -> new Result(m, thrown == null,
                    thrown == null ? words : reason(thrown), (System.nanoTime() - started) / 1_000_000)));
        }
        return running.stream().map(CompletableFuture::join).toList();
    }

    /** The failure inside the completion wrappers. */
    public static Throwable cause(Throwable t) {
        Throwable c = t;
        while (c instanceof CompletionException && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /** The failure in words: a ControlException's message, else the innermost message. */
    public static String reason(Throwable t) {
        Throwable c = cause(t);
        if (c instanceof ControlException) {
            return c.getMessage();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}
