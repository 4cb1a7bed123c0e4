package io.github.bitaxemonitor.sim;

import io.github.bitaxemonitor.model.MinerKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a simulated miner is: a Bitaxe-family device (board and AxeOS shape chosen per miner by the fleet layout), or
 * one CGMiner-API machine with its firmware's reply shape. The label is the name used in fleet mixes
 * ({@code bitaxe:8,antminer:2}). Values are from shared/reference/cgminer-api.md.
 */
public enum MinerType {
    /** ESP-Miner/AxeOS 2.0-2.15 and NerdQAxe over HTTP; board and firmware rotate over the fleet. */
    BITAXE("bitaxe", Vendor.BITAXE, null),
    /** Antminer S19 Pro, stock cgminer-based firmware: temp_pcbN/temp_chipN strings, chains 1-3, no power. */
    ANTMINER("antminer", Vendor.ANTMINER, new RigSpec("Antminer S19 Pro", "s19pro", "1.0.0", 3, 1, 114, 110_000,
            3250, 75, 68, 82, 88, 12, 4, 5500, 675, 65536, true, true)),
    /** Antminer S9, stock bmminer 2.0.0: temp6..8/temp2_6..8, chains 6-8, rejects combined commands, no power. */
    ANTMINER_S9("antminer-s9", Vendor.ANTMINER, new RigSpec("Antminer S9", "s9", "2.0.0", 3, 6, 63, 13_500, 1323,
            75, 68, 82, 88, 12, 2, 5200, 650, 8192, true, false)),
    /** Antminer S19j Pro on Braiins OS (BOSminer): MHS rates, fans/temps commands, no temperatures in stats. */
    BOSMINER("bosminer", Vendor.BOSMINER, new RigSpec("Antminer S19j Pro", "s19jpro-bos",
            "bosminer-plus-tuner 0.9.0-36c56a3d", 3, 1, 126, 100_000, 3050, 73, 68, 80, 88, 12, 4, 4800, 525, 65536,
            false, true)),
    /** WhatsMiner M30S++, btminer API 2.0.5: adds get_version and status (top-level "STATUS":"S" string form). */
    WHATSMINER("whatsminer", Vendor.WHATSMINER, new RigSpec("M30S++.VH40", "m30spp", "20230915.15.Rel", 3, 0,
            111, 110_000, 3470, 89, 84, 94, 103, 12, 2, 5000, 600, 65536, false, true)),
    /** WhatsMiner M31S, btminer API 2.0.x: \' escapes, an error_code list, no get_version/status, no combining. */
    WHATSMINER_OLD("whatsminer-old", Vendor.WHATSMINER, new RigSpec("M31S.VE30", "m31s", "20200917.22.REL", 3,
            0, 66, 68_000, 3400, 89, 84, 94, 103, 12, 2, 5000, 600, 65536, false, false)),
    /** AvalonMiner 1566, cgminer 4.11.1: one module "MM ID0", Fan1..Fan4, WALLPOWER, SYSTEMSTATU, soft-off. */
    AVALON("avalon", Vendor.AVALON, new RigSpec("AvalonMiner 1566", "a1566", "23110801_4ec6bb0_61407fa", 3, 0, 160,
            190_000, 3700, 82, 76, 88, 98, 7, 4, 5600, 500, 65536, true, true)),
    /** An AUC controller with four AvalonMiner 921 modules "MM ID1".."MM ID4": Fan[..], PS[..], no TAvg. */
    AVALON_MULTI("avalon-multi", Vendor.AVALON, new RigSpec("AvalonMiner 921", "a921x4", "9211809-e1d1d87", 4, 1,
            104, 80_000, 6800, 82, 76, 88, 98, 7, 4, 4300, 600, 65536, true, true)),
    /** Avalon Nano 3 home unit: litestats "MM ID0:Summary" besides estats. */
    AVALON_NANO("avalon-nano", Vendor.AVALON, new RigSpec("Avalon Nano3", "nano3", "25012001_0c2d3a2", 1, 0, 10,
            4000, 140, 78, 72, 86, 98, 7, 1, 1900, 500, 4096, true, true));

    /** Which reply writer a type uses. */
    enum Vendor {
        BITAXE, ANTMINER, BOSMINER, WHATSMINER, AVALON
    }

    private final String label;
    private final Vendor vendor;
    private final RigSpec rig;

    MinerType(String label, Vendor vendor, RigSpec rig) {
        this.label = label;
        this.vendor = vendor;
        this.rig = rig;
    }

    /** The name used in fleet mixes and listings. */
    public String label() {
        return label;
    }

    /** The protocol a monitor must speak to it, as config.yaml's {@code type} names it. */
    public MinerKind kind() {
        return this == BITAXE ? MinerKind.BITAXE : MinerKind.CGMINER;
    }

    /** The model text the firmware reports; null for Bitaxes (their board says it). */
    public String model() {
        return rig == null ? null : rig.model();
    }

    /** True when the device serves one API connection at a time; later clients wait in the listen backlog. */
    public boolean serial() {
        return rig != null && rig.serial();
    }

    Vendor vendor() {
        return vendor;
    }

    /** The CGMiner machine's facts; null for {@link #BITAXE}. */
    RigSpec rig() {
        return rig;
    }

    /** Parses a label (case-insensitive). Throws IllegalArgumentException naming the known ones. */
    public static MinerType parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (MinerType m : values()) {
            if (m.label.equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown miner type '" + text.strip() + "' (known: " + labels() + ")");
    }

    /** Every label, comma-separated. */
    public static String labels() {
        return Arrays.stream(values()).map(MinerType::label).collect(Collectors.joining(", "));
    }
}
