package io.github.bitaxemonitor.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One row: one poll of one miner, normalised and vendor-neutral, judged. The only type that flows from the collector to
 * storage and every view and export. Its fields are declared in {@link Fields}; values are read with
 * {@link Field#get} (or the accessors below for the fields code reasons about by name) and set through a
 * {@link Builder}.
 *
 * <p>Invariants: immutable; {@code timestamp}, {@code address} and {@code status} are never null. Every other field
 * may be null, meaning "not reported, not applicable, or rejected as implausible" - never a made-up zero. Text has
 * already been made safe by {@link io.github.bitaxemonitor.text.HostileText#sanitize} and never holds a password.
 *
 * <p>Derived figures (J/TH, GH/W, reject %, % of expected, clock configuration) are methods, not stored values, so
 * they can never disagree with the values they come from.
 */
public final class Sample {
    private final Object[] values;

    private Sample(Object[] values) {
        this.values = values;
        Objects.requireNonNull(values[Fields.TIMESTAMP.slot()], "timestamp");
        Objects.requireNonNull(values[Fields.ADDRESS.slot()], "address");
        Objects.requireNonNull(values[Fields.STATUS.slot()], "status");
    }

    Object slot(int i) {
        return values[i];
    }

    public <T> T get(Field<T> field) {
        return field.get(this);
    }

    public Instant timestamp() { return Fields.TIMESTAMP.get(this); }
    public String address() { return Fields.ADDRESS.get(this); }
    public String alias() { return Fields.ALIAS.get(this); }
    public String hostname() { return Fields.HOSTNAME.get(this); }
    public Status status() { return Fields.STATUS.get(this); }
    public String deviceFamily() { return Fields.DEVICE_FAMILY.get(this); }
    public Double hashrateGhs() { return Fields.HASHRATE_GHS.get(this); }
    public Double hashrate1mGhs() { return Fields.HASHRATE_1M_GHS.get(this); }
    public Double hashrate10mGhs() { return Fields.HASHRATE_10M_GHS.get(this); }
    public Double hashrate1hGhs() { return Fields.HASHRATE_1H_GHS.get(this); }
    public Double expectedHashrateGhs() { return Fields.EXPECTED_HASHRATE_GHS.get(this); }
    public Double powerW() { return Fields.POWER_W.get(this); }
    public Double powerEstimatedW() { return Fields.POWER_ESTIMATED_W.get(this); }
    public Double inputVoltageV() { return Fields.INPUT_VOLTAGE_V.get(this); }
    public Double inputCurrentA() { return Fields.INPUT_CURRENT_A.get(this); }
    public Double coreVoltageSetMv() { return Fields.CORE_VOLTAGE_SET_MV.get(this); }
    public Double coreVoltageActualMv() { return Fields.CORE_VOLTAGE_ACTUAL_MV.get(this); }
    public Double frequencyMhz() { return Fields.FREQUENCY_MHZ.get(this); }
    public Double frequencyActualMhz() { return Fields.FREQUENCY_ACTUAL_MHZ.get(this); }
    public Double asicTempC() { return Fields.ASIC_TEMP_C.get(this); }
    public Double asicTemp2C() { return Fields.ASIC_TEMP2_C.get(this); }
    public Double vrTempC() { return Fields.VR_TEMP_C.get(this); }
    public Double boardTempC() { return Fields.BOARD_TEMP_C.get(this); }
    public Double fanPct() { return Fields.FAN_PCT.get(this); }
    public Long fanRpm() { return Fields.FAN_RPM.get(this); }
    public Long fan2Rpm() { return Fields.FAN2_RPM.get(this); }
    public Long sharesAccepted() { return Fields.SHARES_ACCEPTED.get(this); }
    public Long sharesRejected() { return Fields.SHARES_REJECTED.get(this); }
    public Double bestDiff() { return Fields.BEST_DIFF.get(this); }
    public Double sessionBestDiff() { return Fields.SESSION_BEST_DIFF.get(this); }
    public String poolUrl() { return Fields.POOL_URL.get(this); }
    public String poolUser() { return Fields.POOL_USER.get(this); }
    public Double poolDifficulty() { return Fields.POOL_DIFFICULTY.get(this); }
    public Boolean usingFallbackPool() { return Fields.USING_FALLBACK_POOL.get(this); }
    public Long uptimeS() { return Fields.UPTIME_S.get(this); }
    public Long wifiRssiDbm() { return Fields.WIFI_RSSI_DBM.get(this); }
    public String wifiStatus() { return Fields.WIFI_STATUS.get(this); }
    public String firmwareVersion() { return Fields.FIRMWARE_VERSION.get(this); }
    public String asicModel() { return Fields.ASIC_MODEL.get(this); }
    public String boardVersion() { return Fields.BOARD_VERSION.get(this); }
    public String model() { return Fields.MODEL.get(this); }
    public Long freeHeapBytes() { return Fields.FREE_HEAP_BYTES.get(this); }
    public Boolean overheatMode() { return Fields.OVERHEAT_MODE.get(this); }
    public Boolean miningPaused() { return Fields.MINING_PAUSED.get(this); }
    public String faults() { return Fields.FAULTS.get(this); }
    public String hashrateWindow() { return Fields.HASHRATE_WINDOW.get(this); }
    public Long pollLatencyMs() { return Fields.POLL_LATENCY_MS.get(this); }
    public String error() { return Fields.ERROR.get(this); }
    public String conditions() { return Fields.CONDITIONS.get(this); }
    public Boolean backfilled() { return Fields.BACKFILLED.get(this); }

    /** Joules per terahash: W / (GH/s / 1000); null unless both are known and hashrate is positive. */
    public Double joulesPerTh() {
        Double w = powerW();
        Double ghs = hashrateGhs();
        return w != null && ghs != null && ghs > 0 ? w / (ghs / 1000.0) : null;
    }

    /** Gigahash per watt; null unless both are known and power is positive. */
    public Double ghPerW() {
        Double w = powerW();
        Double ghs = hashrateGhs();
        return w != null && ghs != null && w > 0 ? ghs / w : null;
    }

    /** rejected / (accepted + rejected) * 100; null until a share has been counted. */
    public Double rejectPct() {
        Long accepted = sharesAccepted();
        Long rejected = sharesRejected();
        if (accepted == null || rejected == null) {
            return null;
        }
        long total = accepted + rejected;
        return total > 0 ? rejected * 100.0 / total : null;
    }

    /** Hashrate as a percentage of what the device expects from its clock settings. */
    public Double pctOfExpected() {
        Double ghs = hashrateGhs();
        Double expected = expectedHashrateGhs();
        return ghs != null && expected != null && expected > 0 ? ghs * 100.0 / expected : null;
    }

    /** The clock configuration this sample ran at, "575MHz@1200mV", so analysis can group by setting. */
    public String clockConfig() {
        Double mhz = frequencyMhz();
        Double mv = coreVoltageSetMv();
        if (mhz == null && mv == null) {
            return null;
        }
        return trim(mhz) + "MHz@" + trim(mv) + "mV";
    }

    /** The name to show: alias, else hostname, else address. */
    public String displayName() {
        String alias = alias();
        if (alias != null && !alias.isBlank()) {
            return alias;
        }
        String hostname = hostname();
        return hostname != null && !hostname.isBlank() ? hostname : address();
    }

    private static String trim(Double v) {
        if (v == null) {
            return "?";
        }
        return v == Math.rint(v) ? Long.toString(v.longValue()) : Double.toString(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sample other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Sample[");
        for (Field<?> f : Fields.all()) {
            Object v = f.derived() ? null : values[f.slot()];
            if (v != null) {
                sb.append(sb.length() > 7 ? ", " : "").append(f.name()).append('=').append(v);
            }
        }
        return sb.append(']').toString();
    }

    public static Builder builder() {
        return new Builder(new Object[Fields.SLOTS]);
    }

    public Builder toBuilder() {
        return new Builder(values.clone());
    }

    /** Mutable builder; {@link #build()} checks the invariants. */
    public static final class Builder {
        private final Object[] values;

        private Builder(Object[] values) {
            this.values = values;
        }

        /** Sets a stored field; null clears it. */
        public <T> Builder set(Field<T> field, T value) {
            if (field.derived()) {
                throw new IllegalArgumentException(field.name() + " is derived, not set");
            }
            values[field.slot()] = field.cast(value);
            return this;
        }

        /** Sets a stored field from an untyped value (as decoded from a file), checking its type. */
        public Builder setValue(Field<?> field, Object value) {
            return setCast(field, value);
        }

        private <T> Builder setCast(Field<T> field, Object value) {
            return set(field, field.cast(value));
        }

        /** Copies every field the reading holds. */
        public Builder readings(Reading reading) {
            reading.copyInto(values);
            return this;
        }

        public <T> T get(Field<T> field) {
            return field.derived() ? null : field.cast(values[field.slot()]);
        }

        public Builder timestamp(Instant v) { return set(Fields.TIMESTAMP, v); }
        public Builder address(String v) { return set(Fields.ADDRESS, v); }
        public Builder status(Status v) { return set(Fields.STATUS, v); }
        // Named shorthands for code and tests that build samples by hand; each is set(field, value).
        public Builder alias(String v) { return set(Fields.ALIAS, v); }
        public Builder hostname(String v) { return set(Fields.HOSTNAME, v); }
        public Builder deviceFamily(String v) { return set(Fields.DEVICE_FAMILY, v); }
        public Builder hashrateGhs(Double v) { return set(Fields.HASHRATE_GHS, v); }
        public Builder hashrate1mGhs(Double v) { return set(Fields.HASHRATE_1M_GHS, v); }
        public Builder hashrate10mGhs(Double v) { return set(Fields.HASHRATE_10M_GHS, v); }
        public Builder hashrate1hGhs(Double v) { return set(Fields.HASHRATE_1H_GHS, v); }
        public Builder expectedHashrateGhs(Double v) { return set(Fields.EXPECTED_HASHRATE_GHS, v); }
        public Builder powerW(Double v) { return set(Fields.POWER_W, v); }
        public Builder powerEstimatedW(Double v) { return set(Fields.POWER_ESTIMATED_W, v); }
        public Builder inputVoltageV(Double v) { return set(Fields.INPUT_VOLTAGE_V, v); }
        public Builder inputCurrentA(Double v) { return set(Fields.INPUT_CURRENT_A, v); }
        public Builder coreVoltageSetMv(Double v) { return set(Fields.CORE_VOLTAGE_SET_MV, v); }
        public Builder coreVoltageActualMv(Double v) { return set(Fields.CORE_VOLTAGE_ACTUAL_MV, v); }
        public Builder frequencyMhz(Double v) { return set(Fields.FREQUENCY_MHZ, v); }
        public Builder frequencyActualMhz(Double v) { return set(Fields.FREQUENCY_ACTUAL_MHZ, v); }
        public Builder asicTempC(Double v) { return set(Fields.ASIC_TEMP_C, v); }
        public Builder asicTemp2C(Double v) { return set(Fields.ASIC_TEMP2_C, v); }
        public Builder vrTempC(Double v) { return set(Fields.VR_TEMP_C, v); }
        public Builder boardTempC(Double v) { return set(Fields.BOARD_TEMP_C, v); }
        public Builder fanPct(Double v) { return set(Fields.FAN_PCT, v); }
        public Builder fanRpm(Long v) { return set(Fields.FAN_RPM, v); }
        public Builder fan2Rpm(Long v) { return set(Fields.FAN2_RPM, v); }
        public Builder sharesAccepted(Long v) { return set(Fields.SHARES_ACCEPTED, v); }
        public Builder sharesRejected(Long v) { return set(Fields.SHARES_REJECTED, v); }
        public Builder bestDiff(Double v) { return set(Fields.BEST_DIFF, v); }
        public Builder sessionBestDiff(Double v) { return set(Fields.SESSION_BEST_DIFF, v); }
        public Builder poolUrl(String v) { return set(Fields.POOL_URL, v); }
        public Builder poolUser(String v) { return set(Fields.POOL_USER, v); }
        public Builder poolDifficulty(Double v) { return set(Fields.POOL_DIFFICULTY, v); }
        public Builder usingFallbackPool(Boolean v) { return set(Fields.USING_FALLBACK_POOL, v); }
        public Builder uptimeS(Long v) { return set(Fields.UPTIME_S, v); }
        public Builder wifiRssiDbm(Long v) { return set(Fields.WIFI_RSSI_DBM, v); }
        public Builder wifiStatus(String v) { return set(Fields.WIFI_STATUS, v); }
        public Builder firmwareVersion(String v) { return set(Fields.FIRMWARE_VERSION, v); }
        public Builder asicModel(String v) { return set(Fields.ASIC_MODEL, v); }
        public Builder boardVersion(String v) { return set(Fields.BOARD_VERSION, v); }
        public Builder model(String v) { return set(Fields.MODEL, v); }
        public Builder freeHeapBytes(Long v) { return set(Fields.FREE_HEAP_BYTES, v); }
        public Builder overheatMode(Boolean v) { return set(Fields.OVERHEAT_MODE, v); }
        public Builder miningPaused(Boolean v) { return set(Fields.MINING_PAUSED, v); }
        public Builder faults(String v) { return set(Fields.FAULTS, v); }
        public Builder hashrateWindow(String v) { return set(Fields.HASHRATE_WINDOW, v); }
        public Builder pollLatencyMs(Long v) { return set(Fields.POLL_LATENCY_MS, v); }
        public Builder error(String v) { return set(Fields.ERROR, v); }
        public Builder conditions(String v) { return set(Fields.CONDITIONS, v); }

        public Sample build() {
            return new Sample(values.clone());
        }
    }
}
