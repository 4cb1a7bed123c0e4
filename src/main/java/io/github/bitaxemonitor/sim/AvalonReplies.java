package io.github.bitaxemonitor.sim;

import java.util.List;
import java.util.Locale;

/**
 * Canaan Avalon, cgminer 4.11.1. {@code summary} in MH/s ({@code MHS 30s} is the current rate) with quoted
 * {@code "nan"}/{@code "inf"} values; {@code version} with PROD/MODEL/HWTYPE; the real data in {@code stats}/
 * {@code estats} as strings {@code "MM ID<n>"} of {@code Key[value]} tokens (GH/s, C, RPM, W); {@code devs}
 * {@code Temperature} 0.0 or -273.0 (no sensor).
 * <ul>
 *   <li>1566 ({@link MinerType#AVALON}): one module "MM ID0" holding three hash boards ({@code MGHS}, {@code MTmax},
 *       {@code MTavg}), {@code Temp} (intake), {@code TMax}, {@code TAvg}, {@code Fan1..Fan4}, {@code FanR},
 *       {@code GHSspd} (current), {@code GHSmm}, {@code GHSavg}, {@code PS[..]} and {@code WALLPOWER},
 *       {@code SYSTEMSTATU[Work: In Work, ...]} or, soft-off, {@code [Work: In Idle, ...]} with {@code SoftOFF[1]};</li>
 *   <li>multi-module ({@link MinerType#AVALON_MULTI}): an AUC3 controller ({@code version} names the controller, the
 *       modules' model is in {@code Ver[921-...]}) with "MM ID1".."MM ID4", each with {@code Temp}, {@code TMax} (no
 *       TAvg), one {@code Fan[..]}, {@code FanR}, {@code GHSmm}, {@code PS[..]} (last field: wall power, no
 *       WALLPOWER); every reply starts with a stray {@code ,} and stats with {@code [,{};</li>
 *   <li>Nano 3 ({@link MinerType#AVALON_NANO}): like the 1566 with one board and {@code Fan1}, plus {@code litestats}
 *       with "MM ID0:Summary".</li>
 * </ul>
 */
final class AvalonReplies implements RigReplies {
    static final AvalonReplies INSTANCE = new AvalonReplies();
    private static final String DESCRIPTION = "cgminer 4.11.1";

    private AvalonReplies() {
    }

    @Override
    public byte[] reply(String command, String parameter, RigSnapshot s, long when) {
        switch (command) {
            case "summary":
                return summary(s, when);
            case "stats":
            case "estats":
                return stats(s, when, false);
            case "litestats":
                return s.type() == MinerType.AVALON_NANO ? stats(s, when, true) : null;
            case "version":
                return version(s, when);
            case "devs":
                return devs(s, when);
            case "pools":
                return CgReplies.pools(when, DESCRIPTION, s, false);
            default:
                return null;
        }
    }

    @Override
    public byte[] error(int code, String msg, RigSnapshot s, long when) {
        return CgReplies.error(when, code, msg, DESCRIPTION);
    }

    /** The multi-module controller's replies begin with a stray comma (the client must drop it). */
    static boolean leadingComma(MinerType type) {
        return type == MinerType.AVALON_MULTI;
    }

    private static byte[] summary(RigSnapshot s, long when) {
        RigSnapshot.Rates r = s.rates();
        CgWriter w = CgReplies.begin(when, 11, "Summary", DESCRIPTION, "SUMMARY").beginObject()
                .num("Elapsed", s.state().uptimeSeconds()).num("MHS av", r.sinceBoot() * 1000, 2)
                .num("MHS 30s", r.current() * 1000, 2).num("MHS 1m", r.m1() * 1000, 2)
                .num("MHS 5m", r.m5() * 1000, 2).num("MHS 15m", r.m15() * 1000, 2);
        CgReplies.counters(w, s, when);
        w.str("Device Hardware%", "nan").str("Device Rejected%", "inf")
                .num("Pool Rejected%", CgReplies.rejectedPct(s), 4).num("Pool Stale%", 0.0, 4)
                .num("Last getwork", when).endObject();
        return CgReplies.finish(w);
    }

