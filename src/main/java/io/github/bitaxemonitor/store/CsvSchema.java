package io.github.bitaxemonitor.store;

import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Sample.Builder;
import io.github.bitaxemonitor.model.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The metrics file schema (documented in docs/CSV-FORMAT.md). The header line names every column; readers map
 * columns by name, so files written by an older schema (fewer columns) still read. Add columns only at the end.
 */
public final class CsvSchema {
    /** Bumped when columns are added; older headers are a prefix-compatible subset mapped by name. */
    public static final int VERSION = 1;

    private static final double BIG = 1e30;
    private static final List<Column> COLUMNS = new ArrayList<>();
    private static final Map<String, Column> BY_NAME = new HashMap<>();

    static {
        add("timestamp_utc", Column.Type.TIMESTAMP, Sample::timestamp, (b, v) -> b.timestamp((Instant) v), 0, 0);
        add("address", Column.Type.TEXT, Sample::address, (b, v) -> b.address((String) v), 0, 0);
        add("alias", Column.Type.TEXT, Sample::alias, (b, v) -> b.alias((String) v), 0, 0);
        add("hostname", Column.Type.TEXT, Sample::hostname, (b, v) -> b.hostname((String) v), 0, 0);
        add("status", Column.Type.STATUS, Sample::status, (b, v) -> b.status((Status) v), 0, 0);
        add("device_family", Column.Type.TEXT, Sample::deviceFamily, (b, v) -> b.deviceFamily((String) v), 0, 0);
        decimal("hashrate_ghs", Sample::hashrateGhs, Builder::hashrateGhs, 0, 1e9);
        decimal("hashrate_1m_ghs", Sample::hashrate1mGhs, Builder::hashrate1mGhs, 0, 1e9);
        decimal("hashrate_10m_ghs", Sample::hashrate10mGhs, Builder::hashrate10mGhs, 0, 1e9);
        decimal("hashrate_1h_ghs", Sample::hashrate1hGhs, Builder::hashrate1hGhs, 0, 1e9);
        decimal("expected_hashrate_ghs", Sample::expectedHashrateGhs, Builder::expectedHashrateGhs, 0, 1e9);
        derived("hashrate_pct_of_expected", Column.Type.DECIMAL, Sample::pctOfExpected);
        decimal("power_w", Sample::powerW, Builder::powerW, 0, 20_000);
        decimal("input_voltage_v", Sample::inputVoltageV, Builder::inputVoltageV, 0, 500);
        decimal("input_current_a", Sample::inputCurrentA, Builder::inputCurrentA, 0, 1_000);
        decimal("core_voltage_set_mv", Sample::coreVoltageSetMv, Builder::coreVoltageSetMv, 0, 5_000);
        decimal("core_voltage_actual_mv", Sample::coreVoltageActualMv, Builder::coreVoltageActualMv, 0, 5_000);
        decimal("frequency_mhz", Sample::frequencyMhz, Builder::frequencyMhz, 0, 5_000);
        derived("clock_config", Column.Type.TEXT, Sample::clockConfig);
        decimal("asic_temp_c", Sample::asicTempC, Builder::asicTempC, -40, 150);
        decimal("asic_temp2_c", Sample::asicTemp2C, Builder::asicTemp2C, -40, 150);
        decimal("vr_temp_c", Sample::vrTempC, Builder::vrTempC, -40, 200);
        decimal("fan_pct", Sample::fanPct, Builder::fanPct, 0, 100);
        integer("fan_rpm", Sample::fanRpm, Builder::fanRpm, 0, 50_000);
        integer("fan2_rpm", Sample::fan2Rpm, Builder::fan2Rpm, 0, 50_000);
        integer("shares_accepted", Sample::sharesAccepted, Builder::sharesAccepted, 0, 1e15);
        integer("shares_rejected", Sample::sharesRejected, Builder::sharesRejected, 0, 1e15);
        derived("reject_pct", Column.Type.DECIMAL, Sample::rejectPct);
        decimal("best_diff", Sample::bestDiff, Builder::bestDiff, 0, BIG);
        decimal("session_best_diff", Sample::sessionBestDiff, Builder::sessionBestDiff, 0, BIG);
        text("pool_url", Sample::poolUrl, Builder::poolUrl);
        text("pool_user", Sample::poolUser, Builder::poolUser);
        decimal("pool_difficulty", Sample::poolDifficulty, Builder::poolDifficulty, 0, BIG);
        add("using_fallback_pool", Column.Type.BOOLEAN, Sample::usingFallbackPool,
                (b, v) -> b.usingFallbackPool((Boolean) v), 0, 0);
        integer("uptime_s", Sample::uptimeS, Builder::uptimeS, 0, 1e10);
        integer("wifi_rssi_dbm", Sample::wifiRssiDbm, Builder::wifiRssiDbm, -127, 0);
        text("wifi_status", Sample::wifiStatus, Builder::wifiStatus);
        text("firmware_version", Sample::firmwareVersion, Builder::firmwareVersion);
        text("asic_model", Sample::asicModel, Builder::asicModel);
        text("board_version", Sample::boardVersion, Builder::boardVersion);
        integer("free_heap_bytes", Sample::freeHeapBytes, Builder::freeHeapBytes, 0, 1e12);
        add("overheat_mode", Column.Type.BOOLEAN, Sample::overheatMode, (b, v) -> b.overheatMode((Boolean) v), 0, 0);
        text("faults", Sample::faults, Builder::faults);
        derived("efficiency_j_per_th", Column.Type.DECIMAL, Sample::joulesPerTh);
        derived("efficiency_gh_per_w", Column.Type.DECIMAL, Sample::ghPerW);
        integer("poll_latency_ms", Sample::pollLatencyMs, Builder::pollLatencyMs, 0, 1e9);
        text("error", Sample::error, Builder::error);
    }

    private CsvSchema() {
    }

    /** Every column, in file order. */
    public static List<Column> columns() {
        return Collections.unmodifiableList(COLUMNS);
    }

    /** The column with this header name, or null when the name is not part of the schema. */
    public static Column column(String name) {
        return BY_NAME.get(name);
    }

    /** The header names, in file order. */
    public static List<String> header() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /** The header line as written to files (no line terminator). */
    public static String headerLine() {
        return String.join(",", header());
    }

    private static void add(String name, Column.Type type, Function<Sample, Object> getter,
                            BiConsumer<Builder, Object> setter, double min, double max) {
        Column c = new Column(name, type, getter, setter, min, max);
        COLUMNS.add(c);
        BY_NAME.put(name, c);
    }

    private static void decimal(String name, Function<Sample, Double> getter, BiConsumer<Builder, Double> setter,
                                double min, double max) {
        add(name, Column.Type.DECIMAL, getter::apply, (b, v) -> setter.accept(b, (Double) v), min, max);
    }

    private static void integer(String name, Function<Sample, Long> getter, BiConsumer<Builder, Long> setter,
                                double min, double max) {
        add(name, Column.Type.INTEGER, getter::apply, (b, v) -> setter.accept(b, (Long) v), min, max);
    }

    private static void text(String name, Function<Sample, String> getter, BiConsumer<Builder, String> setter) {
        add(name, Column.Type.TEXT, getter::apply, (b, v) -> setter.accept(b, (String) v), 0, 0);
    }

    private static void derived(String name, Column.Type type, Function<Sample, Object> getter) {
        add(name, type, getter, null, -BIG, BIG);
    }
}
