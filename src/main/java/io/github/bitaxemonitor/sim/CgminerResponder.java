package io.github.bitaxemonitor.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Answers one CGMiner-API command for a simulated machine, as its firmware would: the vendor's reply, cgminer's
 * combined form {@code {"summary":[{...}],"stats":[{...}],"id":1}} for {@code summary+stats} (or an error on firmware
 * that rejects it), errors for unknown or refused commands, and the transport faults. Every complete reply ends with
 * one NUL byte; the connection then closes.
 */
final class CgminerResponder {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] NUL = {0};

    /** Builds the reply at the moment it is due, so it shows the machine's state at that time. */
    Reply respond(SimulatedMiner miner, byte[] request) {
        miner.advanceTo(System.nanoTime());
        RigSnapshot s = miner.rigSnapshot();
        RigReplies vendor = RigReplies.of(s.type());
        long when = System.currentTimeMillis() / 1000;
        byte[] body = answer(miner, vendor, s, request, when);
        if (AvalonReplies.leadingComma(s.type())) {
            body = concat(new byte[] {','}, body);
        }
        if (miner.has(Fault.MALFORMED)) {
            int cut = (int) (body.length * (0.3 + 0.4 * miner.replyRandom()));
            return new Reply(new ByteBuffer[] {ByteBuffer.wrap(Arrays.copyOf(body, cut))}, true);
        }
        if (miner.has(Fault.HUGE)) {
            return new Reply(HugeBody.of(body, NUL), true);
        }
        return new Reply(new ByteBuffer[] {ByteBuffer.wrap(body), ByteBuffer.wrap(NUL.clone())}, true);
    }

    private static byte[] answer(SimulatedMiner miner, RigReplies vendor, RigSnapshot s, byte[] request,
            long when) {
        String[] command = parse(request, s.type().vendor() == MinerType.Vendor.WHATSMINER);
        if (command == null) {
            return vendor.error(CgReplies.INVALID_JSON, "Invalid JSON", s, when);
        }
        String name = command[0];
        if (miner.has(Fault.REFUSED)) {
            return vendor.error(CgReplies.ACCESS_DENIED, CgReplies.denied(name), s, when);
        }
        if (name.indexOf('+') < 0) {
            return single(miner, vendor, s, name, command[1], when);
        }
        if (!s.type().rig().combined()) {
            return vendor.invalid(s, when);
        }
        Set<String> parts = new LinkedHashSet<>(Arrays.asList(name.split("\\+")));
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        out.write('{');
        for (String part : parts) {
            out.writeBytes(('"' + part + "\":[").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(single(miner, vendor, s, part, command[1], when));
            out.writeBytes("],".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("\"id\":1}".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] single(SimulatedMiner miner, RigReplies vendor, RigSnapshot s, String name,
            String parameter, long when) {
        boolean statsLike = name.equals("stats") || name.equals("estats") || name.equals("litestats");
        if (miner.has(Fault.SUMMARY_REFUSED) && name.equals("summary")
                || miner.has(Fault.STATS_REFUSED) && statsLike) {
            return vendor.error(CgReplies.ACCESS_DENIED, CgReplies.denied(name), s, when);
        }
        byte[] reply = vendor.reply(name, parameter, s, when);
        return reply != null ? reply : vendor.invalid(s, when);
    }

    /**
     * {command, parameter} from {@code {"command":"x","parameter":"y"}} (Whatsminer also {@code {"cmd":"x"}}) or
     * from plain {@code x|y}; null when the JSON form is broken or names no command.
     */
    static String[] parse(byte[] request, boolean cmdKey) {
        String text = new String(request, StandardCharsets.UTF_8).replace("\u0000", "").strip();
        if (!text.startsWith("{")) {
            int bar = text.indexOf('|');
            return bar < 0 ? new String[] {text, ""} : new String[] {text.substring(0, bar), text.substring(bar + 1)};
        }
        try {
            JsonNode n = JSON.readTree(text);
            JsonNode command = n.get("command");
            if ((command == null || !command.isTextual()) && cmdKey) {
                command = n.get("cmd");
            }
            if (command == null || !command.isTextual()) {
                return null;
            }
            JsonNode parameter = n.get("parameter");
            return new String[] {command.asText().strip(), parameter == null || parameter.isNull() ? ""
                    : parameter.isTextual() ? parameter.asText() : parameter.toString()};
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
