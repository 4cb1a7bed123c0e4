package io.github.bitaxemonitor.model;

import io.github.bitaxemonitor.model.Field.Group;
import io.github.bitaxemonitor.model.Field.Metric;
import io.github.bitaxemonitor.model.Field.MetricKind;
import io.github.bitaxemonitor.model.Field.Role;
import io.github.bitaxemonitor.model.Field.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The field registry: every field of a {@link Sample}, declared once, in CSV column order (docs/CSV-FORMAT.md).
 * New fields go at the end, so files written before them keep reading (readers map columns by name).
 *
 * <p>Units are part of the names and the same for every vendor: hashrates in GH/s, power in W, input voltage in V,
 * input current in A, core voltages in mV, frequency in MHz, temperatures in degrees Celsius, uptime in seconds.
 */
public final class Fields {
    private static final List<Field<?>> ALL = new ArrayList<>();
    private static final Map<String, Field<?>> BY_NAME = new HashMap<>();
    private static int slots;
    private static final double BIG = 1e30;

    public static final Field<Instant> TIMESTAMP = Fields.<Instant>of("timestamp_utc", Type.TIMESTAMP, Role.IDENTITY)
            .describe("when the reply arrived (the cycle's poll time for failures), UTC").shown(Group.ROW, "time").add();
    public static final Field<String> ADDRESS = Fields.<String>of("address", Type.TEXT, Role.IDENTITY)
            .describe("host:port as configured; identifies the miner").shown(Group.ROW, "address").add();
    public static final Field<String> ALIAS = Fields.<String>of("alias", Type.TEXT, Role.IDENTITY)
            .describe("the name given in the config").shown(Group.ROW, "alias").add();
    public static final Field<String> HOSTNAME = Fields.<String>of("hostname", Type.TEXT, Role.READING)
            .describe("as reported, or cached when the reply had no usable one").shown(Group.ROW, "hostname").add();
    public static final Field<Status> STATUS = Fields.<Status>of("status", Type.STATUS, Role.JUDGEMENT)
            .describe("the most urgent condition that holds (README, status table)").shown(Group.HEALTH, "status").add();
    public static final Field<String> DEVICE_FAMILY = Fields.<String>of("device_family", Type.TEXT, Role.READING)
            .describe("bitaxe, nerdqaxe, antminer, bosminer, whatsminer, avalon or cgminer").shown(Group.DEVICE, "family").add();
    public static final Field<Double> HASHRATE_GHS = hashrate("hashrate_ghs", "hashrate_hashes_per_second",
            "current hashrate (the shortest window the device offers; see hashrate_window)", Group.HASHRATE, "now");
    public static final Field<Double> HASHRATE_1M_GHS = hashrate("hashrate_1m_ghs", "hashrate_1m_hashes_per_second",
            "1-minute average hashrate", Group.HASHRATE, "1m");
    public static final Field<Double> HASHRATE_10M_GHS = hashrate("hashrate_10m_ghs",
            "hashrate_10m_hashes_per_second", "10-minute average hashrate", Group.HASHRATE, "10m");
    public static final Field<Double> HASHRATE_1H_GHS = hashrate("hashrate_1h_ghs", "hashrate_1h_hashes_per_second",
            "1-hour average hashrate", Group.HASHRATE, "1h");
    public static final Field<Double> EXPECTED_HASHRATE_GHS = hashrate("expected_hashrate_ghs",
            "expected_hashrate_hashes_per_second", "what the device expects from its clock settings (nominal)", Group.HASHRATE, "expected");
    public static final Field<Double> PCT_OF_EXPECTED = Fields.<Double>derived("hashrate_pct_of_expected", Type.DECIMAL,
            Sample::pctOfExpected).unit("%").decimals(0).metric("hashrate_expected_ratio", 0.01)
            .describe("hashrate / expected hashrate x 100").shown(Group.HASHRATE, "of expected").add();
    public static final Field<Double> POWER_W = Fields.<Double>of("power_w", Type.DECIMAL, Role.READING).unit("W").range(0, 20_000)
            .decimals(1).metric("power_watts", 1).describe("power as the device reports it").shown(Group.POWER, "power").add();
    public static final Field<Double> INPUT_VOLTAGE_V = Fields.<Double>of("input_voltage_v", Type.DECIMAL, Role.READING).unit("V")
            .range(0, 500).decimals(2).metric("input_voltage_volts", 1).describe("input (supply) voltage").shown(Group.POWER, "input").add();
    public static final Field<Double> INPUT_CURRENT_A = Fields.<Double>of("input_current_a", Type.DECIMAL, Role.READING).unit("A")
            .range(0, 1_000).decimals(2).metric("input_current_amperes", 1).describe("input current").shown(Group.POWER, "current").add();
    public static final Field<Double> CORE_VOLTAGE_SET_MV = millivolts("core_voltage_set_mv", "core_voltage_set_volts",
            "configured ASIC core voltage", Group.CLOCK, "core set");
    public static final Field<Double> CORE_VOLTAGE_ACTUAL_MV = millivolts("core_voltage_actual_mv",
            "core_voltage_volts", "measured ASIC core voltage", Group.CLOCK, "core actual");
    public static final Field<Double> FREQUENCY_MHZ = Fields.<Double>of("frequency_mhz", Type.DECIMAL, Role.READING).unit("MHz")
            .range(0, 5_000).decimals(0).metric("frequency_set_hertz", 1e6).describe("configured ASIC clock").shown(Group.CLOCK, "frequency").add();
    public static final Field<String> CLOCK_CONFIG = Fields.<String>derived("clock_config", Type.TEXT, Sample::clockConfig)
            .describe("frequency @ set core voltage, \"575MHz@1200mV\"").shown(Group.CLOCK, "config").add();
    public static final Field<Double> ASIC_TEMP_C = temperature("asic_temp_c", "asic_temperature_celsius", 150,
            "hottest ASIC (chip) temperature", Group.TEMPERATURE, "ASIC");
    public static final Field<Double> ASIC_TEMP2_C = temperature("asic_temp2_c", "asic2_temperature_celsius", 150,
            "second ASIC sensor (multi-chip Bitaxe boards)", Group.TEMPERATURE, "ASIC2");
    public static final Field<Double> VR_TEMP_C = temperature("vr_temp_c", "vr_temperature_celsius", 200,
            "voltage regulator temperature", Group.TEMPERATURE, "VR");
    public static final Field<Double> FAN_PCT = Fields.<Double>of("fan_pct", Type.DECIMAL, Role.READING).unit("%").range(0, 100)
            .decimals(0).metric("fan_duty_ratio", 0.01).describe("fan duty").shown(Group.FANS, "duty").add();
    public static final Field<Long> FAN_RPM = Fields.<Long>of("fan_rpm", Type.INTEGER, Role.READING).unit("rpm").range(0, 50_000)
            .metric("fan_speed_rpm", 1).describe("first fan's speed").shown(Group.FANS, "fan 1").add();
    public static final Field<Long> FAN2_RPM = Fields.<Long>of("fan2_rpm", Type.INTEGER, Role.READING).unit("rpm").range(0, 50_000)
            .metric("fan2_speed_rpm", 1).describe("second fan's speed").shown(Group.FANS, "fan 2").add();
    public static final Field<Long> SHARES_ACCEPTED = Fields.<Long>of("shares_accepted", Type.INTEGER, Role.READING).range(0, 1e15)
            .counter("shares_accepted_total").describe("accepted shares since the miner's boot").shown(Group.SHARES, "accepted").add();
    public static final Field<Long> SHARES_REJECTED = Fields.<Long>of("shares_rejected", Type.INTEGER, Role.READING).range(0, 1e15)
            .counter("shares_rejected_total").describe("rejected shares since the miner's boot").shown(Group.SHARES, "rejected").add();
    public static final Field<Double> REJECT_PCT = Fields.<Double>derived("reject_pct", Type.DECIMAL, Sample::rejectPct).unit("%")
            .decimals(2).metric("shares_rejected_ratio", 0.01)
            .describe("rejected / (accepted + rejected) x 100; empty before the first share").shown(Group.SHARES, "reject").add();
    public static final Field<Double> BEST_DIFF = Fields.<Double>of("best_diff", Type.DECIMAL, Role.READING).range(0, BIG)
            .metric("best_difficulty", 1).describe("all-time best share difficulty").shown(Group.SHARES, "best").add();
    public static final Field<Double> SESSION_BEST_DIFF = Fields.<Double>of("session_best_diff", Type.DECIMAL, Role.READING)
            .range(0, BIG).metric("session_best_difficulty", 1).describe("best share difficulty since boot").shown(Group.SHARES, "session best").add();
    public static final Field<String> POOL_URL = Fields.<String>of("pool_url", Type.TEXT, Role.READING)
            .describe("the pool in use, host:port").shown(Group.POOL, "url").add();
    public static final Field<String> POOL_USER = Fields.<String>of("pool_user", Type.TEXT, Role.READING)
            .describe("the worker name").shown(Group.POOL, "user").add();
    public static final Field<Double> POOL_DIFFICULTY = Fields.<Double>of("pool_difficulty", Type.DECIMAL, Role.READING)
            .range(0, BIG).metric("pool_difficulty", 1).describe("share difficulty the pool asks for").shown(Group.POOL, "difficulty").add();
    public static final Field<Boolean> USING_FALLBACK_POOL = Fields.<Boolean>of("using_fallback_pool", Type.BOOLEAN, Role.READING)
            .metric("using_fallback_pool", 1).describe("true while the fallback pool is in use").shown(Group.POOL, "fallback").add();
    public static final Field<Long> UPTIME_S = Fields.<Long>of("uptime_s", Type.INTEGER, Role.READING).unit("s").range(0, 1e10)
            .metric("uptime_seconds", 1).describe("seconds since the miner booted (a drop means a reboot)").shown(Group.DEVICE, "uptime").add();
    public static final Field<Long> WIFI_RSSI_DBM = Fields.<Long>of("wifi_rssi_dbm", Type.INTEGER, Role.READING).unit("dBm")
            .range(-127, 0).metric("wifi_signal_dbm", 1).describe("Wi-Fi signal").shown(Group.DEVICE, "Wi-Fi").add();
    public static final Field<String> WIFI_STATUS = Fields.<String>of("wifi_status", Type.TEXT, Role.READING)
            .describe("the firmware's Wi-Fi text").shown(Group.DEVICE, "Wi-Fi status").add();
    public static final Field<String> FIRMWARE_VERSION = Fields.<String>of("firmware_version", Type.TEXT, Role.READING)
            .describe("firmware version as the device sends it").shown(Group.DEVICE, "firmware").add();
    public static final Field<String> ASIC_MODEL = Fields.<String>of("asic_model", Type.TEXT, Role.READING)
            .describe("ASIC chip, e.g. BM1370").shown(Group.DEVICE, "ASIC").add();
    public static final Field<String> BOARD_VERSION = Fields.<String>of("board_version", Type.TEXT, Role.READING)
            .describe("board revision or hardware type").shown(Group.DEVICE, "board").add();
    public static final Field<Long> FREE_HEAP_BYTES = Fields.<Long>of("free_heap_bytes", Type.INTEGER, Role.READING).unit("B")
            .range(0, 1e12).metric("free_heap_bytes", 1).describe("free memory on the device").shown(Group.DEVICE, "free heap").add();
    public static final Field<Boolean> OVERHEAT_MODE = Fields.<Boolean>of("overheat_mode", Type.BOOLEAN, Role.READING)
            .metric("overheat_mode", 1).describe("the firmware throttled or stopped the ASIC for heat").shown(Group.HEALTH, "overheat mode").add();
    public static final Field<String> FAULTS = Fields.<String>of("faults", Type.TEXT, Role.READING)
            .describe("active power or hardware faults, as the firmware words them").shown(Group.HEALTH, "faults").add();
    public static final Field<Double> EFFICIENCY_J_PER_TH = Fields.<Double>derived("efficiency_j_per_th", Type.DECIMAL,
            Sample::joulesPerTh).unit("J/TH").decimals(1).metric("efficiency_joules_per_terahash", 1)
            .describe("power_w / hashrate in TH/s (measured power only)").shown(Group.POWER, "efficiency").add();
    public static final Field<Double> EFFICIENCY_GH_PER_W = Fields.<Double>derived("efficiency_gh_per_w", Type.DECIMAL,
            Sample::ghPerW).unit("GH/W").decimals(2).metric("efficiency_hashes_per_joule", 1e9)
            .describe("hashrate / power_w (measured power only)").shown(Group.POWER, "").add();
    public static final Field<Long> POLL_LATENCY_MS = Fields.<Long>of("poll_latency_ms", Type.INTEGER, Role.COLLECTOR).unit("ms")
            .range(0, 1e9).metric("poll_latency_seconds", 0.001).describe("request to end of reply or failure").shown(Group.DEVICE, "poll").add();
    public static final Field<String> ERROR = Fields.<String>of("error", Type.TEXT, Role.COLLECTOR)
            .describe("why the poll failed, in words").shown(Group.HEALTH, "error").add();
    // Schema version 2: appended, so version-1 files read unchanged.
    public static final Field<String> MODEL = Fields.<String>of("model", Type.TEXT, Role.READING)
            .describe("the device model: Gamma, NerdQAxe++, Antminer S19 Pro, Whatsminer M30S, Avalon A1246...").shown(Group.DEVICE, "model").add();
    public static final Field<Double> FREQUENCY_ACTUAL_MHZ = Fields.<Double>of("frequency_actual_mhz", Type.DECIMAL, Role.READING)
            .unit("MHz").range(0, 5_000).decimals(0).metric("frequency_hertz", 1e6)
            .describe("the clock the ASIC runs at now (ramps up after boot; below the set one when throttled)").shown(Group.CLOCK, "actual").add();
    public static final Field<Double> BOARD_TEMP_C = temperature("board_temp_c", "board_temperature_celsius", 200,
            "hottest hash board (PCB) sensor", Group.TEMPERATURE, "board");
    public static final Field<Double> POWER_ESTIMATED_W = Fields.<Double>of("power_estimated_w", Type.DECIMAL, Role.READING)
            .unit("W").range(0, 20_000).decimals(0).metric("power_estimated_watts", 1)
            .describe("estimated from the model's efficiency where the device reports no power; never measured").shown(Group.POWER, "estimated").add();
    public static final Field<String> HASHRATE_WINDOW = Fields.<String>of("hashrate_window", Type.TEXT, Role.READING)
            .describe("which figure hashrate_ghs is: current, 5s, rt, 30s, 1m, 5m, 15m, 30m, or avg (since boot)")
            .shown(Group.HASHRATE, "window").add();
    public static final Field<Boolean> MINING_PAUSED = Fields.<Boolean>of("mining_paused", Type.BOOLEAN, Role.READING)
            .metric("mining_paused", 1).describe("the owner paused mining or put the miner in standby or sleep").shown(Group.HEALTH, "paused").add();
    public static final Field<String> CONDITIONS = Fields.<String>of("conditions", Type.TEXT, Role.JUDGEMENT)
            .describe("every condition that holds, most urgent first, each with its value and limit").shown(Group.HEALTH, "why").add();
    // Schema version 3: appended, so version-1 and -2 files read unchanged.
    public static final Field<Boolean> BACKFILLED = Fields.<Boolean>of("backfilled", Type.BOOLEAN, Role.COLLECTOR)
            .describe("true for a row filled in after the monitor was down, from the device's own history (AxeOS"
                    + " /api/system/statistics), not polled").shown(Group.DEVICE, "backfilled").add();

