package io.github.bitaxemonitor.discover;

import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;

/**
 * One miner a discovery found. Text fields come from the device and are already sanitised
 * ({@code text.HostileText.sanitize}); any may be null when the device did not say.
 *
 * @param host       the IPv4 address found
 * @param port       the port the monitor polls it on
 * @param kind       the protocol the monitor speaks to it
 * @param vendor     the family: bitaxe, nerdqaxe, antminer, bosminer, whatsminer, avalon, cgminer
 * @param model      the model or board, e.g. "Gamma 601" or "Antminer S19 Pro"
 * @param hostname   the name the device gives itself
 * @param firmware   the firmware version as the device sends it
 * @param hashrateGhs the current hashrate in GH/s
 * @param evidence   what identified it, e.g. "/api/system/info" or "4028 version"; says when only the web UI answered
 * @param source     how it was found: "sweep", "mdns" or "sweep+mdns"
 * @param configured whether config.yaml already lists this address
 */
public record Found(String host, int port, MinerKind kind, String vendor, String model, String hostname,
                    String firmware, Double hashrateGhs, String evidence, String source, boolean configured) {

    /** The entry the monitor would poll. */
    public MinerEndpoint endpoint() {
        return new MinerEndpoint(host, port, null, kind);
    }

    public String address() {
        return endpoint().address();
    }

    Found withSource(String s) {
        return new Found(host, port, kind, vendor, model, hostname, firmware, hashrateGhs, evidence, s, configured);
    }

    Found withConfigured(boolean c) {
        return new Found(host, port, kind, vendor, model, hostname, firmware, hashrateGhs, evidence, source, c);
    }
}
