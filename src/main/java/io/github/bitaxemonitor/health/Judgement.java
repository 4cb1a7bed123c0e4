package io.github.bitaxemonitor.health;

import io.github.bitaxemonitor.model.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every condition that holds for one poll, most urgent first. The row's status, {@code --check}, the detail pane and
 * the alerts all read this one result, so they can never disagree about why a miner is in the state it is.
 *
 * @param conditions sorted by urgency ({@link Status} declaration order); empty when the miner is ONLINE
 */
public record Judgement(List<Condition> conditions) {
    /** Text form of the conditions in the CSV {@code conditions} column. */
    public static final String SEPARATOR = "; ";

    public Judgement {
        List<Condition> sorted = new ArrayList<>(conditions);
        sorted.sort(Comparator.comparing(Condition::status));
        conditions = List.copyOf(sorted);
    }

    public static Judgement of(Condition... conditions) {
        return new Judgement(List.of(conditions));
    }

    /** The most urgent condition's status; ONLINE when none holds. */
    public Status status() {
        return conditions.isEmpty() ? Status.ONLINE : conditions.get(0).status();
    }

    /** "HOT asic 73.1C >= 70; REJECT 12.4% > 10"; null when none holds. */
    public String text() {
        return conditions.isEmpty() ? null
                : conditions.stream().map(Condition::text).collect(Collectors.joining(SEPARATOR));
    }

    public boolean holds(Status status) {
        return conditions.stream().anyMatch(c -> c.status() == status);
    }
}