    /** The number of stored (non-derived) fields: the size of a sample's value array. */
    static final int SLOTS = slots;

    private Fields() {
    }

    /** Every field, in CSV column order. */
    public static List<Field<?>> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** The field with this CSV name, or null. */
    public static Field<?> byName(String name) {
        return BY_NAME.get(name);
    }

    private static Field<Double> hashrate(String name, String metric, String description, Group group, String label) {
        return Fields.<Double>of(name, Type.DECIMAL, Role.READING).unit("GH/s").range(0, 1e9).decimals(1).metric(metric, 1e9)
                .describe(description).shown(group, label).add();
    }

    private static Field<Double> millivolts(String name, String metric, String description, Group group,
                                            String label) {
        return Fields.<Double>of(name, Type.DECIMAL, Role.READING).unit("mV").range(0, 5_000).decimals(0).metric(metric, 0.001)
                .describe(description).shown(group, label).add();
    }

    private static Field<Double> temperature(String name, String metric, double max, String description,
                                             Group group, String label) {
        return Fields.<Double>of(name, Type.DECIMAL, Role.READING).unit("C").range(-40, max).decimals(1).metric(metric, 1)
                .describe(description).shown(group, label).add();
    }

    private static <T> Declaration<T> of(String name, Type type, Role role) {
        return new Declaration<>(name, type, role, null);
    }

