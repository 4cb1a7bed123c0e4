package io.github.bitaxemonitor.sim;

/**
 * What every CGMiner-API firmware's reply shares: the {@code STATUS} array, errors, the {@code pools} section, and
 * the cgminer counters derived from a snapshot ({@code Utility}, {@code Total MH}, ...).
 */
final class CgReplies {
    /** cgminer's code for an unknown command. */
    static final int INVALID_COMMAND = 14;
    /** cgminer's code for a command the client may not run. */
    static final int ACCESS_DENIED = 45;
    /** cgminer's code for a request that is not valid JSON. */
    static final int INVALID_JSON = 23;
    private static final double TWO_POW_32 = 4294967296.0;

    private CgReplies() {
    }

    /**
     * Starts {@code {"STATUS":[{...}],"SECTION":[} and returns the writer inside the section's array; close it with
     * {@link #finish(CgWriter)}.
     */
    static CgWriter begin(long when, int code, String msg, String description, String section) {
        CgWriter w = new CgWriter().beginObject();
        status(w, "S", when, code, msg, description);
        return w.beginArray(section);
    }

    /** Closes the section array and the reply: {@code ],"id":1}}. */
    static byte[] finish(CgWriter w) {
        return w.endArray().num("id", 1).endObject().toBytes();
    }

    /** The cgminer error reply: {@code {"STATUS":[{"STATUS":"E",...}],"id":1}}. */
    static byte[] error(long when, int code, String msg, String description) {
        CgWriter w = new CgWriter().beginObject();
        status(w, "E", when, code, msg, description);
        return w.num("id", 1).endObject().toBytes();
    }

    static String denied(String command) {
        return "Access denied to '" + command + "' command";
    }

    private static void status(CgWriter w, String letter, long when, int code, String msg, String description) {
        w.beginArray("STATUS").beginObject().str("STATUS", letter).num("When", when).num("Code", code)
                .str("Msg", msg).str("Description", description).endObject().endArray();
    }

    /** One pool, as cgminer's {@code pools} lists it; {@code staleTypo} adds Antminer's {@code "Pool Stale%%"}. */
    static byte[] pools(long when, String description, RigSnapshot s, boolean staleTypo) {
        CgWriter w = begin(when, 7, "1 Pool(s)", description, "POOLS");
        RigSnapshot.Shares sh = s.shares();
        w.beginObject().num("POOL", 0).str("URL", "stratum+tcp://public-pool.io:21496").str("Status", "Alive")
                .num("Priority", 0).num("Quota", 1).str("Long Poll", "N").num("Getworks", getworks(s))
                .num("Accepted", sh.accepted()).num("Rejected", sh.rejected()).num("Discarded", discarded(s))
                .num("Stale", 0).num("Get Failures", 0).num("Remote Failures", 0).str("User", s.identity().poolUser())
                .num("Last Share Time", when).num("Diff1 Shares", diff1(s))
                .num("Difficulty Accepted", (double) sh.accepted() * sh.poolDifficulty(), 8)
                .num("Difficulty Rejected", (double) sh.rejected() * sh.poolDifficulty(), 8)
                .num("Difficulty Stale", 0.0, 8).num("Last Share Difficulty", sh.poolDifficulty(), 8)
                .bool("Has Stratum", true).bool("Stratum Active", true)
                .str("Stratum URL", "public-pool.io").num("Stratum Difficulty", sh.poolDifficulty(), 8)
                .num("Best Share", (long) sh.bestShare()).num("Pool Rejected%", rejectedPct(s), 4)
                .num(staleTypo ? "Pool Stale%%" : "Pool Stale%", 0.0, 4).endObject();
        return finish(w);
    }

    /** Share counts, rates and the derived figures every cgminer {@code summary} prints, after {@code Elapsed}. */
    static void counters(CgWriter w, RigSnapshot s, long when) {
        RigSnapshot.Shares sh = s.shares();
        long elapsed = Math.max(1, s.state().uptimeSeconds());
        w.num("Found Blocks", 0).num("Getworks", getworks(s)).num("Accepted", sh.accepted())
                .num("Rejected", sh.rejected()).num("Hardware Errors", sh.hardwareErrors())
                .num("Utility", sh.accepted() * 60.0 / elapsed, 2).num("Discarded", discarded(s)).num("Stale", 0)
                .num("Get Failures", 0).num("Local Work", getworks(s) * 7).num("Remote Failures", 0)
                .num("Network Blocks", 1 + elapsed / 600).num("Total MH", totalMh(s), 4)
                .num("Work Utility", s.rates().sinceBoot() * 1e9 / TWO_POW_32 * 60, 2)
                .num("Difficulty Accepted", (double) sh.accepted() * sh.poolDifficulty(), 8)
                .num("Difficulty Rejected", (double) sh.rejected() * sh.poolDifficulty(), 8)
                .num("Difficulty Stale", 0.0, 8).num("Best Share", (long) sh.bestShare());
    }

    static long getworks(RigSnapshot s) {
        return s.state().uptimeSeconds() / 30 + 1;
    }

    static long discarded(RigSnapshot s) {
        return getworks(s) * 3;
    }

    static long diff1(RigSnapshot s) {
        return s.shares().accepted() * s.shares().poolDifficulty();
    }

    static double totalMh(RigSnapshot s) {
        return s.rates().sinceBoot() * 1000 * s.state().uptimeSeconds();
    }

    /** Rejected shares as % of all shares. */
    static double rejectedPct(RigSnapshot s) {
        long all = s.shares().accepted() + s.shares().rejected();
        return all == 0 ? 0 : 100.0 * s.shares().rejected() / all;
    }

    /** Hardware errors as % of all nonces. */
    static double hardwarePct(RigSnapshot s) {
        long all = s.shares().hardwareErrors() + diff1(s);
        return all == 0 ? 0 : 100.0 * s.shares().hardwareErrors() / all;
    }

    static double maxChip(RigSnapshot s) {
        return s.units().stream().mapToDouble(RigSnapshot.Unit::chipMaxC).max().orElse(0);
    }

    static double maxBoard(RigSnapshot s) {
        return s.units().stream().mapToDouble(RigSnapshot.Unit::boardC).max().orElse(0);
    }
}
