package io.github.bitaxemonitor.discover;

import io.github.bitaxemonitor.miner.MinerClient;
import io.github.bitaxemonitor.miner.PollResult;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.model.Reading;
import io.github.bitaxemonitor.text.HostileText;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Decides what answers at one open port, from the reference's fingerprints, and reads it with the monitor's own
 * clients (so discovery sees exactly what monitoring will). An HTTP port is a miner only when {@code
 * /api/system/info} reads as AxeOS (hashrate plus ASIC, board or model), or when its web UI carries a vendor's mark
 * (Antminer's digest realm, Whatsminer's LuCI redirect); any other web server (a printer, a router) is not. A port
 * that does not speak HTTP is a miner only when it answers the CGMiner API with a hashrate or a model.
 */
final class Identifier {
    private static final int CGMINER_PORT = MinerKind.CGMINER.defaultPort();

    private final MinerClient client;
    private final int timeoutMs;

    Identifier(MinerClient client, int timeoutMs) {
        this.client = client;
        this.timeoutMs = timeoutMs;
    }

    Optional<Found> identify(PortSweep.Target t) {
        String host = ScanRanges.text(t.ip());
        // cgminer answers a stray HTTP request at once with an error, so the web probe first costs little there.
        WebFacts web = WebFacts.fetch(t.socketAddress(), timeoutMs);
        if (web == null) {
            return read(new MinerEndpoint(host, t.port(), null, MinerKind.CGMINER), "CGMiner API version");
        }
        Optional<Found> axeOs = read(new MinerEndpoint(host, t.port(), null, MinerKind.BITAXE),
                "AxeOS API /api/system/info");
        if (axeOs.isPresent()) {
            return axeOs;
        }
        if (web.antminerRealm()) {
            return Optional.of(webOnly(host, "antminer", "web UI at :" + t.port() + " (digest realm antMiner)"));
        }
        if (web.luciRedirect()) {
            return Optional.of(webOnly(host, "whatsminer", "web UI at :" + t.port() + " (LuCI redirect)"));
        }
        return Optional.empty();
    }

    /** A miner known by its web UI only: the monitor would poll its CGMiner API on the usual port. */
    private static Found webOnly(String host, String vendor, String evidence) {
        return new Found(host, CGMINER_PORT, MinerKind.CGMINER, vendor, null, null, null, null, evidence, "sweep",
                false);
    }

    private Optional<Found> read(MinerEndpoint e, String evidence) {
        PollResult r;
        try {
            r = client.poll(e, 0).get(timeoutMs * 3L, TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException ex) {
            return Optional.empty();
        }
        if (!(r instanceof PollResult.Success s) || !looksLikeMiner(s.reading(), e.kind())) {
            return Optional.empty();
        }
        Reading x = s.reading();
        String model = x.get(Fields.MODEL) != null ? x.get(Fields.MODEL) : x.get(Fields.ASIC_MODEL);
        return Optional.of(new Found(e.host(), e.port(), e.kind(), x.get(Fields.DEVICE_FAMILY), clean(model),
                clean(x.get(Fields.HOSTNAME)), clean(x.get(Fields.FIRMWARE_VERSION)), x.get(Fields.HASHRATE_GHS),
                evidence, "sweep", false));
    }

    /**
     * A reply that parsed is not yet a miner: a JSON API of some other device must not pass. AxeOS needs a hashrate
     * and what the device itself names (ASIC or board; NerdQAxe its device model), not the model the client derives.
     */
    static boolean looksLikeMiner(Reading r, MinerKind kind) {
        if (kind == MinerKind.BITAXE) {
            boolean named = r.get(Fields.ASIC_MODEL) != null || r.get(Fields.BOARD_VERSION) != null
                    || "nerdqaxe".equals(r.get(Fields.DEVICE_FAMILY)) && r.get(Fields.MODEL) != null;
            return named && r.get(Fields.HASHRATE_GHS) != null;
        }
        return r.get(Fields.MODEL) != null || r.get(Fields.FIRMWARE_VERSION) != null
                || r.get(Fields.HASHRATE_GHS) != null;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : HostileText.sanitize(s);
    }
}