    private static <T> Declaration<T> derived(String name, Type type, Function<Sample, T> derive) {
        return new Declaration<>(name, type, Role.DERIVED, derive);
    }

    /** Collects one declaration; {@link #add} registers it in column order. */
    private static final class Declaration<T> {
        private final String name;
        private final Type type;
        private final Role role;
        private final Function<Sample, T> derive;
        private String unit = "";
        private String description;
        private double min = -BIG;
        private double max = BIG;
        private int decimals = 3;
        private Metric metric;
        private Group group;
        private String label;

        Declaration(String name, Type type, Role role, Function<Sample, T> derive) {
            this.name = name;
            this.type = type;
            this.role = role;
            this.derive = derive;
        }

        Declaration<T> unit(String u) {
            unit = u;
            return this;
        }

        Declaration<T> range(double lo, double hi) {
            min = lo;
            max = hi;
            return this;
        }

        Declaration<T> decimals(int d) {
            decimals = d;
            return this;
        }

        Declaration<T> metric(String metricName, double scale) {
            metric = new Metric(metricName, scale, MetricKind.GAUGE);
            return this;
        }

        Declaration<T> counter(String metricName) {
            metric = new Metric(metricName, 1, MetricKind.COUNTER);
            return this;
        }

        Declaration<T> shown(Group g, String l) {
            group = g;
            label = l;
            return this;
        }

        Declaration<T> describe(String d) {
            description = d;
            return this;
        }

        Field<T> add() {
            Field<T> f = new Field<>(name, type, role, unit, description, min, max, decimals, metric, group, label,
                    derive, derive == null ? slots++ : -1);
            if (BY_NAME.putIfAbsent(name, f) != null) {
                throw new IllegalStateException("field declared twice: " + name);
            }
            ALL.add(f);
            return f;
        }
    }
}
