package io.github.bitaxemonitor.analyze.read;

import io.github.bitaxemonitor.model.Field;
import io.github.bitaxemonitor.model.Fields;

/**
 * The registry fields an analysis reads; nothing else of a row is looked at. The derived fields (clock_config, J/TH)
 * are not read: like every reader of the files, analysis recomputes them from the readings.
 */
enum Needed {
    TIME(Fields.TIMESTAMP),
    ADDRESS(Fields.ADDRESS),
    ALIAS(Fields.ALIAS),
    HOSTNAME(Fields.HOSTNAME),
    STATUS(Fields.STATUS),
    HASHRATE(Fields.HASHRATE_GHS),
    EXPECTED(Fields.EXPECTED_HASHRATE_GHS),
    POWER(Fields.POWER_W),
    CORE_MV(Fields.CORE_VOLTAGE_SET_MV),
    FREQUENCY(Fields.FREQUENCY_MHZ),
    ASIC_TEMP(Fields.ASIC_TEMP_C),
    VR_TEMP(Fields.VR_TEMP_C),
    ACCEPTED(Fields.SHARES_ACCEPTED),
    REJECTED(Fields.SHARES_REJECTED),
    UPTIME(Fields.UPTIME_S),
    OVERHEAT(Fields.OVERHEAT_MODE),
    // Schema 2; files of schema 1 lack them and read as "not reported".
    FREQUENCY_ACTUAL(Fields.FREQUENCY_ACTUAL_MHZ),
    PAUSED(Fields.MINING_PAUSED),
    CONDITIONS(Fields.CONDITIONS);

    static final Needed[] ALL = values();

    /** The registry's declaration: its name finds the cell, its plausible range is applied as the store applies it. */
    final Field<?> field;

    Needed(Field<?> field) {
        this.field = field;
    }
}
