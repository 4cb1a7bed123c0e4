package io.github.bitaxemonitor.miner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Reading;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AxeOsStatisticsTest {
    private static final Instant ARRIVED = Instant.parse("2026-12-06T04:00:00Z");

    private static List<Reading> parse(String json) {
        return AxeOsStatistics.parse(LenientJson.read(json), ARRIVED);
    }

    @Test
    void labelledEntriesAreStampedFromTheDevicesUptimeAndTakenInBaseUnits() {
        List<Reading> r = parse("{\"currentTimestamp\":100000,\"labels\":[\"hashrate\",\"voltage\",\"current\","
                + "\"fanRpm\",\"asicTemp\"],\"statistics\":[[1100.5,5100,3900,4200,58.2,70000],"
                + "[1090,5050,3950,4180,58.4,90000]]}");
        assertThat(r).hasSize(2);
        assertThat(r.get(0).arrived()).isEqualTo(ARRIVED.minusSeconds(30));
        assertThat(r.get(1).arrived()).isEqualTo(ARRIVED.minusSeconds(10));
        assertThat(r.get(0).get(Fields.HASHRATE_GHS)).isEqualTo(1100.5);
        assertThat(r.get(0).get(Fields.INPUT_VOLTAGE_V)).isEqualTo(5.1);
        assertThat(r.get(0).get(Fields.INPUT_CURRENT_A)).isEqualTo(3.9);
        assertThat(r.get(0).get(Fields.FAN_RPM)).isEqualTo(4200L);
        assertThat(r.get(0).get(Fields.ASIC_TEMP_C)).isEqualTo(58.2);
    }

    @Test
    void withoutLabelsTheFixedColumnsOfFirmware28To210AreRead() {
        List<Reading> r = parse("{\"currentTimestamp\":20000,\"statistics\":[[480.2,55.1,13.9,10000]]}");
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.get(Fields.HASHRATE_GHS)).isEqualTo(480.2);
            assertThat(x.get(Fields.ASIC_TEMP_C)).isEqualTo(55.1);
            assertThat(x.get(Fields.POWER_W)).isEqualTo(13.9);
        });
    }

    @Test
    void hostileEntriesAreSkippedAndTheRestKept() {
        List<Reading> r = parse("{\"currentTimestamp\":50000,\"labels\":[\"hashrate\",\"nonsense\",\"power\"],"
                + "\"statistics\":[[1,2,3],[\"=cmd\",2,15.5,20000],[500,\"x\",\"NaN\",30000],[1,2,3,60000],"
                + "[1,2,3,-5],\"row\",[1,2,3,\"t\"],[510,2,16,40000]]}");
        assertThat(r).extracting(Reading::arrived)
                .containsExactly(ARRIVED.minusSeconds(30), ARRIVED.minusSeconds(20), ARRIVED.minusSeconds(10));
        assertThat(r.get(0).get(Fields.HASHRATE_GHS)).as("a text value is no value").isNull();
        assertThat(r.get(0).get(Fields.POWER_W)).isEqualTo(15.5);
        assertThat(r.get(1).get(Fields.HASHRATE_GHS)).isEqualTo(500.0);
    }

    @Test
    void aReplyThatIsNotAHistoryGivesNothing() {
        assertThat(parse("[1,2,3]")).isEmpty();
        assertThat(parse("{\"statistics\":[[1,2,3,4]]}")).isEmpty();
        assertThat(parse("{\"currentTimestamp\":\"soon\",\"statistics\":[]}")).isEmpty();
        assertThat(AxeOsStatistics.parse(null, ARRIVED)).isEmpty();
    }

    @Test
    void anEndlessHistoryIsCut() {
        StringBuilder json = new StringBuilder("{\"currentTimestamp\":100000000,\"labels\":[\"power\"],\"statistics\":[");
        for (int i = 0; i < 5_000; i++) {
            json.append(i == 0 ? "" : ",").append("[15,").append(i).append(']');
        }
        assertThat(parse(json.append("]}").toString())).hasSize(AxeOsStatistics.MAX_ENTRIES);
    }
}
