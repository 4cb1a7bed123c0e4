package io.github.bitaxemonitor.miner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitaxemonitor.miner.ControlException.Reason;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.text.HostileText;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * AxeOS writes over the JDK HttpClient: {@code POST /api/system/restart|identify|pause|resume} and
 * {@code PATCH /api/system}, reading settings from {@code /api/system/info} and {@code /api/system/asic}. Actions
 * are rare, so the general client (which the polling loop avoids for its CPU cost per request) is the right tool
 * here. Each exchange holds the miner's lane; a read holds it for both of its requests.
 */
final class AxeOsControl implements MinerControl {
    private static final Map<MinerAction, String> PATHS = Map.of(
            MinerAction.RESTART, "/api/system/restart",
            MinerAction.IDENTIFY, "/api/system/identify",
            MinerAction.PAUSE, "/api/system/pause",
            MinerAction.RESUME, "/api/system/resume");
    private static final int MAX_SHOWN = 160;

    private final ClientSettings settings;
    private final MinerLanes lanes;
    private final ExecutorService executor = DaemonPool.fixed("axeos-control", 2);
    private final HttpClient http;

    AxeOsControl(ClientSettings settings, MinerLanes lanes) {
        this.settings = settings;
        this.lanes = lanes;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public CompletableFuture<String> act(MinerEndpoint endpoint, MinerAction action) {
        String path = PATHS.get(action);
        return inLane(endpoint, () -> send(endpoint, "POST", path, null)).thenApply(r -> {
            if (r.statusCode() == 404 && action != MinerAction.RESTART) {
                throw new ControlException(Reason.UNSUPPORTED,
                        "this firmware has no " + action.word() + " (AxeOS 2.14 or later has it)");
            }
            return words(ok(r, action.word()));
        });
    }

    @Override
    public CompletableFuture<DeviceSettings> read(MinerEndpoint endpoint) {
        return inLane(endpoint, () -> send(endpoint, "GET", BitaxeClient.INFO_PATH, null)
                .thenCompose(info -> send(endpoint, "GET", "/api/system/asic", null)
                        .handle((asic, thrown) -> parse(ok(info, "read settings"), asic))));
    }

    @Override
    public CompletableFuture<String> change(MinerEndpoint endpoint, SettingsChange change) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (change.frequencyMhz() != null) {
            body.put("frequency", change.frequencyMhz());
        }
        if (change.coreVoltageMv() != null) {
            body.put("coreVoltage", change.coreVoltageMv());
        }
        if (change.fan() != null) {
            body.put("autofanspeed", change.fan().auto() ? 1 : 0);
            if (!change.fan().auto()) {
                body.put("fanspeed", change.fan().percent());
            }
        }
        if (change.tempTargetC() != null) {
            body.put("temptarget", change.tempTargetC());
        }
        return inLane(endpoint, () -> send(endpoint, "PATCH", "/api/system", body.toString()))
                .thenApply(r -> words(ok(r, "change settings")));
    }

    private <T> CompletableFuture<T> inLane(MinerEndpoint endpoint,
            Supplier<CompletableFuture<T>> work) {
        // wait for a running poll (with its retries) to finish, then at most one timeout for this exchange
        long waitMs = settings.timeout().toMillis() * (settings.retries() + 3L);
        return lanes.act(endpoint, waitMs, work).exceptionally(t -> {
            Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
            if (cause instanceof ControlException c) {
                throw c;
            }
            PollResult.Failure f = Failures.from(cause, 0, settings.timeout().toMillis());
            throw new ControlException(Reason.UNREACHABLE, f.detail());
        });
    }

    private CompletableFuture<HttpResponse<byte[]>> send(MinerEndpoint endpoint, String method, String path,
            String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + endpoint.address() + path))
                .timeout(settings.timeout());
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The reply of a successful exchange; anything else becomes a ControlException in words. */
    private static HttpResponse<byte[]> ok(HttpResponse<byte[]> r, String what) {
        int status = r.statusCode();
        if (status / 100 == 2) {
            return r;
        }
        String said = shown(r.body());
        if (status == 400) {
            throw new ControlException(Reason.REFUSED, "the device refused the value" + (said.isEmpty() ? ""
                    : ": " + said));
        }
        if (status == 401) {
            throw new ControlException(Reason.REFUSED, "the device answers only clients on its private network (401)");
        }
        if (status == 404 || status == 405) {
            throw new ControlException(Reason.UNSUPPORTED, "this firmware cannot " + what + " (HTTP " + status + ")");
        }
        throw new ControlException(Reason.BAD_REPLY, "HTTP " + status + (said.isEmpty() ? "" : ": " + said));
    }

    /** The device's message: {@code {"message":...}} from 2.13, plain text before, nothing on the oldest. */
    private static String words(HttpResponse<byte[]> r) {
        byte[] body = r.body();
        JsonNode n = body.length > 0 && body[0] == '{' ? LenientJson.read(body, 0, body.length) : null;
        String said = n != null && n.hasNonNull("message") ? HostileText.forTerminal(n.get("message").asText(),
                MAX_SHOWN) : shown(body);
        return said.isEmpty() ? "done" : said;
    }

    private static String shown(byte[] body) {
        String line = HostileText.forTerminal(new String(body, StandardCharsets.UTF_8).strip(), MAX_SHOWN);
        return line == null ? "" : line;
    }

    private static DeviceSettings parse(HttpResponse<byte[]> info, HttpResponse<byte[]> asic) {
        JsonNode n = LenientJson.read(info.body(), 0, info.body().length);
        if (n == null || !n.isObject()) {
            throw new ControlException(Reason.BAD_REPLY, "the settings reply is not a JSON object");
        }
        Integer fanPct = whole(n, "fanspeed");
        Integer auto = whole(n, "autofanspeed");
        SettingsChange.Fan fan = auto != null && auto > 0 ? SettingsChange.Fan.AUTO
                : fanPct != null && fanPct >= 0 && fanPct <= 100 ? new SettingsChange.Fan(false, fanPct) : null;
        JsonNode a = asic != null && asic.statusCode() == 200
                ? LenientJson.read(asic.body(), 0, asic.body().length) : null;
        return new DeviceSettings(whole(n, "frequency"), whole(n, "coreVoltage"), fan, whole(n, "temptarget"),
                options(a, "frequencyOptions"), options(a, "voltageOptions"));
    }

    private static Integer whole(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v != null && v.isNumber() ? Integer.valueOf((int) Math.round(v.asDouble())) : null;
    }

    private static List<Integer> options(JsonNode asic, String key) {
        List<Integer> out = new ArrayList<>();
        if (asic != null && asic.path(key).isArray()) {
            for (JsonNode v : asic.get(key)) {
                if (v.isNumber()) {
                    out.add((int) Math.round(v.asDouble()));
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