    private static byte[] version(RigSnapshot s, long when) {
        CgWriter w = CgReplies.begin(when, 22, "CGMiner versions", DESCRIPTION, "VERSION").beginObject()
                .str("CGMiner", "4.11.1").str("API", "3.7");
        switch (s.type()) {
            case AVALON_MULTI:
                w.str("PROD", "AUC3").str("MODEL", "AUC3").str("HWTYPE", "AUC_v3").str("SWTYPE", "AUC3")
                        .str("VERSION", "AUC3-20180206");
                break;
            case AVALON_NANO:
                w.str("PROD", s.identity().model()).str("MODEL", "Nano3").str("HWTYPE", "N_MM1v1_X1")
                        .str("SWTYPE", "MM312").str("VERSION", s.identity().firmware());
                break;
            default:
                w.str("STM8", "20.08.01").str("PROD", s.identity().model()).str("MODEL", "1566")
                        .str("HWTYPE", "MM4v2_X3").str("SWTYPE", "MM319").str("VERSION", s.identity().firmware());
        }
        w.str("DNA", "020100008c6d3bde").str("MAC", "b4a2eb3f1a2b").str("UPAPI", "2").endObject();
        return CgReplies.finish(w);
    }

    private static byte[] devs(RigSnapshot s, long when) {
        RigSnapshot.Rates r = s.rates();
        CgWriter w = CgReplies.begin(when, 9, "1 ASC(s)", DESCRIPTION, "DEVS").beginObject()
                .num("ASC", 0).str("Name", "AVA10").num("ID", 0).str("Enabled", "Y").str("Status", "Alive")
                .num("Temperature", s.type() == MinerType.AVALON_MULTI ? -273.0 : 0.0, 2)
                .num("MHS av", r.sinceBoot() * 1000, 2).num("MHS 30s", r.current() * 1000, 2)
                .num("MHS 1m", r.m1() * 1000, 2).num("MHS 5m", r.m5() * 1000, 2).num("MHS 15m", r.m15() * 1000, 2)
                .num("Accepted", s.shares().accepted()).num("Rejected", s.shares().rejected())
                .num("Hardware Errors", s.shares().hardwareErrors()).num("Last Valid Work", when)
                .num("Device Hardware%", CgReplies.hardwarePct(s), 4)
                .num("Device Rejected%", CgReplies.rejectedPct(s), 4)
                .num("Device Elapsed", s.state().uptimeSeconds()).endObject();
        return CgReplies.finish(w);
    }

    private static byte[] stats(RigSnapshot s, long when, boolean lite) {
        CgWriter w = CgReplies.begin(when, 70, "CGMiner stats", DESCRIPTION, "STATS");
        boolean multi = s.type() == MinerType.AVALON_MULTI;
        if (multi) {
            w.raw(","); // the controller's "[,{"
        }
        w.beginObject().num("STATS", 0).str("ID", multi ? "AV90" : "AVA10").num("Elapsed", s.state().uptimeSeconds())
                .num("Calls", 0).num("Wait", 0.0, 6).num("Max", 0.0, 6).num("Min", 99999999.0, 6);
        if (multi) {
            for (RigSnapshot.Unit u : s.units()) {
                w.str("MM ID" + u.id(), oldModule(s, u));
            }
            w.str("USB Pipe", "0").str("USB Delay", "r0 0.000000 w0 0.000000").str("USB tmo", "0 0");
        } else {
            w.str(lite ? "MM ID0:Summary" : "MM ID0", module(s, lite)).num("MM Count", 1).num("Nonce Mask", 25);
        }
        w.endObject();
        return CgReplies.finish(w);
    }

