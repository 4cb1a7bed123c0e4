package io.github.bitaxemonitor.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The peer of {@code analyze configs} in tools/bench: DuckDB (its JDBC driver from Maven Central, test scope only)
 * running the same grouped aggregation over the same CSV files with {@code read_csv_auto}. Two queries:
 * <ul>
 *   <li>{@code plain}: per miner and clock configuration, over reachable rows: count, mean / stddev / exact 5th,
 *       50th, 95th percentiles of hashrate, mean % of expected, temperatures, power, J/TH (energy over hashes);</li>
 *   <li>{@code settled}: the same with analyze's judgement: rows within the settle time after a configuration
 *       change, a boot or the end of a pause left out (window functions over each miner's rows in time order),
 *       paused and stalled rows left out, throttling rows (overheat mode, HOT/OVERHEAT/NO HASH as the status or
 *       among the conditions, ASIC clock below 95 % of the set one, hashrate below half the expected) left out.</li>
 * </ul>
 * Usage: {@code DuckDbPeer --glob 'DIR/metrics-*.csv' [--query plain|settled] [--threads 2]}. Prints the groups and a
 * {@code key=value} line.
 */
public final class DuckDbPeer {
    private static final String STATS = """
            count(*) AS n, avg(hashrate_ghs) AS mean, stddev_samp(hashrate_ghs) AS sd,
            quantile_cont(hashrate_ghs, 0.05) AS p5, quantile_cont(hashrate_ghs, 0.5) AS median,
            quantile_cont(hashrate_ghs, 0.95) AS p95, avg(hashrate_ghs * 100 / expected_hashrate_ghs) AS pct,
            avg(asic_temp_c) AS asic, avg(vr_temp_c) AS vr, avg(power_w) AS w,
            sum(power_w) / sum(hashrate_ghs) * 1000 AS jth
            """;
    private static final String REACHABLE = "status NOT IN ('OFFLINE', 'TIMEOUT', 'REFUSED', 'ERROR', 'FAULT')";

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args, "--glob", "--query", "--threads");
        String glob = a.value("--glob", "data/metrics-*.csv").replace("'", "''");
        String src = "read_csv_auto('" + glob + "')";
        String sql = switch (a.value("--query", "settled")) {
            case "plain" -> "SELECT address, frequency_mhz, core_voltage_set_mv, " + STATS + " FROM " + src
                    + " WHERE " + REACHABLE + " GROUP BY ALL ORDER BY ALL";
            case "settled" -> """
                    WITH c AS (
                      SELECT *, epoch_ms(timestamp_utc) AS t,
                        coalesce(mining_paused, false) OR status = 'PAUSED' OR named(conditions, 'PAUSED') AS paused
                      FROM %s WHERE %s AND status <> 'STALLED' AND NOT named(conditions, 'STALLED')),
                    r AS (
                      SELECT *,
                        frequency_mhz IS DISTINCT FROM lag(frequency_mhz) OVER w
                          OR core_voltage_set_mv IS DISTINCT FROM lag(core_voltage_set_mv) OVER w
                          OR (coalesce(lag(paused) OVER w, false) AND NOT paused) AS changed
                      FROM c WINDOW w AS (PARTITION BY address ORDER BY timestamp_utc)),
                    s AS (
                      SELECT *, max(CASE WHEN changed THEN t END) OVER (PARTITION BY address ORDER BY timestamp_utc
                        ROWS UNBOUNDED PRECEDING) AS since_change FROM r)
                    SELECT address, frequency_mhz, core_voltage_set_mv, %s FROM s
                    WHERE NOT paused AND t >= since_change + 600000 AND (uptime_s IS NULL OR uptime_s >= 600)
                      AND NOT coalesce(overheat_mode, false) AND status NOT IN ('HOT', 'OVERHEAT', 'NO_HASH')
                      AND NOT named(conditions, 'HOT') AND NOT named(conditions, 'OVERHEAT')
                      AND NOT named(conditions, 'NO HASH')
                      AND NOT coalesce(frequency_actual_mhz < 0.95 * frequency_mhz, false)
                      AND NOT (expected_hashrate_ghs > 0 AND hashrate_ghs < 0.5 * expected_hashrate_ghs)
                    GROUP BY ALL ORDER BY ALL
                    """.formatted(src, REACHABLE, STATS);
            default -> throw new IllegalArgumentException("--query plain|settled");
        };
        long t0 = System.nanoTime();
        int groups = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            // A condition is its status label then a space, joined by "; " (health.Judgement).
            st.execute("CREATE MACRO named(conds, label) AS regexp_matches(coalesce(conds, ''), "
                    + "'(^|; )' || label || '( |;|$)')");
            st.execute("SET threads = " + a.number("--threads", Runtime.getRuntime().availableProcessors()));
            try (ResultSet rs = st.executeQuery(sql)) {
                int cols = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 1; i <= cols; i++) {
                        line.append(i > 1 ? "\t" : "").append(rs.getString(i));
                    }
                    System.out.println(line);
                    groups++;
                }
            }
        }
        System.out.printf("duckdb query=%s groups=%d seconds=%.3f%n", a.value("--query", "settled"), groups,
                (System.nanoTime() - t0) / 1e9);
    }
}
