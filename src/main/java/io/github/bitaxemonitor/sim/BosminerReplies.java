package io.github.bitaxemonitor.sim;

import java.util.List;

/**
 * BOSminer (Braiins OS), a Rust reimplementation of the cgminer API: well-formed JSON, rates in MH/s
 * ({@code MHS 5s}, {@code MHS 1m}, ...), fans in {@code fans} (FANS[]: ID, RPM, Speed %), temperatures in
 * {@code temps} (TEMPS[]: ID, Board, Chip), the model in {@code devdetails}, the version in {@code version}
 * (VERSION[0]: BOSminer, API), power in {@code tunerstatus}; {@code stats} carries no temperatures.
 */
final class BosminerReplies implements RigReplies {
    static final BosminerReplies INSTANCE = new BosminerReplies();

    private BosminerReplies() {
    }

    @Override
    public byte[] reply(String command, String parameter, RigSnapshot s, long when) {
        switch (command) {
            case "summary":
                return summary(s, when);
            case "fans":
                return fans(s, when);
            case "temps":
                return temps(s, when);
            case "devs":
                return devs(s, when);
            case "devdetails":
                return devdetails(s, when);
            case "version":
                return version(s, when);
            case "stats":
                return stats(s, when);
            case "tunerstatus":
                return tunerStatus(s, when);
            case "pools":
                return CgReplies.pools(when, description(s), s, false);
            default:
                return null;
        }
    }

    @Override
    public byte[] error(int code, String msg, RigSnapshot s, long when) {
        return CgReplies.error(when, code, msg, description(s));
    }

    private static String description(RigSnapshot s) {
        return "BOSminer " + s.identity().firmware();
    }

    private static byte[] summary(RigSnapshot s, long when) {
        RigSnapshot.Rates r = s.rates();
        CgWriter w = CgReplies.begin(when, 11, "Summary", description(s), "SUMMARY").beginObject()
                .num("Elapsed", s.state().uptimeSeconds()).num("MHS av", r.sinceBoot() * 1000, 2)
                .num("MHS 5s", r.current() * 1000, 2).num("MHS 1m", r.m1() * 1000, 2)
                .num("MHS 5m", r.m5() * 1000, 2).num("MHS 15m", r.m15() * 1000, 2);
        CgReplies.counters(w, s, when);
        w.num("Device Hardware%", CgReplies.hardwarePct(s), 4).num("Device Rejected%", CgReplies.rejectedPct(s), 4)
                .num("Pool Rejected%", CgReplies.rejectedPct(s), 4).num("Pool Stale%", 0.0, 4)
                .num("Last getwork", when).endObject();
        return CgReplies.finish(w);
    }

    private static byte[] fans(RigSnapshot s, long when) {
        List<Integer> rpm = s.cooling().fanRpm();
        CgWriter w = CgReplies.begin(when, 202, rpm.size() + " Fan(s)", description(s), "FANS");
        for (int i = 0; i < rpm.size(); i++) {
            w.beginObject().num("FAN", i).num("ID", i).num("RPM", rpm.get(i)).num("Speed", s.cooling().fanPercent())
                    .endObject();
        }
        return CgReplies.finish(w);
    }

    private static byte[] temps(RigSnapshot s, long when) {
        CgWriter w = CgReplies.begin(when, 201, s.units().size() + " Temp(s)", description(s), "TEMPS");
        int n = 0;
        for (RigSnapshot.Unit u : s.units()) {
            w.beginObject().num("TEMP", n++).num("ID", u.id()).num("Board", u.boardC(), 1)
                    .num("Chip", u.chipMaxC(), 1).endObject();
        }
        return CgReplies.finish(w);
    }

    private static byte[] devs(RigSnapshot s, long when) {
        CgWriter w = CgReplies.begin(when, 9, s.units().size() + " ASC(s)", description(s), "DEVS");
        int n = 0;
        int units = s.units().size();
        for (RigSnapshot.Unit u : s.units()) {
            w.beginObject().num("ASC", n++).str("Name", "").num("ID", u.id()).str("Enabled", "Y")
                    .str("Status", "Alive").num("Temperature", u.boardC(), 1)
                    .num("MHS av", u.ghs() * 1000, 2).num("MHS 5s", u.ghs() * 1000, 2)
                    .num("MHS 1m", u.ghs() * 1000, 2).num("MHS 5m", u.ghs() * 1000, 2)
                    .num("MHS 15m", u.ghs() * 1000, 2).num("Nominal MHS", u.expectedGhs() * 1000, 2)
                    .num("Accepted", s.shares().accepted() / units).num("Rejected", s.shares().rejected() / units)
                    .num("Hardware Errors", s.shares().hardwareErrors() / units).num("Last Valid Work", when)
                    .num("Device Elapsed", s.state().uptimeSeconds()).endObject();
        }
        return CgReplies.finish(w);
    }

    private static byte[] devdetails(RigSnapshot s, long when) {
        CgWriter w = CgReplies.begin(when, 69, "Device Details", description(s), "DEVDETAILS");
        int n = 0;
        for (RigSnapshot.Unit u : s.units()) {
            w.beginObject().num("DEVDETAILS", n++).str("Name", "").num("ID", u.id()).str("Driver", "")
                    .str("Kernel", "").str("Model", s.identity().model()).str("Device Path", "")
                    .num("Chips", u.chips()).num("Frequency", u.frequencyMhz(), 1).num("Voltage", 13.6, 1)
                    .endObject();
        }
        return CgReplies.finish(w);
    }

    private static byte[] version(RigSnapshot s, long when) {
        CgWriter w = CgReplies.begin(when, 22, "BOSminer versions", description(s), "VERSION");
        w.beginObject().str("BOSminer", s.identity().firmware()).str("API", "3.7").endObject();
        return CgReplies.finish(w);
    }

    /** cgminer's per-device timing block, one per chain, and nothing about temperatures. */
    private static byte[] stats(RigSnapshot s, long when) {
        CgWriter w = CgReplies.begin(when, 70, "CGMiner stats", description(s), "STATS");
        int n = 0;
        for (RigSnapshot.Unit u : s.units()) {
            w.beginObject().num("STATS", n++).str("ID", "Chain" + u.id()).num("Elapsed", s.state().uptimeSeconds())
                    .num("Calls", 0).num("Wait", 0.0, 1).num("Max", 0.0, 1).num("Min", 99999999.0, 1).endObject();
        }
        return CgReplies.finish(w);
    }

    private static byte[] tunerStatus(RigSnapshot s, long when) {
        double wall = s.power().wallW();
        CgWriter w = CgReplies.begin(when, 12, "Tuner Status", description(s), "TUNERSTATUS");
        w.beginObject().num("PowerLimit", s.power().limitW()).num("RunningSeconds", s.state().uptimeSeconds())
                .str("TunerMode", "PowerTarget").num("ApproximateChainPowerConsumption", Math.round(wall * 0.95))
                .num("ApproximateMinerPowerConsumption", Math.round(wall)).str("DynamicPowerScaling", "Disabled")
                .endObject();
        return CgReplies.finish(w);
    }
}
