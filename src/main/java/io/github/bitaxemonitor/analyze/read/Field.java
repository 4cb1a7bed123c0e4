package io.github.bitaxemonitor.analyze.read;

import io.github.bitaxemonitor.store.Column;
import io.github.bitaxemonitor.store.CsvSchema;

/**
 * The columns an analysis reads, by their schema names; nothing else of a row is looked at. The derived columns
 * (clock_config, J/TH) are not read: like every reader of the files, analysis recomputes them from the readings.
 */
enum Field {
    TIME("timestamp_utc"),
    ADDRESS("address"),
    ALIAS("alias"),
    HOSTNAME("hostname"),
    STATUS("status"),
    HASHRATE("hashrate_ghs"),
    EXPECTED("expected_hashrate_ghs"),
    POWER("power_w"),
    CORE_MV("core_voltage_set_mv"),
    FREQUENCY("frequency_mhz"),
    ASIC_TEMP("asic_temp_c"),
    VR_TEMP("vr_temp_c"),
    ACCEPTED("shares_accepted"),
    REJECTED("shares_rejected"),
    UPTIME("uptime_s"),
    OVERHEAT("overheat_mode");

    static final Field[] ALL = values();

    /** The schema column: its plausible range is applied as the store's decoder applies it. */
    final Column column;

    Field(String name) {
        Column c = CsvSchema.column(name);
        if (c == null) {
            throw new IllegalStateException("analysis reads column " + name + ", which the schema does not have");
        }
        this.column = c;
    }
}
