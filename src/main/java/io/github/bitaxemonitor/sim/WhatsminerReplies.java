package io.github.bitaxemonitor.sim;

import java.nio.charset.StandardCharsets;

/**
 * Whatsminer btminer, API 2.0.x. Rates in MH/s ({@code MHS 5s}, {@code HS RT} real-time, {@code MHS av}),
 * {@code Factory GHS} in GH/s, board {@code Temperature} and {@code Chip Temp Min/Max/Avg}, {@code Fan Speed In/Out},
 * {@code Power} and {@code Power Limit} in the summary; {@code devs}/{@code edevs} per board; the model in
 * {@code devdetails}. Errors use the top-level string form ({@code {"STATUS":"E",...,"Msg":"invalid cmd"}}).
 * Accepts {@code {"cmd":...}} as well as {@code {"command":...}}.
 * <ul>
 *   <li>new ({@link MinerType#WHATSMINER}, 2.0.5): {@code get_version} and {@code status} in the string form with a
 *       {@code Msg} object ({@code status}: {@code btmineroff} "true" while asleep), {@code get_error_code} as a list
 *       of {code: time} objects, {@code "Power Limit"} printed twice in the summary (a duplicate key);</li>
 *   <li>old ({@link MinerType#WHATSMINER_OLD}): {@code "Firmware Version":"\'20200917.22.REL\'"} (an invalid JSON
 *       escape), {@code "Device Hardware%":nan} and {@code "Pool Stale%":inf} bare, {@code get_error_code} answering
 *       a list of plain strings ({@code "error_code":["206"]}), no {@code get_version}/{@code status}, no combined
 *       commands.</li>
 * </ul>
 */
final class WhatsminerReplies implements RigReplies {
    static final WhatsminerReplies INSTANCE = new WhatsminerReplies();
    private static final String DESCRIPTION = "btminer";
    /** The error code a {@link Fault#POWER_FAULT} shows: a power supply fault of the 2xx family. */
    static final String POWER_ERROR_CODE = "206";

    private WhatsminerReplies() {
    }

    @Override
    public byte[] reply(String command, String parameter, RigSnapshot s, long when) {
        boolean old = s.type() == MinerType.WHATSMINER_OLD;
        switch (command) {
            case "summary":
                return summary(s, when, old);
            case "devs":
            case "edevs":
                return devs(s, when);
            case "devdetails":
                return devdetails(s, when);
            case "pools":
                return CgReplies.pools(when, DESCRIPTION, s, false);
            case "get_error_code":
                return errorCodes(s, when, old);
            case "get_version":
                return old ? null : getVersion(s, when);
            case "status":
                return old ? null : status(s, when);
            default:
                return null;
        }
    }

    @Override
    public byte[] error(int code, String msg, RigSnapshot s, long when) {
        return new CgWriter().beginObject().str("STATUS", "E").num("When", when).num("Code", code).str("Msg", msg)
                .str("Description", "").endObject().toBytes();
    }

    /** btminer's own words for an unknown command. */
    @Override
    public byte[] invalid(RigSnapshot s, long when) {
        return error(CgReplies.INVALID_COMMAND, "invalid cmd", s, when);
    }

    private static byte[] summary(RigSnapshot s, long when, boolean old) {
        RigSnapshot.Rates r = s.rates();
        double chipMax = CgReplies.maxChip(s);
        double chipAvg = s.units().stream().mapToDouble(RigSnapshot.Unit::chipAvgC).average().orElse(0);
        double chipMin = s.units().stream().mapToDouble(RigSnapshot.Unit::chipMinC).min().orElse(0);
        CgWriter w = CgReplies.begin(when, 11, "Summary", DESCRIPTION, "SUMMARY").beginObject()
                .num("Elapsed", s.state().uptimeSeconds()).num("MHS av", r.sinceBoot() * 1000, 2)
                .num("MHS 5s", r.current() * 1000, 2).num("MHS 1m", r.m1() * 1000, 2).num("MHS 5m", r.m5() * 1000, 2)
                .num("MHS 15m", r.m15() * 1000, 2).num("HS RT", r.current() * 1000, 2)
                .num("Accepted", s.shares().accepted()).num("Rejected", s.shares().rejected())
                .num("Total MH", CgReplies.totalMh(s), 4).num("Temperature", CgReplies.maxBoard(s), 2)
                .num("freq_avg", s.units().get(0).frequencyMhz())
                .num("Fan Speed In", s.cooling().fanRpm().get(0))
                .num("Fan Speed Out", s.cooling().fanRpm().get(s.cooling().fanRpm().size() - 1))
                .num("Power", Math.round(s.power().wallW()));
        if (old) {
            w.rawValue("Device Hardware%", "nan");
        } else {
            w.num("Device Hardware%", CgReplies.hardwarePct(s), 4);
        }
        w.num("Device Rejected%", CgReplies.rejectedPct(s), 4).num("Pool Rejected%", CgReplies.rejectedPct(s), 4);
        if (old) {
            w.rawValue("Pool Stale%", "inf");
        } else {
            w.num("Pool Stale%", 0.0, 4);
        }
        w.num("Last getwork", when).num("Uptime", s.state().uptimeSeconds() + 95)
                .num("Chip Temp Min", chipMin, 2).num("Chip Temp Max", chipMax, 2).num("Chip Temp Avg", chipAvg, 2)
                .str("Debug", "").str("Btminer Fast Boot", "disable")
                .num("Power Fanspeed", s.cooling().fanRpm().get(0) / 2)
                .num("Error Code Count", s.state().powerFault() ? 1 : 0).num("Factory Error Code Count", 0)
                .num("Security Mode", 0).bool("Liquid Cooling", false)
                .bool("Hash Stable", r.current() > 0).num("Hash Stable Cost Seconds", 1033)
                .num("Hash Deviation", r.current() > 0 ? 0.6 : 0.0, 4)
                .num("Target Freq", s.units().get(0).frequencyMhz()).num("Target MHS", r.expected() * 1000, 2)
                .num("Env Temp", s.cooling().intakeC(), 2).str("Power Mode", "Normal")
                .num("Factory GHS", Math.round(r.expected())).num("Power Limit", s.power().limitW());
        if (old) {
            w.rawString("Firmware Version", ("\\'" + s.identity().firmware() + "\\'").getBytes(StandardCharsets.UTF_8));
        } else {
            w.num("Power Limit", s.power().limitW());
        }
        w.endObject();
        return CgReplies.finish(w);
    }

