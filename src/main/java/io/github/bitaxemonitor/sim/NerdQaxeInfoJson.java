package io.github.bitaxemonitor.sim;

import static io.github.bitaxemonitor.sim.ReplyJson.number;
import static io.github.bitaxemonitor.sim.ReplyJson.textIfPresent;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * {@code /api/system/info} of the NerdQAxe fork: {@code deviceModel}, {@code hostip} instead of {@code ipv4}, one
 * temperature per ASIC in {@code asicTemps}, a second fan, string best difficulties, an integer
 * {@code stratumProtocol}, {@code autofanspeed} 2 (PID) and a nested {@code stratum} object.
 */
final class NerdQaxeInfoJson {
    private NerdQaxeInfoJson() {
    }

    /** Writes the fields of the info object (the caller opens and closes it). */
    static void fields(JsonGenerator g, MinerSnapshot s) throws IOException {
        MinerSnapshot.Hashing h = s.hashing();
        MinerSnapshot.Thermal t = s.thermal();
        MinerSnapshot.Shares sh = s.shares();
        MinerSnapshot.Pool pool = s.pool();
        Board board = s.identity().board();
        number(g, "power", s.electrical().powerW());
        number(g, "maxPower", board.maxPowerW());
        number(g, "minPower", 5);
        number(g, "voltage", s.electrical().voltageMv());
        number(g, "current", s.electrical().currentMa());
        number(g, "temp", t.asicTemp());
        number(g, "vrTemp", t.vrTemp());
        number(g, "hashRate", h.hashRate());
        number(g, "hashRate_10m", h.hashRate10m());
        number(g, "hashRate_1h", h.hashRate1h());
        number(g, "hashRate_1d", h.hashRate1h());
        g.writeStringField("bestDiff", DiffFormat.threeDigits(sh.bestDiff()));
        g.writeStringField("bestSessionDiff", DiffFormat.threeDigits(sh.bestSessionDiff()));
        number(g, "freeHeap", s.health().freeHeap());
        number(g, "coreVoltage", h.coreVoltage());
        number(g, "coreVoltageActual", h.coreVoltageActual());
        number(g, "frequency", h.frequency());
        g.writeStringField("ssid", s.network().ssid());
        textIfPresent(g, "hostname", s.identity().hostname());
        g.writeStringField("hostip", s.network().ipv4());
        g.writeStringField("macAddr", s.identity().macAddr());
        g.writeStringField("wifiStatus", s.network().wifiStatus());
        number(g, "wifiRSSI", s.network().rssi());
        number(g, "sharesAccepted", sh.accepted());
        number(g, "sharesRejected", sh.rejected());
        number(g, "uptimeSeconds", s.health().uptimeSeconds());
        number(g, "asicCount", board.asicCount());
        number(g, "smallCoreCount", board.smallCoreCount());
        g.writeStringField("ASICModel", board.asicModel());
        g.writeStringField("deviceModel", board.model());
        g.writeArrayFieldStart("asicTemps");
        for (double temp : t.asicTemps()) {
            g.writeNumber(temp);
        }
        g.writeEndArray();
        g.writeStringField("stratumURL", pool.url());
        number(g, "stratumPort", pool.port());
        g.writeStringField("stratumUser", pool.user());
        g.writeStringField("fallbackStratumURL", pool.fallbackUrl());
        number(g, "fallbackStratumPort", pool.fallbackPort());
        g.writeStringField("fallbackStratumUser", pool.fallbackUser());
        number(g, "stratumProtocol", 0);
        number(g, "isUsingFallbackStratum", pool.usingFallback() ? 1 : 0);
        stratum(g, sh);
        number(g, "poolDifficulty", sh.poolDifficulty());
        g.writeStringField("version", s.identity().version());
        g.writeStringField("runningPartition", "ota_1");
        number(g, "flipscreen", 0);
        number(g, "invertscreen", 0);
        number(g, "autofanspeed", 2);
        number(g, "pidTargetTemp", t.tempTarget());
        number(g, "fanspeed", Math.round(t.fanPercent()));
        number(g, "fanrpm", t.fanRpm());
        number(g, "fanspeed2", Math.round(t.fanPercent()));
        number(g, "fanrpm2", t.fan2Rpm());
        number(g, "overheat_temp", 70);
        number(g, "overheat_mode", s.health().overheatMode() ? 1 : 0);
        textIfPresent(g, "power_fault", s.health().powerFault());
    }

    private static void stratum(JsonGenerator g, MinerSnapshot.Shares sh) throws IOException {
        g.writeObjectFieldStart("stratum");
        number(g, "poolMode", 0);
        number(g, "activePoolMode", 0);
        g.writeArrayFieldStart("pools");
        g.writeStartObject();
        g.writeBooleanField("connected", true);
        g.writeBooleanField("poolDiffErr", false);
        number(g, "poolDifficulty", sh.poolDifficulty());
        number(g, "accepted", sh.accepted());
        number(g, "rejected", sh.rejected());
        number(g, "bestDiff", sh.bestSessionDiff());
        number(g, "pingRtt", sh.responseTimeMs());
        number(g, "pingLoss", 0);
        g.writeEndObject();
        g.writeEndArray();
        if (Double.isInfinite(sh.bestDiff())) {
            g.writeStringField("totalBestDiff", Fault.BAD_DIFF_TEXT);
        } else {
            number(g, "totalBestDiff", sh.bestDiff());
        }
        g.writeEndObject();
    }
}
