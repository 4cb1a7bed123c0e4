package io.github.bitaxemonitor.sim;

import static io.github.bitaxemonitor.sim.ReplyJson.number;
import static io.github.bitaxemonitor.sim.ReplyJson.textIfPresent;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * {@code /api/system/info} of ESP-Miner/AxeOS. Each field is gated on the firmware version that introduced, renamed
 * or removed it (shared/reference/bitaxe-api.md), in the order the firmware prints them.
 */
final class AxeOsInfoJson {
    private AxeOsInfoJson() {
    }

    /** Writes the fields of the info object (the caller opens and closes it). */
    static void fields(JsonGenerator g, MinerSnapshot s) throws IOException {
        FirmwareShape v = s.identity().shape();
        MinerSnapshot.Hashing h = s.hashing();
        MinerSnapshot.Thermal t = s.thermal();
        MinerSnapshot.Shares sh = s.shares();
        MinerSnapshot.Pool pool = s.pool();
        Board board = s.identity().board();
        number(g, "power", s.electrical().powerW());
        number(g, "voltage", s.electrical().voltageMv());
        number(g, "current", s.electrical().currentMa());
        number(g, "temp", t.asicTemp());
        if (v.atLeast(21000)) {
            number(g, "temp2", v.atLeast(21100) ? t.asicTemp2() : 0);
        }
        if (v.atLeast(20109)) {
            number(g, "vrTemp", t.vrTemp());
        }
        if (v.atLeast(20600)) {
            number(g, "maxPower", board.maxPowerW());
            number(g, "nominalVoltage", board.nominalVolts());
        }
        number(g, "hashRate", h.hashRate());
        if (v.atLeast(21200)) {
            number(g, "hashRate_1m", h.hashRate1m());
            number(g, "hashRate_10m", h.hashRate10m());
            number(g, "hashRate_1h", h.hashRate1h());
        }
        if (v.atLeast(20800)) {
            number(g, "expectedHashrate", h.expectedHashRate());
        }
        if (v.atLeast(21100)) {
            number(g, "errorPercentage", h.errorPercentage());
        }
        bestDiff(g, v, "bestDiff", sh.bestDiff());
        bestDiff(g, v, "bestSessionDiff", sh.bestSessionDiff());
        if (v.atLeast(20900)) {
            number(g, "poolDifficulty", sh.poolDifficulty());
        } else if (v.atLeast(20401)) {
            number(g, "stratumDiff", sh.poolDifficulty());
        }
        number(g, "freeHeap", s.health().freeHeap());
        number(g, "coreVoltage", h.coreVoltage());
        number(g, "coreVoltageActual", h.coreVoltageActual());
        number(g, "frequency", h.frequency());
        if (v.atLeast(21400)) {
            number(g, "actualFrequency", h.actualFrequency());
        }
        g.writeStringField("ssid", s.network().ssid());
        g.writeStringField("macAddr", s.identity().macAddr());
        if (v.atLeast(20105)) {
            textIfPresent(g, "hostname", s.identity().hostname());
        }
        if (v.atLeast(21100)) {
            g.writeStringField("ipv4", s.network().ipv4());
            g.writeStringField("ipv6", "");
        }
        if (!v.atLeast(20005)) {
            g.writeStringField("wifiPass", SimulatedMiner.WIFI_PASSWORD);
        }
        g.writeStringField("wifiStatus", s.network().wifiStatus());
        if (v.atLeast(20600)) {
            number(g, "wifiRSSI", s.network().rssi());
        }
        number(g, "sharesAccepted", sh.accepted());
        number(g, "sharesRejected", sh.rejected());
        if (v.atLeast(20600)) {
            rejectReasons(g, sh);
        }
        if (v.atLeast(21500)) {
            number(g, "sharesPending", 0);
        }
        number(g, "uptimeSeconds", s.health().uptimeSeconds());
        if (v.atLeast(20109)) {
            number(g, "smallCoreCount", board.smallCoreCount());
        }
        g.writeStringField("ASICModel", board.asicModel());
        g.writeStringField("stratumURL", pool.url());
        number(g, "stratumPort", pool.port());
        g.writeStringField("stratumUser", pool.user());
        if (v.atLeast(20500)) {
            g.writeStringField("fallbackStratumURL", pool.fallbackUrl());
            number(g, "fallbackStratumPort", pool.fallbackPort());
            g.writeStringField("fallbackStratumUser", pool.fallbackUser());
            number(g, "isUsingFallbackStratum", pool.usingFallback() ? 1 : 0);
        }
        if (v.atLeast(20900)) {
            number(g, "responseTime", sh.responseTimeMs());
        }
        g.writeStringField("version", s.identity().version());
        if (v.atLeast(21100)) {
            g.writeStringField("axeOSVersion", s.identity().version());
        }
        g.writeStringField("idfVersion", v.atLeast(21100) ? "v5.4" : "v5.1.2");
        g.writeStringField("boardVersion", board.boardVersion());
        g.writeStringField("runningPartition", "ota_0");
        if (v.atLeast(20200)) {
            number(g, "overheat_mode", s.health().overheatMode() ? 1 : 0);
        }
        if (v.atLeast(21400)) {
            g.writeBooleanField("miningPaused", s.health().miningPaused());
        }
        number(g, v.atLeast(21100) ? "rotation" : "flipscreen", 0);
        number(g, "invertscreen", 0);
        number(g, "autofanspeed", 1);
        if (!v.atLeast(20104)) {
            number(g, "fanSpeed", t.fanRpm());
        }
        // 2.11-2.13 print the duty as a float; the others as a whole percentage.
        number(g, "fanspeed", v.atLeast(21100) && !v.atLeast(21400) ? t.fanPercent() : Math.round(t.fanPercent()));
        if (v.atLeast(20109)) {
            number(g, "fanrpm", t.fanRpm());
        }
        if (v.atLeast(21000)) {
            number(g, "fan2rpm", t.fan2Rpm());
        }
        if (v.atLeast(20500)) {
            number(g, "temptarget", t.tempTarget());
        }
        textIfPresent(g, "power_fault", s.health().powerFault());
        if (v.atLeast(21500)) {
            pools(g, pool);
        }
    }

