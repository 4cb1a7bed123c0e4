package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The other process of {@link LanesAcrossProcessesTest}: holds one miner's lane, shared through a data directory,
 * from printing {@code HELD} until a line arrives on stdin; then releases it and prints {@code RELEASED}.
 * Arguments: data directory, host, port.
 */
public final class LaneHolderChild {
    private LaneHolderChild() {
    }

    public static void main(String[] args) throws Exception {
        MinerEndpoint miner = new MinerEndpoint(args[1], Integer.parseInt(args[2]), null, MinerKind.BITAXE);
        MinerLanes lanes = MinerLanes.sharedThrough(Path.of(args[0]), System.err::println);
        CompletableFuture<String> request = new CompletableFuture<>();
        CompletableFuture<String> held = lanes.act(miner, 5_000, () -> {
            System.out.println("HELD");
            System.out.flush();
            return request;
        });
        System.in.read();
        request.complete("done");
        held.join();
        System.out.println("RELEASED");
        System.out.flush();
    }
}
