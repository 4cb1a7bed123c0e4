package io.github.bitaxemonitor.miner;

import static io.github.bitaxemonitor.miner.AxeOsInfo.firstOf;
import static io.github.bitaxemonitor.miner.JsonFields.integer;
import static io.github.bitaxemonitor.miner.JsonFields.number;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.model.Sample;

/**
 * The SUMMARY fields every cgminer derivative shares, and the mapping for a miner no vendor mapping recognises.
 * Hashrate: {@code GHS 5s} (Antminer, possibly a string), else {@code MHS 5s}, else the averages.
 */
final class GenericCgminerMapping implements CgminerVendor {
    @Override
    public String family() {
        return "cgminer";
    }

    @Override
    public boolean recognises(CgminerReply reply) {
        return true;
    }

    @Override
    public void fill(CgminerReply reply, Sample.Builder sample) {
        // the common fields are all there is
    }

    static void common(JsonNode summary, Sample.Builder sample) {
        sample.hashrateGhs(hashrate(summary))
                .sharesAccepted(integer(summary, "Accepted"))
                .sharesRejected(integer(summary, "Rejected"))
                .uptimeS(integer(summary, "Elapsed"))
                .sessionBestDiff(Difficulty.parse(summary, "Best Share"));
    }

    /** The summary's hashrate in GH/s, or null when it reports none (vendor mappings then fall back). */
    static Double hashrate(JsonNode summary) {
        return firstOf(number(summary, "GHS 5s"), mega(number(summary, "MHS 5s")),
                number(summary, "GHS av"), mega(number(summary, "MHS av")));
    }

    /** MH/s to GH/s. */
    static Double mega(Double mhs) {
        return mhs == null ? null : mhs / 1000.0;
    }
}
