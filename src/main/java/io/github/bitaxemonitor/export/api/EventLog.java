package io.github.bitaxemonitor.export.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * Where {@code /api/events} reads from: the alerts' event log, once alerts are configured. Without one the endpoint
 * answers 404 "alerts not configured". Implementations must be thread-safe and answer from memory or a bounded read.
 */
public interface EventLog {
    /**
     * Events at or after {@code since}, oldest first, at most {@code limit}.
     *
     * @return a JSON document {@code {"events": [...]}}
     */
    JsonNode events(Instant since, int limit);
}