    private static void bestDiff(JsonGenerator g, FirmwareShape v, String name, double diff) throws IOException {
        if (Double.isInfinite(diff)) {
            g.writeStringField(name, Fault.BAD_DIFF_TEXT); // whatever the shape: the overflowed text of Fault.BAD_DIFF
        } else if (v.atLeast(21100)) {
            number(g, name, diff);
        } else if (v.atLeast(21000)) {
            g.writeStringField(name, DiffFormat.spaced(diff));
        } else if (v.atLeast(20800)) {
            g.writeStringField(name, DiffFormat.twoDecimals(diff));
        } else {
            g.writeStringField(name, DiffFormat.threeDigits(diff));
        }
    }

    private static void rejectReasons(JsonGenerator g, MinerSnapshot.Shares sh) throws IOException {
        g.writeArrayFieldStart("sharesRejectedReasons");
        reason(g, "Above target", sh.rejectedAboveTarget());
        reason(g, "Stale", sh.rejectedStale());
        g.writeEndArray();
    }

    private static void reason(JsonGenerator g, String message, long count) throws IOException {
        if (count > 0) {
            g.writeStartObject();
            g.writeStringField("message", message);
            number(g, "count", count);
            g.writeEndObject();
        }
    }

    private static void pools(JsonGenerator g, MinerSnapshot.Pool pool) throws IOException {
        g.writeArrayFieldStart("pools");
        poolEntry(g, pool.url(), pool.port(), pool.user());
        poolEntry(g, pool.fallbackUrl(), pool.fallbackPort(), pool.fallbackUser());
        g.writeEndArray();
    }

    private static void poolEntry(JsonGenerator g, String url, int port, String user) throws IOException {
        g.writeStartObject();
        g.writeStringField("url", url);
        number(g, "port", port);
        g.writeStringField("user", user);
        g.writeStringField("password", "*****");
        g.writeEndObject();
    }
}
