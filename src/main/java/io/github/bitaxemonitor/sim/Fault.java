package io.github.bitaxemonitor.sim;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A scripted misbehaviour a simulated miner can be given. Several can be combined on one miner. Transport faults
 * (offline, slow, refused, malformed, huge) change how the miner answers; the others change what it reports.
 */
public enum Fault {
    /** Nothing listens on the miner's port: connections are refused. */
    OFFLINE("offline"),
    /** Replies take {@link SimulatedFleet#SLOW_REPLY_MIN_MS}..{@link SimulatedFleet#SLOW_REPLY_MAX_MS}, beyond any sane timeout. */
    SLOW("slow"),
    /** ASIC at 71-74 C: below the firmware's overheat point but above what tuners accept. */
    HOT("hot"),
    /** The firmware stopped the ASIC for heat: overheat_mode 1, hashrate 0, fan at full speed. */
    OVERHEAT("overheat"),
    /** A power fault is active: {@code power_fault} text present, ASIC off. */
    POWER_FAULT("fault"),
    /** Reachable and otherwise healthy but hashing nothing. */
    NO_HASH("no-hash"),
    /** Claims its usual hashrate while accepted shares stay frozen. */
    STALLED("stalled"),
    /** Reboots every {@link SimulatedMiner#REBOOT_PERIOD_SECONDS}: uptime and session counters reset. */
    REBOOTS("reboots"),
    /** The hostname is sometimes missing, empty or "Unknown". */
    FLAKY_HOSTNAME("flaky-hostname"),
    /** The JSON body is cut short. */
    MALFORMED("malformed"),
    /** HTTP 401, as firmware 2.6+ answers clients outside private address ranges. */
    REFUSED("refused"),
    /** RSSI around -85 dBm and a wifiStatus other than "Connected!". */
    WEAK_WIFI("weak-wifi"),
    /** Hostname, stratumUser, wifiStatus and version carry {@link HostileStrings}. */
    HOSTILE("hostile"),
    /** A valid but {@link SimulatedFleet#HUGE_REPLY_BYTES}-byte reply. */
    HUGE("huge");

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
