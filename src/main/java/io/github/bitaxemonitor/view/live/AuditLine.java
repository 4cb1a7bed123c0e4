package io.github.bitaxemonitor.view.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitaxemonitor.text.HostileText;
import io.github.bitaxemonitor.view.format.Units;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One audit-log line as the detail pane shows it: "12:03:04 set ok (viewer) frequency_mhz 525->550 - done". The
 * file may have been edited or damaged: anything it holds is escaped, and a line that is not an entry says so.
 */
final class AuditLine {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditLine() {
    }

    static String text(String line) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            n = null;
        }
        if (n == null || !n.isObject()) {
            return "(not an audit entry: " + HostileText.forTerminal(line, 60) + ")";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(time(n.path("time").asText())).append(' ').append(n.path("action").asText("?")).append(' ')
                .append(n.path("result").asText("?")).append(" (").append(n.path("source").asText("?")).append(')');
        List<String> changes = changes(n.path("before"), n.path("after"));
        if (!changes.isEmpty()) {
            sb.append(' ').append(String.join(", ", changes));
        }
        String detail = n.path("detail").asText("");
        if (!detail.isEmpty()) {
            sb.append(" - ").append(detail);
        }
        return HostileText.forTerminal(sb.toString(), 300);
    }

    private static String time(String iso) {
        try {
            return Units.clock(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return "?";
        }
    }

    /** The settings that differ between before and after, "key was->now". */
    private static List<String> changes(JsonNode before, JsonNode after) {
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = after.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode was = before.path(e.getKey());
            if (!was.equals(e.getValue())) {
                out.add(e.getKey() + " " + (was.isMissingNode() ? "?" : was.asText()) + "->" + e.getValue().asText());
            }
        }
        return out;
    }
}
