package io.github.bitaxemonitor.alerts;

import io.github.bitaxemonitor.model.Status.Severity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One message to the owner. Every text in it comes from the judgement or the sanitised row, so it is one line and safe
 * to store; notifiers still escape it for their own format.
 *
 * @param time     when the cycle that caused it started
 * @param rule     the rule's name ("OFFLINE", "hashrate_drop")
 * @param type     fired, recovered, good news, or a test message
 * @param severity the rule's severity
 * @param miner    the miner's display name, "fleet" for fleet rules
 * @param address  the miner's address, empty for fleet rules
 * @param text     what holds, in words ("HOT asic 73.1C >= 70")
 */
public record Alert(Instant time, String rule, Type type, Severity severity, String miner, String address,
                    String text) {
    public enum Type { FIRED, RECOVERED, NEWS, TEST }

    public Alert {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(miner, "miner");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(text, "text");
    }

    /** "CRITICAL bitaxe-1: HOT asic 73.1C >= 70", "RECOVERED bitaxe-1: HOT cleared". */
    public String title() {
        String label = switch (type) {
            case FIRED -> severity.name();
            case RECOVERED -> "RECOVERED";
            case NEWS -> "GOOD NEWS";
            case TEST -> "TEST";
        };
        return label + " " + miner + ": " + text;
    }

    /**
     * The alert as named text fields, in one order: the generic webhook's JSON keys and, upper-cased behind ALERT_,
     * the exec hook's environment, so the two cannot drift apart.
     */
    Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("time", time.toString());
        f.put("type", typeKey());
        f.put("rule", rule);
        f.put("severity", severity.name());
        f.put("miner", miner);
        f.put("address", address);
        f.put("text", text);
        f.put("title", title());
        return f;
    }

    String typeKey() {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
