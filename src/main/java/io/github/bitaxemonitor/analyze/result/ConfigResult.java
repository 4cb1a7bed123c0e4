package io.github.bitaxemonitor.analyze.result;

import io.github.bitaxemonitor.analyze.stats.Summary;
import java.util.List;

/**
 * One miner at one clock configuration: the statistics of its stable rows and what was left out and why.
 *
 * @param config           "575MHz@1200mV"
 * @param rankJth          1 = lowest J/TH among the configurations with stable rows; 0 when it has none
 * @param rankHashrate     1 = highest mean hashrate; 0 when it has no stable rows
 * @param pareto           on the hashrate / efficiency Pareto front: no other configuration has both more hashrate
 *                         and a lower J/TH
 * @param eligible         may be recommended: stable rows, not flagged
 * @param samples          every row at this configuration
 * @param stableSamples    rows in the statistics
 * @param warmupSamples    rows left out as warm-up
 * @param throttledSamples rows left out as throttling
 * @param faultSamples     rows left out as unstable: unreachable, faulted or stalled
 * @param pausedSamples    rows left out because the owner paused mining (neither judged nor flagged)
 * @param runtimeH         hours watched mining at this configuration (gaps longer than the gap cap, unreachable
 *                         and paused rows not counted)
 * @param stableH          hours of stable rows
 * @param jth              energy per hash over the stable rows, J/TH
 * @param ghPerW           the same as GH/W
 * @param blocks           blocks of the effective sample size
 * @param blockMinutes     their length
 * @param flags            why the configuration needs a look (throttling, reboots, faults, too little data)
 */
public record ConfigResult(String config, int rankJth, int rankHashrate, boolean pareto, boolean eligible,
                           long samples, long stableSamples, long warmupSamples, long throttledSamples,
                           long faultSamples, long pausedSamples, int segments, int throttledSegments, int reboots, double runtimeH,
                           double stableH, Summary hashrate, double pctExpected, Summary asicTemp, Summary vrTemp,
                           Summary power, double jth, Summary jthSamples, double ghPerW, double rejectPct,
                           double sharesPerHour, int blocks, double blockMinutes, List<String> flags) {
}