    /** The 1566/Nano module string: every board of the machine in one module. */
    private static String module(RigSnapshot s, boolean lite) {
        List<RigSnapshot.Unit> units = s.units();
        double tmax = CgReplies.maxChip(s);
        double tavg = units.stream().mapToDouble(RigSnapshot.Unit::boardC).average().orElse(0);
        double wall = s.power().wallW();
        boolean off = s.state().paused();
        Tokens b = new Tokens();
        String board = s.type() == MinerType.AVALON_NANO ? "Nano3" : "1566";
        b.add("Ver", board + "-" + s.identity().firmware()).add("DNA", "020100008c6d3bde");
        if (!lite) {
            b.add("MEMFREE", "1389876.1289248").add("NETFAIL", "0 0 0 0 0 0 0 0");
        }
        b.add("SYSTEMSTATU", "Work: " + (off ? "In Idle" : "In Work") + ", Hash Board: " + units.size() + " ");
        b.add("Elapsed", Long.toString(s.state().uptimeSeconds())).add("BOOTBY", "0x04.00000000");
        b.add("LW", Long.toString(s.shares().accepted() * 4)).add("MH", zeros(units.size()));
        b.add("DHW", "0").add("HW", Long.toString(s.shares().hardwareErrors()));
        b.add("DH", pct(CgReplies.hardwarePct(s))).add("Temp", round(s.cooling().intakeC()));
        b.add("ITemp", round(s.cooling().intakeC())).add("TMax", round(tmax)).add("TAvg", round(tavg));
        b.add("TarT", "85");
        List<Integer> fans = s.cooling().fanRpm();
        for (int i = 0; i < fans.size(); i++) {
            b.add("Fan" + (i + 1), Integer.toString(fans.get(i)));
        }
        b.add("FanR", s.cooling().fanPercent() + "%").add("Vo", "3156");
        b.add("PS", ps(s, wall)).add("WALLPOWER", Long.toString(Math.round(wall)));
        b.add("GHSspd", two(s.rates().current())).add("DHspd", pct(CgReplies.hardwarePct(s)));
        b.add("GHSmm", two(s.rates().current() * 1.004)).add("GHSavg", two(s.rates().sinceBoot()));
        b.add("WU", two(s.rates().sinceBoot() * 13.97)).add("Freq", units.get(0).frequencyMhz() + ".00");
        if (!lite) {
            StringBuilder mghs = new StringBuilder();
            StringBuilder mtmax = new StringBuilder();
            StringBuilder mtavg = new StringBuilder();
            for (RigSnapshot.Unit u : units) {
                mghs.append(mghs.length() == 0 ? "" : " ").append(two(u.ghs()));
                mtmax.append(mtmax.length() == 0 ? "" : " ").append(round(u.chipMaxC()));
                mtavg.append(mtavg.length() == 0 ? "" : " ").append(round(u.boardC()));
            }
            b.add("Led", "0").add("MGHS", mghs.toString()).add("MTmax", mtmax.toString());
            b.add("MTavg", mtavg.toString()).add("TA", Integer.toString(units.size() * units.get(0).chips()));
            b.add("Core", "A3197S").add("PING", "20").add("POWS", "0");
            b.add("HASHS", zeros(units.size())).add("POOLS", "0");
        } else {
            b.add("WORKMODE", off ? "0" : "1");
        }
        b.add("SoftOFF", off ? "1" : "0").add("ECHU", zeros(units.size()));
        b.add("ECMM", s.state().powerFault() ? "1" : "0");
        return b.toString();
    }

    /** One module of a multi-module controller (AvalonMiner 9xx generation): one fan, no TAvg, no WALLPOWER. */
    private static String oldModule(RigSnapshot s, RigSnapshot.Unit u) {
        Tokens b = new Tokens();
        b.add("Ver", s.identity().firmware()).add("DNA", "013d3d2c4e2a5fd" + u.id());
        b.add("Elapsed", Long.toString(s.state().uptimeSeconds())).add("MW", "0 0 0 0");
        b.add("LW", Long.toString(s.shares().accepted())).add("MH", "0 0 0 0").add("HW", "0");
        b.add("DH", pct(CgReplies.hardwarePct(s))).add("Temp", round(u.intakeC()));
        b.add("TMax", round(u.chipMaxC())).add("Fan", Integer.toString(u.fanRpm()));
        b.add("FanR", s.cooling().fanPercent() + "%").add("Vi", "1201 1204 1199 1202");
        b.add("Vo", "4356 4365 4339 4353").add("GHSmm", two(u.ghs()));
        b.add("WU", two(u.ghs() * 13.97)).add("Freq", u.frequencyMhz() + ".00");
        b.add("PG", "15 15 15 15").add("Led", "0").add("TA", Integer.toString(u.chips()));
        b.add("ECHU", "0 0 0 0").add("ECMM", s.state().powerFault() ? "1" : "0");
        b.add("CRC", "0 0 0 0").add("PS", ps(s, u.powerW()));
        return b.toString();
    }

    /** {@code PS[err vin vout current pout vout wall]}: error 5 under a power fault; the last field is wall power. */
    private static String ps(RigSnapshot s, double wallW) {
        long wall = Math.round(wallW);
        return (s.state().powerFault() ? 5 : 0) + " 1209 2052 " + Math.round(wallW / 12.1) + " "
                + Math.round(wallW * 0.99) + " 2052 " + wall;
    }

    /** Builds an {@code MM ID} string: {@code Key[value]} tokens separated by spaces. */
    private static final class Tokens {
        private final StringBuilder b = new StringBuilder(1024);

        Tokens add(String key, String value) {
            b.append(key).append('[').append(value).append("] ");
            return this;
        }

        @Override
        public String toString() {
            return b.toString().strip();
        }
    }

    private static String zeros(int n) {
        return "0" + " 0".repeat(Math.max(0, n - 1));
    }

    private static String round(double v) {
        return Long.toString(Math.round(v));
    }

    private static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.3f%%", v);
    }
}
