package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.model.MinerEndpoint;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scripted faults on every CGMiner vendor shape, seen over a plain socket. */
class CgminerFaultsTest {
    private static final String SUMMARY = "{\"command\":\"summary\"}";
    private static SimulatedFleet fleet;

    @BeforeAll
    static void start() {
        fleet = SimulatedFleet.start(FleetSpec.builder()
                .mix("antminer:1,antminer-s9:1,bosminer:1,whatsminer:1,whatsminer-old:1,avalon:1,avalon-multi:1,"
                        + "avalon-nano:1")
                .latencyMs(0, 5).build());
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    @AfterEach
    void heal() {
        for (int i = 0; i < fleet.size(); i++) {
            fleet.miner(i).setFaults(Set.of());
        }
    }

    private static MinerEndpoint at(MinerType type) {
        return fleet.endpoints().get(index(type));
    }

    private static SimulatedMiner miner(MinerType type) {
        return fleet.miner(index(type));
    }

    private static int index(MinerType type) {
        for (int i = 0; i < fleet.size(); i++) {
            if (fleet.miner(i).type() == type) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " in the fleet");
    }

    private static JsonNode ask(MinerType type, String command) throws IOException {
        return CgClient.json(CgClient.ask(at(type), command));
    }

    /** The STATUS object of a reply in either form (array or Whatsminer's top-level string). */
    private static JsonNode status(JsonNode reply) {
        return reply.get("STATUS").isArray() ? reply.get("STATUS").get(0) : reply;
    }

    private static String statusLetter(JsonNode reply) {
        JsonNode s = reply.get("STATUS");
        return s.isArray() ? s.get(0).get("STATUS").asText() : s.asText();
    }

    @Test
    void offlineMachinesRefuseConnectionsUntilTheyComeBack() throws IOException {
        for (int i = 0; i < fleet.size(); i++) {
            MinerEndpoint e = fleet.endpoints().get(i);
            fleet.miner(i).addFault(Fault.OFFLINE);
            assertThatThrownBy(() -> CgClient.connect(e).close()).as(e.alias()).isInstanceOf(ConnectException.class);
            fleet.miner(i).removeFault(Fault.OFFLINE);
            assertThat(CgClient.ask(e, SUMMARY)).isNotEmpty();
        }
    }

    @Test
    void slowMachinesOutlastAClientTimeout() throws IOException {
        for (MinerType t : new MinerType[] {MinerType.ANTMINER, MinerType.WHATSMINER, MinerType.AVALON}) {
            miner(t).addFault(Fault.SLOW);
            try (Socket s = CgClient.connect(at(t))) {
                s.setSoTimeout(500);
                s.getOutputStream().write(SUMMARY.getBytes(StandardCharsets.US_ASCII));
                assertThatThrownBy(() -> s.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            } finally {
                // A one-connection-at-a-time device stays busy with the abandoned request, as the real one does;
                // switching it off and on drops that connection so the next test finds it free.
                miner(t).addFault(Fault.OFFLINE);
            }
        }
    }

    @Test
    void malformedRepliesAreCutShortWithoutTheNul() throws IOException {
        for (int i = 0; i < fleet.size(); i++) {
            int whole = CgClient.ask(fleet.endpoints().get(i), SUMMARY).length;
            fleet.miner(i).addFault(Fault.MALFORMED);
            byte[] cut = CgClient.ask(fleet.endpoints().get(i), SUMMARY);
            assertThat(cut.length).as(fleet.endpoints().get(i).alias()).isBetween(whole / 4, whole * 3 / 4);
            assertThat(cut[cut.length - 1]).isNotZero();
            assertThatThrownBy(() -> CgClient.json(cut)).isInstanceOf(IOException.class);
        }
    }

    @Test
    void hugeReplyIsValidPaddedJsonEndingInNul() throws IOException {
        miner(MinerType.BOSMINER).addFault(Fault.HUGE);
        byte[] raw = CgClient.ask(at(MinerType.BOSMINER), SUMMARY);
        assertThat((long) raw.length).isGreaterThanOrEqualTo(SimulatedFleet.HUGE_REPLY_BYTES);
        assertThat(raw[raw.length - 1]).isZero();
        String text = CgClient.text(raw);
        assertThat(text).endsWith("AAAA\"}").contains("\"SUMMARY\":[{");
    }

    @Test
    void refusedMachinesDenyEveryCommandInTheirOwnForm() throws IOException {
        for (MinerType t : MinerType.values()) {
            if (t == MinerType.BITAXE) {
                continue;
            }
            miner(t).addFault(Fault.REFUSED);
            for (String command : new String[] {"summary", "stats", "version"}) {
                JsonNode r = ask(t, "{\"command\":\"" + command + "\"}");
                assertThat(statusLetter(r)).as("%s %s", t, command).isEqualTo("E");
                assertThat(status(r).get("Code").asInt()).isEqualTo(45);
                assertThat(status(r).get("Msg").asText()).isEqualTo("Access denied to '" + command + "' command");
            }
        }
    }

    @Test
    void aMachineThatRefusesSummaryStillAnswersStatsAndTheReverse() throws IOException {
        miner(MinerType.ANTMINER).addFault(Fault.SUMMARY_REFUSED);
        assertThat(status(ask(MinerType.ANTMINER, SUMMARY)).get("Code").asInt()).isEqualTo(45);
        assertThat(ask(MinerType.ANTMINER, "stats").get("STATS").get(1).has("chain_rate1")).isTrue();
        JsonNode combined = ask(MinerType.ANTMINER, "summary+stats");
        assertThat(combined.get("summary").get(0).get("STATUS").get(0).get("Code").asInt()).isEqualTo(45);
        assertThat(combined.get("stats").get(0).get("STATS")).hasSize(2);

        miner(MinerType.AVALON).addFault(Fault.STATS_REFUSED);
        for (String command : new String[] {"stats", "estats"}) {
            assertThat(status(ask(MinerType.AVALON, command)).get("Code").asInt()).isEqualTo(45);
        }
        assertThat(ask(MinerType.AVALON, SUMMARY).get("SUMMARY").get(0).get("MHS 30s").asDouble()).isPositive();
        miner(MinerType.AVALON_NANO).addFault(Fault.STATS_REFUSED);
        assertThat(status(ask(MinerType.AVALON_NANO, "litestats")).get("Code").asInt()).isEqualTo(45);
    }

    @Test
    void hotMachinesReportTemperaturesAboveTheirVendorsNormalRange() throws IOException {
        for (int i = 0; i < fleet.size(); i++) {
            fleet.miner(i).addFault(Fault.HOT);
        }
        assertThat(ask(MinerType.ANTMINER, "stats").get("STATS").get(1).get("temp2_1").asInt()).isBetween(88, 92);
        assertThat(ask(MinerType.ANTMINER, "stats").get("STATS").get(1).get("temp1").asInt()).isGreaterThan(75);
        assertThat(ask(MinerType.BOSMINER, "temps").get("TEMPS").get(0).get("Chip").asDouble()).isBetween(88.0, 92.0);
        JsonNode wm = ask(MinerType.WHATSMINER, SUMMARY).get("SUMMARY").get(0);
        assertThat(wm.get("Chip Temp Max").asDouble()).isBetween(103.0, 107.0);
        assertThat(wm.get("Temperature").asDouble()).isGreaterThan(90);
        String mm = ask(MinerType.AVALON, "estats").get("STATS").get(0).get("MM ID0").asText();
        assertThat(Double.parseDouble(AvalonWireTest.tokens(mm).get("TMax"))).isBetween(98.0, 102.0);
        assertThat(Double.parseDouble(AvalonWireTest.tokens(mm).get("GHSspd"))).isPositive();
    }

    @Test
    void sensorGlitchIsOneAbsurdReadingPerVendor() throws IOException {
        for (int i = 0; i < fleet.size(); i++) {
            fleet.miner(i).addFault(Fault.SENSOR_GLITCH);
        }
        JsonNode s19 = ask(MinerType.ANTMINER, "stats").get("STATS").get(1);
        assertThat(s19.get("temp2_1").asInt()).isEqualTo(4000);
        assertThat(s19.get("temp_chip1").asText()).contains("-4000-");
        assertThat(s19.get("temp2_2").asInt()).isBetween(60, 85);
        assertThat(ask(MinerType.ANTMINER_S9, "stats").get("STATS").get(1).get("temp2_6").asInt()).isEqualTo(4000);
        JsonNode bos = ask(MinerType.BOSMINER, "temps").get("TEMPS");
        assertThat(bos.get(0).get("Chip").asDouble()).isEqualTo(4000.0);
        assertThat(bos.get(1).get("Chip").asDouble()).isBetween(60.0, 85.0);
        for (MinerType t : new MinerType[] {MinerType.WHATSMINER, MinerType.WHATSMINER_OLD}) {
            assertThat(ask(t, SUMMARY).get("SUMMARY").get(0).get("Chip Temp Max").asDouble()).isEqualTo(4000.0);
            assertThat(ask(t, "devs").get("DEVS").get(0).get("Chip Temp Max").asDouble()).isEqualTo(4000.0);
            assertThat(ask(t, "devs").get("DEVS").get(1).get("Chip Temp Max").asDouble()).isBetween(75.0, 100.0);
        }
        JsonNode multi = ask(MinerType.AVALON_MULTI, "estats").get("STATS").get(0);
        assertThat(AvalonWireTest.tokens(multi.get("MM ID1").asText()).get("TMax")).isEqualTo("4000");
        assertThat(Double.parseDouble(AvalonWireTest.tokens(multi.get("MM ID2").asText()).get("TMax")))
                .isBetween(70.0, 95.0);
        assertThat(ask(MinerType.AVALON, SUMMARY).get("SUMMARY").get(0).get("MHS 30s").asDouble()).isPositive();
    }

    @Test
    void sleepingWhatsminerSaysSoInStatusAndHashesNothing() throws IOException {
        miner(MinerType.WHATSMINER).addFault(Fault.PAUSED);
        assertThat(ask(MinerType.WHATSMINER, "status").get("Msg").get("btmineroff").asText()).isEqualTo("true");
        JsonNode s = ask(MinerType.WHATSMINER, SUMMARY).get("SUMMARY").get(0);
        assertThat(s.get("MHS 5s").asDouble()).isZero();
        assertThat(s.get("HS RT").asDouble()).isZero();
        assertThat(s.get("Power").asInt()).isLessThan(22);
    }

    @Test
    void bootingAndNoHashMachinesReportZeroRatesEverywhere() throws IOException {
        miner(MinerType.ANTMINER).addFault(Fault.BOOTING);
        JsonNode a = ask(MinerType.ANTMINER, SUMMARY).get("SUMMARY").get(0);
        assertThat(a.get("Elapsed").asLong()).isLessThan(SimulatedMiner.BOOT_SECONDS);
        assertThat(a.get("GHS 5s").asText()).isEqualTo("0.00");
        miner(MinerType.AVALON_MULTI).addFault(Fault.NO_HASH);
        JsonNode st = ask(MinerType.AVALON_MULTI, "estats").get("STATS").get(0);
        assertThat(AvalonWireTest.tokens(st.get("MM ID3").asText()).get("GHSmm")).isEqualTo("0.00");
        miner(MinerType.BOSMINER).addFault(Fault.NO_HASH);
        assertThat(ask(MinerType.BOSMINER, SUMMARY).get("SUMMARY").get(0).get("MHS 5s").asDouble()).isZero();
    }

    @Test
    void rebootingMachineStartsItsElapsedAgain() throws IOException {
        SimulatedMiner m = miner(MinerType.WHATSMINER_OLD);
        m.addFault(Fault.REBOOTS);
        m.advanceSeconds(SimulatedMiner.REBOOT_PERIOD_SECONDS + 1);
        assertThat(ask(MinerType.WHATSMINER_OLD, SUMMARY).get("SUMMARY").get(0).get("Elapsed").asLong())
                .isLessThan(SimulatedMiner.REBOOT_PERIOD_SECONDS);
    }

    @Test
    void hostileMachineSendsItsStringsProperlyEscaped() throws IOException {
        miner(MinerType.ANTMINER).addFault(Fault.HOSTILE);
        JsonNode stats = ask(MinerType.ANTMINER, "stats").get("STATS");
        assertThat(stats.get(0).get("Type").asText()).isEqualTo(HostileStrings.HOSTNAME);
        assertThat(stats.get(0).get("BMMiner").asText()).isEqualTo(HostileStrings.VERSION);
        assertThat(ask(MinerType.ANTMINER, "pools").get("POOLS").get(0).get("User").asText())
                .isEqualTo(HostileStrings.STRATUM_USER);
    }
}
