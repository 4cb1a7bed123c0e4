package io.github.bitaxemonitor.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One poll of one miner, normalised and vendor-neutral: the only type that flows from the miner clients through the
 * collector to storage and every view.
 *
 * <p>Invariants: {@code timestamp}, {@code address} and {@code status} are never null. Every other component may be
 * null, meaning "not reported, not applicable, or rejected as implausible" - never a made-up zero. Units are part of
 * the names and are the same for every vendor: hashrates in GH/s, power in W, input voltage in V, input current in A,
 * core voltages in mV, frequency in MHz, temperatures in degrees Celsius, uptime in seconds. Text components have
 * already been made safe by {@link io.github.bitaxemonitor.text.HostileText#sanitize} and never hold a password.
 *
 * <p>Derived figures (J/TH, GH/W, reject %, % of expected, clock configuration) are methods, not components, so they
 * can never disagree with the values they come from.
 */
public record Sample(
        Instant timestamp,
        String address,
        String alias,
        String hostname,
        Status status,
        String deviceFamily,
        Double hashrateGhs,
        Double hashrate1mGhs,
        Double hashrate10mGhs,
        Double hashrate1hGhs,
        Double expectedHashrateGhs,
        Double powerW,
        Double inputVoltageV,
        Double inputCurrentA,
        Double coreVoltageSetMv,
        Double coreVoltageActualMv,
        Double frequencyMhz,
        Double asicTempC,
        Double asicTemp2C,
        Double vrTempC,
        Double fanPct,
        Long fanRpm,
        Long fan2Rpm,
        Long sharesAccepted,
        Long sharesRejected,
        Double bestDiff,
        Double sessionBestDiff,
        String poolUrl,
        String poolUser,
        Double poolDifficulty,
        Boolean usingFallbackPool,
        Long uptimeS,
        Long wifiRssiDbm,
        String wifiStatus,
        String firmwareVersion,
        String asicModel,
        String boardVersion,
        Long freeHeapBytes,
        Boolean overheatMode,
        String faults,
        Long pollLatencyMs,
        String error) {

    public Sample {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(status, "status");
    }

    /** Joules per terahash: W / (GH/s / 1000); null unless both are known and hashrate is positive. */
    public Double joulesPerTh() {
        return powerW != null && hashrateGhs != null && hashrateGhs > 0 ? powerW / (hashrateGhs / 1000.0) : null;
    }

    /** Gigahash per watt; null unless both are known and power is positive. */
    public Double ghPerW() {
        return powerW != null && hashrateGhs != null && powerW > 0 ? hashrateGhs / powerW : null;
    }

    /** rejected / (accepted + rejected) * 100; null until a share has been counted. */
    public Double rejectPct() {
        if (sharesAccepted == null || sharesRejected == null) {
            return null;
        }
        long total = sharesAccepted + sharesRejected;
        return total > 0 ? sharesRejected * 100.0 / total : null;
    }

    /** Hashrate as a percentage of what the firmware expects from its clock settings. */
    public Double pctOfExpected() {
        return hashrateGhs != null && expectedHashrateGhs != null && expectedHashrateGhs > 0
                ? hashrateGhs * 100.0 / expectedHashrateGhs : null;
    }

    /** The clock configuration this sample ran at, "575MHz@1200mV", so analysis can group by setting. */
    public String clockConfig() {
        if (frequencyMhz == null && coreVoltageSetMv == null) {
            return null;
        }
        return trim(frequencyMhz) + "MHz@" + trim(coreVoltageSetMv) + "mV";
    }

    /** The name to show: alias, else hostname, else address. */
    public String displayName() {
        if (alias != null && !alias.isBlank()) {
            return alias;
        }
        return hostname != null && !hostname.isBlank() ? hostname : address;
    }

    private static String trim(Double v) {
        if (v == null) {
            return "?";
        }
        return v == Math.rint(v) ? Long.toString(v.longValue()) : Double.toString(v);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable builder; {@link #build()} checks the invariants. */
    public static final class Builder {
        private Instant timestamp;
        private String address;
        private String alias;
        private String hostname;
        private Status status;
        private String deviceFamily;
        private Double hashrateGhs;
        private Double hashrate1mGhs;
        private Double hashrate10mGhs;
        private Double hashrate1hGhs;
        private Double expectedHashrateGhs;
        private Double powerW;
        private Double inputVoltageV;
        private Double inputCurrentA;
        private Double coreVoltageSetMv;
        private Double coreVoltageActualMv;
        private Double frequencyMhz;
        private Double asicTempC;
        private Double asicTemp2C;
        private Double vrTempC;
        private Double fanPct;
        private Long fanRpm;
        private Long fan2Rpm;
        private Long sharesAccepted;
        private Long sharesRejected;
        private Double bestDiff;
        private Double sessionBestDiff;
        private String poolUrl;
        private String poolUser;
        private Double poolDifficulty;
        private Boolean usingFallbackPool;
        private Long uptimeS;
        private Long wifiRssiDbm;
        private String wifiStatus;
        private String firmwareVersion;
        private String asicModel;
        private String boardVersion;
        private Long freeHeapBytes;
        private Boolean overheatMode;
        private String faults;
        private Long pollLatencyMs;
        private String error;

        private Builder() {
        }

        private Builder(Sample s) {
            timestamp = s.timestamp;
            address = s.address;
            alias = s.alias;
            hostname = s.hostname;
            status = s.status;
            deviceFamily = s.deviceFamily;
            hashrateGhs = s.hashrateGhs;
            hashrate1mGhs = s.hashrate1mGhs;
            hashrate10mGhs = s.hashrate10mGhs;
            hashrate1hGhs = s.hashrate1hGhs;
            expectedHashrateGhs = s.expectedHashrateGhs;
            powerW = s.powerW;
            inputVoltageV = s.inputVoltageV;
            inputCurrentA = s.inputCurrentA;
            coreVoltageSetMv = s.coreVoltageSetMv;
            coreVoltageActualMv = s.coreVoltageActualMv;
            frequencyMhz = s.frequencyMhz;
            asicTempC = s.asicTempC;
            asicTemp2C = s.asicTemp2C;
            vrTempC = s.vrTempC;
            fanPct = s.fanPct;
            fanRpm = s.fanRpm;
            fan2Rpm = s.fan2Rpm;
            sharesAccepted = s.sharesAccepted;
            sharesRejected = s.sharesRejected;
            bestDiff = s.bestDiff;
            sessionBestDiff = s.sessionBestDiff;
            poolUrl = s.poolUrl;
            poolUser = s.poolUser;
            poolDifficulty = s.poolDifficulty;
            usingFallbackPool = s.usingFallbackPool;
            uptimeS = s.uptimeS;
            wifiRssiDbm = s.wifiRssiDbm;
            wifiStatus = s.wifiStatus;
            firmwareVersion = s.firmwareVersion;
            asicModel = s.asicModel;
            boardVersion = s.boardVersion;
            freeHeapBytes = s.freeHeapBytes;
            overheatMode = s.overheatMode;
            faults = s.faults;
            pollLatencyMs = s.pollLatencyMs;
            error = s.error;
        }

        public Builder timestamp(Instant v) { timestamp = v; return this; }
        public Builder address(String v) { address = v; return this; }
        public Builder alias(String v) { alias = v; return this; }
        public Builder hostname(String v) { hostname = v; return this; }
        public Builder status(Status v) { status = v; return this; }
        public Builder deviceFamily(String v) { deviceFamily = v; return this; }
        public Builder hashrateGhs(Double v) { hashrateGhs = v; return this; }
        public Builder hashrate1mGhs(Double v) { hashrate1mGhs = v; return this; }
        public Builder hashrate10mGhs(Double v) { hashrate10mGhs = v; return this; }
        public Builder hashrate1hGhs(Double v) { hashrate1hGhs = v; return this; }
        public Builder expectedHashrateGhs(Double v) { expectedHashrateGhs = v; return this; }
        public Builder powerW(Double v) { powerW = v; return this; }
        public Builder inputVoltageV(Double v) { inputVoltageV = v; return this; }
        public Builder inputCurrentA(Double v) { inputCurrentA = v; return this; }
        public Builder coreVoltageSetMv(Double v) { coreVoltageSetMv = v; return this; }
        public Builder coreVoltageActualMv(Double v) { coreVoltageActualMv = v; return this; }
        public Builder frequencyMhz(Double v) { frequencyMhz = v; return this; }
        public Builder asicTempC(Double v) { asicTempC = v; return this; }
        public Builder asicTemp2C(Double v) { asicTemp2C = v; return this; }
        public Builder vrTempC(Double v) { vrTempC = v; return this; }
        public Builder fanPct(Double v) { fanPct = v; return this; }
        public Builder fanRpm(Long v) { fanRpm = v; return this; }
        public Builder fan2Rpm(Long v) { fan2Rpm = v; return this; }
        public Builder sharesAccepted(Long v) { sharesAccepted = v; return this; }
        public Builder sharesRejected(Long v) { sharesRejected = v; return this; }
        public Builder bestDiff(Double v) { bestDiff = v; return this; }
        public Builder sessionBestDiff(Double v) { sessionBestDiff = v; return this; }
        public Builder poolUrl(String v) { poolUrl = v; return this; }
        public Builder poolUser(String v) { poolUser = v; return this; }
        public Builder poolDifficulty(Double v) { poolDifficulty = v; return this; }
        public Builder usingFallbackPool(Boolean v) { usingFallbackPool = v; return this; }
        public Builder uptimeS(Long v) { uptimeS = v; return this; }
        public Builder wifiRssiDbm(Long v) { wifiRssiDbm = v; return this; }
        public Builder wifiStatus(String v) { wifiStatus = v; return this; }
        public Builder firmwareVersion(String v) { firmwareVersion = v; return this; }
        public Builder asicModel(String v) { asicModel = v; return this; }
        public Builder boardVersion(String v) { boardVersion = v; return this; }
        public Builder freeHeapBytes(Long v) { freeHeapBytes = v; return this; }
        public Builder overheatMode(Boolean v) { overheatMode = v; return this; }
        public Builder faults(String v) { faults = v; return this; }
        public Builder pollLatencyMs(Long v) { pollLatencyMs = v; return this; }
        public Builder error(String v) { error = v; return this; }

        public Status status() { return status; }

        public Sample build() {
            return new Sample(timestamp, address, alias, hostname, status, deviceFamily, hashrateGhs, hashrate1mGhs,
                    hashrate10mGhs, hashrate1hGhs, expectedHashrateGhs, powerW, inputVoltageV, inputCurrentA,
                    coreVoltageSetMv, coreVoltageActualMv, frequencyMhz, asicTempC, asicTemp2C, vrTempC, fanPct,
                    fanRpm, fan2Rpm, sharesAccepted, sharesRejected, bestDiff, sessionBestDiff, poolUrl, poolUser,
                    poolDifficulty, usingFallbackPool, uptimeS, wifiRssiDbm, wifiStatus, firmwareVersion, asicModel,
                    boardVersion, freeHeapBytes, overheatMode, faults, pollLatencyMs, error);
        }
    }
}
