package io.github.bitaxemonitor.analyze.result;

/**
 * One recommendation for a miner.
 *
 * @param goal       "best efficiency", "best hashrate" or "best balance"
 * @param config     the configuration recommended; null when nothing could be recommended
 * @param value      its figure ("16.6 J/TH")
 * @param confidence HIGH (enough data and better than the runner-up beyond noise), MEDIUM (enough data, but within
 *                   noise of the runner-up, or nothing to compare with), LOW (too little data)
 * @param why        one sentence a user can check
 */
public record Recommendation(String goal, String config, String value, Confidence confidence, String why) {

    public enum Confidence { HIGH, MEDIUM, LOW }
}
