package io.github.bitaxemonitor.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * How a simulated Bitaxe answers the owner's writes, generation by generation (shared/reference/bitaxe-api.md):
 * {@code PATCH /api/system} saves settings (validated from 2.11 with 400 "Wrong API input", unknown keys ignored,
 * 200 with an empty body), {@code POST /api/system/restart} reboots (no body up to 2.1, text up to 2.12, JSON from
 * 2.13), and {@code identify}, {@code pause}, {@code resume} exist from 2.14.
 */
final class BitaxeWrites {
    static final String WRONG_INPUT = "Wrong API input";
    /** How long the board blinks after an identify. */
    static final int IDENTIFY_SECONDS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESTARTING = "System will restart shortly.";
    private static final Map<String, String> ACTIONS = Map.of(
            "/api/system/identify", "Identifying device",
            "/api/system/pause", "Mining paused",
            "/api/system/resume", "Mining resumed");

    private BitaxeWrites() {
    }

    /** The reply to a write, or null when {@code request} is no write the firmware knows (the caller answers it). */
    static Reply respond(SimulatedMiner miner, HttpRequestHead request, byte[] body) {
        boolean close = !request.keepAlive();
        FirmwareShape shape = miner.shape();
        String path = request.path();
        if (path.equals("/api/system")) {
            return request.method().equals("PATCH") ? patch(miner, shape, body, close) : notHandled(close);
        }
        if (path.equals("/api/system/restart")) {
            return request.method().equals("POST") ? restart(miner, shape, close) : notHandled(close);
        }
        String done = ACTIONS.get(path);
        if (done == null || !shape.atLeast(21400)) {
            return null;
        }
        if (!request.method().equals("POST")) {
            return notHandled(close);
        }
        switch (path) {
            case "/api/system/identify" -> miner.identify(IDENTIFY_SECONDS);
            case "/api/system/pause" -> miner.setPaused(true);
            default -> miner.setPaused(false);
        }
        return Reply.of(200, "application/json", message(done), close);
    }

    private static Reply restart(SimulatedMiner miner, FirmwareShape shape, boolean close) {
        miner.ownerRestart();
        if (!shape.atLeast(20200)) {
            return Reply.of(200, "text/plain", new byte[0], close);
        }
        return shape.atLeast(21300) ? Reply.of(200, "application/json", message(RESTARTING), close)
                : Reply.text(200, RESTARTING, close);
    }

    private static Reply patch(SimulatedMiner miner, FirmwareShape shape, byte[] body, boolean close) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            return Reply.text(400, WRONG_INPUT, close);
        }
        boolean validates = shape.atLeast(21100);
        Board board = miner.board();
        Integer frequency;
        Integer voltage;
        Integer fan;
        Integer auto;
        Integer target;
        try {
            frequency = setting(root, "frequency", validates, ReplyJson.frequencyOptions(board));
            voltage = setting(root, "coreVoltage", validates, ReplyJson.voltageOptions(board));
            fan = setting(root, "fanspeed", validates, new int[] {0, 100});
            auto = setting(root, "autofanspeed", validates, new int[] {0, 2});
            target = setting(root, "temptarget", validates,
                    new int[] {BitaxeTuning.MIN_TEMP_TARGET, BitaxeTuning.MAX_TEMP_TARGET});
        } catch (IllegalArgumentException refused) {
            return Reply.text(400, WRONG_INPUT, close);
        }
        Integer fanPercent = auto != null && auto > 0 ? Integer.valueOf(-1) : fan;
        miner.saveSettings(frequency, voltage, fanPercent, target);
        return Reply.of(200, "application/json", new byte[0], close);
    }

    /**
     * The key's whole number, or null when absent (or ignored by old firmware); throws IllegalArgumentException when
     * validating firmware refuses it: not a whole number, or outside the lowest..highest of {@code allowed}.
     */
    private static Integer setting(JsonNode root, String key, boolean validates, int[] allowed) {
        JsonNode v = root.get(key);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            if (validates) {
                throw new IllegalArgumentException(key);
            }
            return null;
        }
        int n = v.asInt();
        int min = Arrays.stream(allowed).min().orElseThrow();
        int max = Arrays.stream(allowed).max().orElseThrow();
        if (validates && (n < min || n > max || v.asDouble() != n)) {
            throw new IllegalArgumentException(key);
        }
        return n;
    }

    private static byte[] message(String text) {
        return JSON.createObjectNode().put("message", text).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Reply notHandled(boolean close) {
        return Reply.text(405, "Request method for this URI is not handled by server", close);
    }
}
