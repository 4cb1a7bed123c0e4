package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitor, control, the viewer and a benchmark are separate processes; a miner's lane must hold across them. */
class LanesAcrossProcessesTest {
    private static final MinerEndpoint MINER = new MinerEndpoint("127.0.0.1", 18080, null, MinerKind.BITAXE);
    private static final MinerEndpoint OTHER = new MinerEndpoint("127.0.0.1", 18081, null, MinerKind.BITAXE);

    @TempDir
    Path data;

    private Process child;

    @AfterEach
    void stopChild() throws InterruptedException {
        if (child != null) {
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPollWaitsForAnotherProcesssRequestThenCountsAsTimeoutWithoutSendingAnything() throws Exception {
        BufferedReader out = holdInChild(MINER);
        MinerLanes lanes = MinerLanes.sharedThrough(data, line -> { });
        List<String> sent = new ArrayList<>();

        PollResult result = lanes.poll(MINER, () -> {
            sent.add("poll");
            return CompletableFuture.completedFuture(new PollResult.Failure(PollResult.Kind.TIMEOUT, "ran", 0));
        }).get(20, TimeUnit.SECONDS);

        assertThat(sent).isEmpty();
        assertThat(result).isInstanceOfSatisfying(PollResult.Failure.class, f -> {
            assertThat(f.kind()).isEqualTo(PollResult.Kind.TIMEOUT);
            assertThat(f.detail()).isEqualTo(MinerLanes.BUSY_ELSEWHERE);
        });
        assertThat(out.ready() ? out.readLine() : null).as("the child still holds the lane").isNull();
    }

    @Test
    void anActionWaitsForAnotherProcesssRequestAndRunsOnceItEnds() throws Exception {
        BufferedReader out = holdInChild(MINER);
        MinerLanes lanes = MinerLanes.sharedThrough(data, line -> { });
        CompletableFuture<String> restart = lanes.act(MINER, 20_000,
                () -> CompletableFuture.completedFuture("restarted"));
        assertThat(restart).isNotDone();

        release(out);

        assertThat(restart.get(20, TimeUnit.SECONDS)).isEqualTo("restarted");
    }

    @Test
    void anotherMinerIsNotHeldUp() throws Exception {
        holdInChild(MINER);
        MinerLanes lanes = MinerLanes.sharedThrough(data, line -> { });
        PollResult result = lanes.poll(OTHER, () -> CompletableFuture.completedFuture(
                new PollResult.Failure(PollResult.Kind.TIMEOUT, "ran", 0))).get(20, TimeUnit.SECONDS);
        assertThat(((PollResult.Failure) result).detail()).isEqualTo("ran");
    }

    @Test
    void aKilledProcessLeavesTheMinerFree() throws Exception {
        holdInChild(MINER);
        child.destroyForcibly();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        MinerLanes lanes = MinerLanes.sharedThrough(data, line -> { });
        PollResult result = lanes.poll(MINER, () -> CompletableFuture.completedFuture(
                new PollResult.Failure(PollResult.Kind.TIMEOUT, "ran", 0))).get(20, TimeUnit.SECONDS);
        assertThat(((PollResult.Failure) result).detail()).isEqualTo("ran");
    }

    @Test
    void twoLaneSetsOfOneProcessOnOneDirectoryAlsoTakeTurns() throws Exception {
        MinerLanes first = MinerLanes.sharedThrough(data, line -> { });
        MinerLanes second = MinerLanes.sharedThrough(data, line -> { });
        CompletableFuture<String> running = new CompletableFuture<>();
        first.act(MINER, 5_000, () -> running);
        CompletableFuture<String> waiting = second.act(MINER, 20_000, () -> CompletableFuture.completedFuture("ran"));
        assertThat(waiting).isNotDone();
        running.complete("done");
        assertThat(waiting.get(20, TimeUnit.SECONDS)).isEqualTo("ran");
    }

    @Test
    void anUnusableDataDirectoryIsSaidOnceAndTheLanesKeepToThisProcess() throws Exception {
        Path notADirectory = Files.writeString(data.resolve("file"), "x");
        List<String> said = new ArrayList<>();
        MinerLanes lanes = MinerLanes.sharedThrough(notADirectory, said::add);
        PollResult result = lanes.poll(MINER, () -> CompletableFuture.completedFuture(
                new PollResult.Failure(PollResult.Kind.TIMEOUT, "ran", 0))).get(20, TimeUnit.SECONDS);
        assertThat(((PollResult.Failure) result).detail()).isEqualTo("ran");
        assertThat(said).singleElement().asString().contains(".miner-lanes.lock")
                .contains("within this process only");
    }

    private BufferedReader holdInChild(MinerEndpoint miner) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xmx64m", "-cp", cp,
                LaneHolderChild.class.getName(), data.toString(), miner.host(), Integer.toString(miner.port()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("the child took the lane").isEqualTo("HELD");
        return out;
    }

    private void release(BufferedReader out) throws IOException {
        OutputStream in = child.getOutputStream();
        in.write('\n');
        in.flush();
        assertThat(out.readLine()).isEqualTo("RELEASED");
    }
}
