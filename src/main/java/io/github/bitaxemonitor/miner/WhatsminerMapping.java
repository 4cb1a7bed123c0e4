package io.github.bitaxemonitor.miner;

import static io.github.bitaxemonitor.miner.AxeOsInfo.firstOf;
import static io.github.bitaxemonitor.miner.JsonFields.integer;
import static io.github.bitaxemonitor.miner.JsonFields.number;
import static io.github.bitaxemonitor.miner.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.model.Sample;

/** btminer: everything is in SUMMARY, hashrate in MH/s, with measured Power and two fans (in/out). */
final class WhatsminerMapping implements CgminerVendor {
    @Override
    public String family() {
        return "whatsminer";
    }

    @Override
    public boolean recognises(CgminerReply reply) {
        JsonNode s = reply.summary();
        return s.has("Fan Speed In") || s.has("Power") || s.has("Factory GHS");
    }

    @Override
    public void fill(CgminerReply reply, Sample.Builder sample) {
        JsonNode s = reply.summary();
        Double average = GenericCgminerMapping.mega(number(s, "MHS av"));
        if (average != null) {
            sample.hashrateGhs(average);
        }
        sample.expectedHashrateGhs(number(s, "Factory GHS"))
                .powerW(number(s, "Power"))
                .asicTempC(firstOf(number(s, "Chip Temp Max"), number(s, "Temperature")))
                .fanRpm(integer(s, "Fan Speed In"))
                .fan2Rpm(integer(s, "Fan Speed Out"))
                .firmwareVersion(text(s, "Firmware Version"));
    }
}
