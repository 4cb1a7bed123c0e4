package io.github.bitaxemonitor.sim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Stock Antminer firmware (bmminer/cgminer): {@code summary}, {@code stats}, {@code devs}, {@code version},
 * {@code pools}. Rates in GH/s, {@code GHS 5s} as a STRING; no power figure anywhere. Quirks by shape:
 * <ul>
 *   <li>both: {@code stats} glues its two objects as {@code }{}; {@code devs} spells {@code Tenperature}; pools
 *       print {@code "Pool Stale%%"};</li>
 *   <li>S19 Pro ({@link MinerType#ANTMINER}): chains 1-3, {@code temp1..3} (PCB max) beside {@code temp2_1..3} (chip
 *       max) and {@code temp_pcbN}/{@code temp_chipN} "a-b-c-d" strings, {@code GHS 30m}, a raw newline inside
 *       {@code CompileTime} (C's ctime() ends with one);</li>
 *   <li>S9 ({@link MinerType#ANTMINER_S9}): chains 6-8, {@code temp1..8} and {@code temp2_1..8} with 0 for the empty
 *       slots, {@code fan1..8} with only fan3 and fan6 turning, {@code "GHS 5s":,} (empty) in stats, {@code ,}} closing
 *       STATS[1], {@code "Device Hardware%":-nan} in summary, a {@code CompileTime} in a Chinese locale's GBK bytes
 *       (not UTF-8) with an overlong {@code C0 A2} (a quote, if decoded wrongly), and combined commands rejected.</li>
 * </ul>
 */
final class AntminerReplies implements RigReplies {
    static final AntminerReplies INSTANCE = new AntminerReplies();

    /** "2017年11月17日 星期五 17:37:49 CST" in GBK, then an overlong quote: what a Chinese-locale build printed. */
    private static final byte[] S9_COMPILE_TIME = s9CompileTime();
    private static final String S19_COMPILE_TIME = "Thu Jul 13 10:43:14 CST 2023\n";

    private AntminerReplies() {
    }

    @Override
    public byte[] reply(String command, String parameter, RigSnapshot s, long when) {
        switch (command) {
            case "summary":
                return summary(s, when);
            case "stats":
                return stats(s, when);
            case "devs":
                return devs(s, when);
            case "version":
                return version(s, when);
            case "pools":
                return CgReplies.pools(when, description(s), s, true);
            default:
                return null;
        }
    }

    @Override
    public byte[] error(int code, String msg, RigSnapshot s, long when) {
        return CgReplies.error(when, code, msg, description(s));
    }

    private static boolean s9(RigSnapshot s) {
        return s.type() == MinerType.ANTMINER_S9;
    }

    private static String description(RigSnapshot s) {
        return s9(s) ? "bmminer 1.0.0" : "cgminer 1.0.0";
    }

    private static byte[] summary(RigSnapshot s, long when) {
        CgWriter w = CgReplies.begin(when, 11, "Summary", description(s), "SUMMARY").beginObject();
        w.num("Elapsed", s.state().uptimeSeconds()).str("GHS 5s", fixed2(s.rates().current()))
                .num("GHS av", s.rates().sinceBoot(), 2);
        if (!s9(s)) {
            w.num("GHS 30m", s.rates().m30(), 2);
        }
        CgReplies.counters(w, s, when);
        if (s9(s)) {
            w.rawValue("Device Hardware%", "-nan");
        } else {
            w.num("Device Hardware%", CgReplies.hardwarePct(s), 4);
        }
        w.num("Device Rejected%", CgReplies.rejectedPct(s), 4).num("Pool Rejected%", CgReplies.rejectedPct(s), 4)
                .num("Pool Stale%", 0.0, 4).num("Last getwork", when).endObject();
        return CgReplies.finish(w);
    }

    private static byte[] stats(RigSnapshot s, long when) {
        CgWriter w = CgReplies.begin(when, 70, "CGMiner stats", description(s), "STATS");
        header(w, s);
        w.endObject().beginObjectGlued();
        w.num("STATS", 0).str("ID", s9(s) ? "BC50" : "BTM_SOC0").num("Elapsed", s.state().uptimeSeconds())
                .num("Calls", 0).num("Wait", 0.0, 6).num("Max", 0.0, 6).num("Min", 99999999.0, 6);
        if (s9(s)) {
            w.rawValue("GHS 5s", "");
        } else {
            w.str("GHS 5s", fixed2(s.rates().current()));
        }
        w.num("GHS av", s.rates().sinceBoot(), 2);
        if (!s9(s)) {
            w.num("rate_30m", s.rates().m30(), 2).num("Mode", 2);
        }
        w.num("miner_count", s.units().size()).str("frequency", Integer.toString(s.units().get(0).frequencyMhz()));
        fans(w, s);
        temps(w, s);
        w.num("total_rateideal", s.rates().expected(), 2).str("rate_unit", "GH")
                .num("total_freqavg", s.units().get(0).frequencyMhz(), 2)
                .num("total_acn", (long) s.units().size() * s.units().get(0).chips())
                .num("total rate", s.rates().current(), 2).num("temp_max", Math.round(CgReplies.maxBoard(s)))
                .num("no_matching_work", 0);
        chains(w, s);
        if (s9(s)) {
            w.raw(","); // bmminer 2.0's trailing comma before the closing brace
        }
        w.endObject();
        return CgReplies.finish(w);
    }

    private static void header(CgWriter w, RigSnapshot s) {
        w.beginObject().str("BMMiner", s.identity().firmware()).str("Miner", s9(s) ? "16.8.1.3" : "uart_trans.1.3");
        if (s9(s)) {
            w.rawString("CompileTime", S9_COMPILE_TIME);
        } else {
            w.rawString("CompileTime", S19_COMPILE_TIME.getBytes(StandardCharsets.US_ASCII));
        }
        w.str("Type", s.identity().model());
    }

    /** S19: fan1..4. S9: eight slots of which only fan3 and fan6 carry a fan, the others read 0. */
    private static void fans(CgWriter w, RigSnapshot s) {
        List<Integer> rpm = s.cooling().fanRpm();
        w.num("fan_num", rpm.size());
        if (!s9(s)) {
            for (int i = 0; i < rpm.size(); i++) {
                w.num("fan" + (i + 1), rpm.get(i));
            }
            return;
        }
        for (int slot = 1; slot <= 8; slot++) {
            w.num("fan" + slot, slot == 3 ? rpm.get(0) : slot == 6 ? rpm.get(1) : 0);
        }
    }

    private static void temps(CgWriter w, RigSnapshot s) {
        List<RigSnapshot.Unit> units = s.units();
        w.num("temp_num", units.size());
        int slots = s9(s) ? 8 : units.size();
        for (int slot = 1; slot <= slots; slot++) {
            RigSnapshot.Unit u = unit(s, slot);
            w.num("temp" + slot, u == null ? 0 : Math.round(u.boardC()));
        }
        for (int slot = 1; slot <= slots; slot++) {
            RigSnapshot.Unit u = unit(s, slot);
            w.num("temp2_" + slot, u == null ? 0 : Math.round(u.chipMaxC()));
        }
        if (!s9(s)) {
            for (RigSnapshot.Unit u : units) {
                w.str("temp_pcb" + u.id(), dashed(u.boardSensors()));
            }
            for (RigSnapshot.Unit u : units) {
                w.str("temp_chip" + u.id(), dashed(u.chipSensors()));
            }
        }
    }

    private static void chains(CgWriter w, RigSnapshot s) {
        int slots = s9(s) ? 8 : s.units().size();
        for (int slot = 1; slot <= slots; slot++) {
            RigSnapshot.Unit u = unit(s, slot);
            w.num("chain_acn" + slot, u == null ? 0 : u.chips());
        }
        for (RigSnapshot.Unit u : s.units()) {
            w.str("chain_acs" + u.id(), " " + "oooooooo ".repeat(u.chips() / 8).strip());
            w.num("chain_hw" + u.id(), s.shares().hardwareErrors() / s.units().size());
            w.str("chain_rate" + u.id(), fixed2(u.ghs()));
            w.num("chain_rateideal" + u.id(), u.expectedGhs(), 2);
        }
    }

    private static RigSnapshot.Unit unit(RigSnapshot s, int id) {
        for (RigSnapshot.Unit u : s.units()) {
            if (u.id() == id) {
                return u;
            }
        }
        return null;
    }

    private static byte[] devs(RigSnapshot s, long when) {
        CgWriter w = CgReplies.begin(when, 9, s.units().size() + " ASC(s)", description(s), "DEVS");
        long elapsed = s.state().uptimeSeconds();
        int n = 0;
        for (RigSnapshot.Unit u : s.units()) {
            w.beginObject().num("ASC", n).str("Name", "BTM").num("ID", n++).str("Enabled", "Y").str("Status", "Alive")
                    .num("Tenperature", u.boardC(), 2).num("MHS av", u.ghs() * 1000, 2)
                    .num("MHS 5s", u.ghs() * 1000, 2).num("Accepted", s.shares().accepted() / s.units().size())
                    .num("Rejected", s.shares().rejected() / s.units().size())
                    .num("Hardware Errors", s.shares().hardwareErrors() / s.units().size())
                    .num("Last Valid Work", when).num("Device Elapsed", elapsed).endObject();
        }
        return CgReplies.finish(w);
    }

    private static byte[] version(RigSnapshot s, long when) {
        CgWriter w = CgReplies.begin(when, 22, "CGMiner versions", description(s), "VERSION");
        header(w, s);
        w.str("API", "3.1").endObject();
        return CgReplies.finish(w);
    }

    private static String dashed(List<Double> values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.length() == 0 ? "" : "-").append(Math.round(v));
        }
        return b.toString();
    }

    private static String fixed2(double v) {
        long cents = Math.round(v * 100);
        return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
    }

    private static byte[] s9CompileTime() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int[] bytes = {0x32, 0x30, 0x31, 0x37, 0xC4, 0xEA, 0x31, 0x31, 0xD4, 0xC2, 0x31, 0x37, 0xC8, 0xD5, 0x20,
            0xD0, 0xC7, 0xC6, 0xDA, 0xCE, 0xE5, 0x20, 0x31, 0x37, 0x3A, 0x33, 0x37, 0x3A, 0x34, 0x39, 0x20, 0x43, 0x53,
            0x54, 0xC0, 0xA2};
        for (int v : bytes) {
            b.write(v);
        }
        return b.toByteArray();
    }
}
