package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.Reading;
import java.time.Instant;
import java.util.List;

/**
 * One miner vendor's dialect of the CGMiner API: how to recognise its replies, which commands beyond summary, stats
 * and version it needs, and what its fields mean.
 */
interface CgminerVendor {
    /** Tried in this order; the last one recognises any reply. */
    List<CgminerVendor> ALL = List.of(new BosminerMapping(), new AvalonMapping(), new AntminerMapping(),
            new WhatsminerMapping(), new GenericCgminerMapping());

    /** The reading's device_family. */
    String family();

    boolean recognises(CgminerReplies replies);

    /**
     * Further commands to ask, one connection each, given what has answered so far; none once it has what it needs.
     * Each is asked at most once per poll, and a refusal costs only the fields it would have given.
     */
    List<String> missing(CgminerReplies replies);

    /** Adds this vendor's fields to a builder that already holds the common summary fields. */
    void fill(CgminerReplies replies, Reading.Builder reading);

    /** The reading of everything one poll got: the common fields, the vendor's, then the last-resort firmware. */
    static Reading read(CgminerReplies replies, Instant arrived, List<String> notes) {
        CgminerVendor vendor = of(replies);
        Reading.Builder b = Reading.builder(arrived).set(Fields.DEVICE_FAMILY, vendor.family());
        GenericCgminerMapping.common(replies, b);
        vendor.fill(replies, b);
        GenericCgminerMapping.lastResortFirmware(replies, b);
        notes.forEach(b::note);
        return b.build();
    }

    static CgminerVendor of(CgminerReplies replies) {
        return ALL.stream().filter(v -> v.recognises(replies)).findFirst().orElseThrow();
    }
}
