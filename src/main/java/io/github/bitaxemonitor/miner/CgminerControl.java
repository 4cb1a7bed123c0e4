package io.github.bitaxemonitor.miner;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitaxemonitor.miner.ControlException.Reason;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.text.HostileText;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

/**
 * CGMiner-API writes: {@code restart} only, and only where the firmware grants write access (cgminer's
 * {@code --api-allow W:}, BOSminer, Avalon controllers). Stock Antminer firmware is read-only on 4028 and Whatsminer
 * wants its encrypted token form: both refuse, and the owner is told the API is read-only. Clock, fan and pause
 * controls of these machines live in their vendors' web UIs, not in this API.
 */
final class CgminerControl implements MinerControl {
    private static final int MAX_SHOWN = 160;

    private final ClientSettings settings;
    private final MinerLanes lanes;
    private final ExecutorService executor = DaemonPool.fixed("cgminer-control", 1);
    private final CgminerSocket socket = new CgminerSocket(executor);

    CgminerControl(ClientSettings settings, MinerLanes lanes) {
        this.settings = settings;
        this.lanes = lanes;
    }

    @Override
    public CompletableFuture<String> act(MinerEndpoint endpoint, MinerAction action) {
        if (action != MinerAction.RESTART) {
            return unsupported("this miner's API cannot " + action.word() + " (CGMiner API: restart only)");
        }
        long timeoutMs = settings.timeout().toMillis();
        long waitMs = timeoutMs * (settings.retries() + 3L);
        return lanes.act(endpoint, waitMs, () -> socket.exchange(endpoint.host(), endpoint.port(),
                "{\"command\":\"restart\"}", timeoutMs, settings.maxReplyBytes())).handle((reply, thrown) -> {
                    if (thrown != null) {
                        Throwable cause = thrown instanceof CompletionException && thrown.getCause() != null
                                ? thrown.getCause() : thrown;
                        throw new ControlException(Reason.UNREACHABLE,
                                Failures.from(cause, 0, timeoutMs).detail());
                    }
                    return answer(reply);
                });
    }

    private static String answer(byte[] reply) {
        JsonNode root;
        try {
            root = CgminerJson.parse(reply);
        } catch (PollException e) {
            // cgminer answers a restart with the bare word RESTART on some builds
            String text = new String(reply, StandardCharsets.UTF_8);
            if (text.toUpperCase(Locale.ROOT).contains("RESTART")) {
                return "restarting";
            }
            throw new ControlException(Reason.BAD_REPLY, e.getMessage());
        }
        String error = CgminerReplies.error(root);
        if (error != null) {
            String said = HostileText.forTerminal(error, MAX_SHOWN);
            boolean denied = error.toLowerCase(Locale.ROOT).contains("access denied")
                    || error.toLowerCase(Locale.ROOT).contains("invalid cmd");
            throw new ControlException(denied ? Reason.UNSUPPORTED : Reason.REFUSED,
                    denied ? "this miner's API is read-only (" + said + ")" : "the miner refused: " + said);
        }
        return "restarting";
    }

    @Override
    public CompletableFuture<DeviceSettings> read(MinerEndpoint endpoint) {
        return unsupported("this miner's API is read-only for settings (CGMiner API)");
    }

    @Override
    public CompletableFuture<String> change(MinerEndpoint endpoint, SettingsChange change) {
        return unsupported("this miner's API is read-only for settings (CGMiner API)");
    }

    private static <T> CompletableFuture<T> unsupported(String why) {
        return CompletableFuture.failedFuture(new ControlException(Reason.UNSUPPORTED, why));
    }

    @Override
    public void close() {
        socket.close();
        executor.shutdownNow();
    }
}
