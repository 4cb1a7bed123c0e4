package io.github.bitaxemonitor.view.fleet;

import io.github.bitaxemonitor.model.Status;
import java.time.Instant;

/**
 * A miner's status differed from its previous row.
 *
 * @param at   timestamp of the first row with the new status; never null
 * @param from the status before; never null
 * @param to   the new status; never null
 */
public record StatusChange(Instant at, Status from, Status to) {
}