    private static byte[] devs(RigSnapshot s, long when) {
        CgWriter w = CgReplies.begin(when, 9, s.units().size() + " ASC(s)", DESCRIPTION, "DEVS");
        int units = s.units().size();
        for (RigSnapshot.Unit u : s.units()) {
            double mhs = u.ghs() * 1000;
            w.beginObject().num("ASC", u.id()).str("Name", "SM").num("ID", u.id()).num("Slot", u.id())
                    .str("Enabled", "Y").str("Status", "Alive").num("Temperature", u.boardC(), 2)
                    .num("Chip Frequency", u.frequencyMhz()).num("Fan Speed In", s.cooling().fanRpm().get(0))
                    .num("Fan Speed Out", s.cooling().fanRpm().get(s.cooling().fanRpm().size() - 1))
                    .num("MHS av", mhs, 2).num("MHS 5s", mhs, 2).num("MHS 1m", mhs, 2).num("MHS 5m", mhs, 2)
                    .num("MHS 15m", mhs, 2).num("Accepted", s.shares().accepted() / units)
                    .num("Rejected", s.shares().rejected() / units)
                    .num("Hardware Errors", s.shares().hardwareErrors() / units).num("Last Valid Work", when)
                    .num("Device Elapsed", s.state().uptimeSeconds()).num("Upfreq Complete", 1)
                    .num("Effective Chips", u.chips()).str("PCB SN", "HEM1EQ0" + (40 + u.id()) + "N20" + u.id())
                    .num("Chip Temp Min", u.chipMinC(), 2).num("Chip Temp Max", u.chipMaxC(), 2)
                    .num("Chip Temp Avg", u.chipAvgC(), 2).endObject();
        }
        return CgReplies.finish(w);
    }

    private static byte[] devdetails(RigSnapshot s, long when) {
        CgWriter w = CgReplies.begin(when, 69, "Device Details", DESCRIPTION, "DEVDETAILS");
        for (RigSnapshot.Unit u : s.units()) {
            w.beginObject().num("DEVDETAILS", u.id()).str("Name", "SM").num("ID", u.id()).str("Driver", "bitmicro")
                    .str("Kernel", "").str("Model", s.identity().model()).endObject();
        }
        return CgReplies.finish(w);
    }

    private static byte[] getVersion(RigSnapshot s, long when) {
        CgWriter w = stringForm(when, 131);
        w.beginObject("Msg").str("api_ver", "2.0.5").str("fw_ver", s.identity().firmware()).str("platform", "H6OS")
                .str("chip", "K70").endObject();
        return w.str("Description", "").endObject().toBytes();
    }

    private static byte[] status(RigSnapshot s, long when) {
        CgWriter w = stringForm(when, 131);
        w.beginObject("Msg").str("btmineroff", s.state().paused() ? "true" : "false")
                .str("Firmware Version", "'" + s.identity().firmware() + "'").endObject();
        return w.str("Description", "").endObject().toBytes();
    }

    private static byte[] errorCodes(RigSnapshot s, long when, boolean old) {
        CgWriter w = stringForm(when, 133);
        w.beginObject("Msg").beginArray("error_code");
        if (s.state().powerFault()) {
            if (old) {
                w.element(POWER_ERROR_CODE);
            } else {
                w.beginObject().str(POWER_ERROR_CODE, "2024-06-01 12:00:00").endObject();
            }
        }
        w.endArray().endObject();
        return w.str("Description", "").endObject().toBytes();
    }

    /** Starts btminer's own reply form: {@code {"STATUS":"S","When":...,"Code":...}} (the caller adds Msg). */
    private static CgWriter stringForm(long when, int code) {
        return new CgWriter().beginObject().str("STATUS", "S").num("When", when).num("Code", code);
    }
}
