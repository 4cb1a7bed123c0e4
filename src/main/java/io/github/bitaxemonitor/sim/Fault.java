package io.github.bitaxemonitor.sim;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A scripted misbehaviour a simulated miner can be given. Several can be combined on one miner. Transport faults
 * (offline, slow, refused, malformed, huge, summary-refused, stats-refused) change how the miner answers; the others
 * change what it reports. Each constant says what it does to a Bitaxe (AxeOS HTTP) and to a CGMiner-API miner;
 * "CGMiner" covers every {@link MinerType} but {@link MinerType#BITAXE}.
 */
public enum Fault {
    /** Nothing listens on the miner's port: connections are refused (every vendor). */
    OFFLINE("offline"),
    /**
     * Replies take {@link SimulatedFleet#SLOW_REPLY_MIN_MS}..{@link SimulatedFleet#SLOW_REPLY_MAX_MS}, beyond any sane
     * timeout (every vendor; a one-connection-at-a-time device keeps later clients waiting meanwhile).
     */
    SLOW("slow"),
    /**
     * Hot but still hashing, a few degrees above the vendor's normal range: Bitaxe ASIC 71-74 C; Antminer and BOSminer
     * hottest chip 88-91 C (boards 76-79 C); Whatsminer chip 103-106 C (board {@code Temperature} 91-94 C); Avalon
     * {@code TMax} 98-101 C. Fans at full speed.
     */
    HOT("hot"),
    /**
     * The firmware stopped hashing for heat: Bitaxe {@code overheat_mode} 1, ASIC 76-79 C, hashrate 0; CGMiner: the
     * {@link #HOT} temperatures plus 7 C, hashrate 0, fans at full speed (no vendor flag for it).
     */
    OVERHEAT("overheat"),
    /**
     * A power fault, hashing stopped: Bitaxe {@code power_fault} "VIN UNDERVOLTAGE"; Whatsminer error code 206 (in
     * {@code get_error_code}, and {@code Error Code Count} 1); Avalon {@code PS[}'s first field 5 ({@code ECMM[1]});
     * Antminer and BOSminer report hashrate 0 only.
     */
    POWER_FAULT("fault"),
    /** Reachable and otherwise healthy but hashing nothing; shares stop (every vendor: every rate field 0). */
    NO_HASH("no-hash"),
    /** Claims its usual hashrate while accepted shares stay frozen (every vendor). */
    STALLED("stalled"),
    /**
     * Reboots every {@link SimulatedMiner#REBOOT_PERIOD_SECONDS}: uptime ({@code uptimeSeconds}, CGMiner
     * {@code Elapsed}) and session counters reset, hashrate 0 for the first {@link SimulatedMiner#WARMUP_SECONDS}.
     */
    REBOOTS("reboots"),
    /** Bitaxe: the hostname is sometimes missing, empty or "Unknown". CGMiner: no effect (their API has none). */
    FLAKY_HOSTNAME("flaky-hostname"),
    /** The reply is cut at 30-70 % of its length (CGMiner: no terminating NUL, then the socket closes). */
    MALFORMED("malformed"),
    /**
     * Reachable but refusing: Bitaxe HTTP 401 (firmware 2.6+ to clients outside private ranges); CGMiner every
     * command answers {@code STATUS "E"}, Code 45, {@code "Access denied to '<command>' command"}.
     */
    REFUSED("refused"),
    /** Bitaxe: RSSI around -85 dBm and a wifiStatus other than "Connected!". CGMiner: no effect (wired). */
    WEAK_WIFI("weak-wifi"),
    /**
     * Bitaxe: hostname, stratumUser, wifiStatus and version carry {@link HostileStrings}. CGMiner: the model text
     * ({@code Type}, {@code PROD}, {@code Model}, {@code Ver[..]}) carries {@link HostileStrings#HOSTNAME}, the
     * firmware version {@link HostileStrings#VERSION}, the pool user {@link HostileStrings#STRATUM_USER}.
     */
    HOSTILE("hostile"),
    /** A valid but {@link SimulatedFleet#HUGE_REPLY_BYTES}-byte reply (a {@code padding} field; CGMiner: then NUL). */
    HUGE("huge"),
    /**
     * Paused by its owner, hashrate 0, shares stop, cool: Bitaxe {@code miningPaused: true} (a Bitaxe given this fault
     * when the fleet starts runs the 2.15 shape, a NerdQAxe++ becoming a Gamma; shapes before 2.14, given it later,
     * only show hashrate 0); Avalon
     * 1566/Nano soft-off: {@code SoftOFF[1]}, {@code SYSTEMSTATU[Work: In Idle, ...]}, wall power under 20 W; Whatsminer
     * sleep: {@code status} says {@code "btmineroff":"true"}, summary Power under 20 W (the old shape has no
     * {@code status}); Antminer, BOSminer and multi-module Avalon have no such flag and show hashrate 0 only.
     */
    PAUSED("paused"),
    /**
     * Just booted: the miner restarts when given this fault and hashes 0 for its first
     * {@link SimulatedMiner#BOOT_SECONDS} of uptime, cool; then it hashes normally. AxeOS 2.14+ ramps
     * {@code actualFrequency} from 50 MHz over that time; CGMiner {@code Elapsed} starts from 0.
     */
    BOOTING("booting"),
    /**
     * One temperature reading reads {@link SimulatedMiner#GLITCH_TEMP_C} while the miner is otherwise healthy: Bitaxe
     * {@code temp} (NerdQAxe also {@code asicTemps[0]}); Antminer the first chain's {@code temp2_N} and one value of
     * {@code temp_chipN}; BOSminer the first {@code TEMPS} entry's {@code Chip}; Whatsminer {@code Chip Temp Max} of
     * the summary and of the first board; Avalon the first module's {@code TMax}.
     */
    SENSOR_GLITCH("sensor-glitch"),
    /** CGMiner: {@code summary} answers Code 45 "Access denied" while every other command answers. Bitaxe: none. */
    SUMMARY_REFUSED("summary-refused"),
    /** CGMiner: {@code stats}, {@code estats} and {@code litestats} answer Code 45 "Access denied". Bitaxe: none. */
    STATS_REFUSED("stats-refused"),
    /** Bitaxe: {@code bestDiff} is the overflowed text {@link #BAD_DIFF_TEXT} (every shape). CGMiner: no effect. */
    BAD_DIFF("bad-diff"),
    /** Bitaxe: a connected miner says "WiFi Connected!" (NerdQAxe/NerdOS words) instead of "Connected!". */
    NERD_WIFI("nerd-wifi");

    /** What {@link #BAD_DIFF} sends as {@code bestDiff}. */
    public static final String BAD_DIFF_TEXT = "1e2147483647G";

    private final String label;

    Fault(String label) {
        this.label = label;
    }

    /** The name used in fault specs ("hot:1,offline:2"). */
    public String label() {
        return label;
    }

    /** Parses a label (case-insensitive; "nohash" and "power-fault" are accepted too). */
    public static Fault parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("nohash")) {
            return NO_HASH;
        }
        if (t.equals("power-fault")) {
            return POWER_FAULT;
        }
        for (Fault f : values()) {
            if (f.label.equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown fault '" + text.strip() + "' (known: "
                + Arrays.stream(values()).map(Fault::label).collect(Collectors.joining(", ")) + ")");
    }
}
