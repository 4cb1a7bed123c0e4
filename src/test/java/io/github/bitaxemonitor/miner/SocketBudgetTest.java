package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SocketBudgetTest {
    private static final byte[] GAMMA = Fixtures.bytes("bitaxe/axeos-2.12.0-gamma.json");

    private final List<ScriptedHttpServer> servers = new ArrayList<>();
    private BitaxeClient client;

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client.close();
        }
        for (ScriptedHttpServer s : servers) {
            s.close();
        }
    }

    @Test
    void theBudgetIsTheFileLimitLessWhatIsOpenAndTheStoresReserveSplitBetweenPollsAndKeptAliveConnections() {
        SocketBudget b = new SocketBudget(20_000, 44, SocketBudget.RESERVE);

        assertThat(b.sockets()).isEqualTo(20_000 - 44 - 256);
        assertThat(b.pollsAtOnce()).isEqualTo(9_850);
        assertThat(b.pollsAtOnce() + b.keptAlive()).isEqualTo(b.sockets());
        assertThat(b.describe()).isEqualTo("9,850 polls at once (ulimit -n 20,000, 44 open, 256 kept for the store)");
    }

    @Test
    void aLimitBelowWhatIsOpenStillLeavesOnePollAtATime() {
        SocketBudget b = new SocketBudget(100, 300, SocketBudget.RESERVE);

        assertThat(b.pollsAtOnce()).isEqualTo(1);
        assertThat(b.keptAlive()).isEqualTo(1);
    }

    @Test
    void thisProcessHasALimitAboveWhatItHasOpen() {
        SocketBudget b = SocketBudget.forThisProcess();

        assertThat(b.fileLimit()).isGreaterThan(b.openNow());
        assertThat(b.pollsAtOnce()).isPositive();
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> new SocketBudget(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SocketBudget(10, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openingAConnectionPastTheBoundClosesTheOneIdleLongest() throws Exception {
        MinerEndpoint a = miner();
        MinerEndpoint b = miner();
        MinerEndpoint c = miner();
        client = new BitaxeClient(new ClientSettings(Duration.ofSeconds(5), 0, 64 * 1024), Retrying.DEFAULT,
                Clock.systemUTC(), new MinerLanes(), 2);

        for (MinerEndpoint m : List.of(a, b, c, a, c)) {
            assertThat(client.poll(m).get(10, TimeUnit.SECONDS)).isInstanceOf(PollResult.Success.class);
        }

        // c evicted a; a's return evicted b (idle longer than c); c kept its connection throughout
        assertThat(servers).extracting(ScriptedHttpServer::connections).containsExactly(2, 1, 1);
    }

    @Test
    void withoutABoundEveryMinerKeepsItsConnection() throws Exception {
        MinerEndpoint a = miner();
        MinerEndpoint b = miner();
        MinerEndpoint c = miner();
        client = new BitaxeClient(new ClientSettings(Duration.ofSeconds(5), 0, 64 * 1024), Retrying.DEFAULT,
                Clock.systemUTC(), new MinerLanes());

        for (MinerEndpoint m : List.of(a, b, c, a, c)) {
            assertThat(client.poll(m).get(10, TimeUnit.SECONDS)).isInstanceOf(PollResult.Success.class);
        }

        assertThat(servers).extracting(ScriptedHttpServer::connections).containsExactly(1, 1, 1);
    }

    private MinerEndpoint miner() throws IOException {
        ScriptedHttpServer s = new ScriptedHttpServer(ScriptedHttpServer.keepAlive(GAMMA));
        servers.add(s);
        return new MinerEndpoint("127.0.0.1", s.port(), null, MinerKind.BITAXE);
    }
}
