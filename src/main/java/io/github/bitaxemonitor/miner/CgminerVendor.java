package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.model.Sample;
import java.util.List;

/** One miner vendor's dialect of the CGMiner API: how to recognise its replies and what its fields mean. */
interface CgminerVendor {
    /** Tried in this order; the last one recognises any reply. */
    List<CgminerVendor> ALL = List.of(new AvalonMapping(), new AntminerMapping(), new WhatsminerMapping(),
            new GenericCgminerMapping());

    /** The Sample's deviceFamily. */
    String family();

    boolean recognises(CgminerReply reply);

    /** Adds this vendor's fields to a builder that already holds the common summary fields. */
    void fill(CgminerReply reply, Sample.Builder sample);

    static CgminerVendor of(CgminerReply reply) {
        return ALL.stream().filter(v -> v.recognises(reply)).findFirst().orElseThrow();
    }
}
