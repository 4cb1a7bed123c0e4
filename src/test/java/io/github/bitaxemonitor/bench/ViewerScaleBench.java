package io.github.bitaxemonitor.bench;

import io.github.bitaxemonitor.view.FleetFeed;
import io.github.bitaxemonitor.view.data.DataSource;
import io.github.bitaxemonitor.view.fleet.Fleet;
import io.github.bitaxemonitor.view.fleet.FleetBudget;
import io.github.bitaxemonitor.view.fleet.MinerTrack;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The viewer's memory per miner: the heap held by the fleet model once a window of a big fleet is loaded, measured
 * after full collections before and after loading, divided by the miners held. Run with the viewer launcher's heap
 * cap, so the budget ({@link FleetBudget#forThisJvm}) is the one users get.
 *
 * <p>Usage: {@code ViewerScaleBench --data CSV_PATH [--window SECONDS] [--hold SECONDS]}. Prints one {@code key=value} line for tools/bench.
 */
public final class ViewerScaleBench {
    private ViewerScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args, "--data", "--window", "--hold");
        Duration window = Duration.ofSeconds(a.number("--window", 3600));
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        FleetFeed feed = FleetFeed.open(DataSource.resolve(Path.of(a.value("--data", null))), window,
                FleetBudget.forThisJvm());
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        long after = usedAfterGc();
        Fleet fleet = feed.fleet();
        int miners = fleet.miners().size();
        int history = fleet.miners().stream().mapToInt(m -> m.hashrateHistory().size()).max().orElse(0);
        long rows = fleet.miners().stream().mapToLong(MinerTrack::rows).sum();
        System.out.printf("miners=%d rows=%d refused_rows=%d miner_limit=%d max_history=%d heap_bytes=%d"
                        + " bytes_per_miner=%d load_ms=%d max_heap_mb=%d%n", miners, rows, fleet.refusedRows(),
                fleet.minerLimit(), history, after - before, miners == 0 ? 0 : (after - before) / miners, loadMs,
                Runtime.getRuntime().maxMemory() >> 20);
        // --hold SECONDS: time to look inside (jcmd PID GC.class_histogram) with the fleet still loaded.
        Thread.sleep(1000 * a.number("--hold", 0));
        if (fleet.version() < 0) { // keeps the fleet reachable until here
            System.out.println(fleet);
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
