package io.github.bitaxemonitor.collect;

import io.github.bitaxemonitor.health.Condition;
import io.github.bitaxemonitor.health.HealthRules;
import io.github.bitaxemonitor.health.Judgement;
import io.github.bitaxemonitor.health.MinerHistory;
import io.github.bitaxemonitor.health.MinerIdentity;
import io.github.bitaxemonitor.health.ThresholdPolicy;
import io.github.bitaxemonitor.miner.PollResult;
import io.github.bitaxemonitor.model.Fields;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.Plausibility;
import io.github.bitaxemonitor.model.PowerEstimates;
import io.github.bitaxemonitor.model.Reading;
import io.github.bitaxemonitor.model.Sample;
import io.github.bitaxemonitor.model.Status;
import io.github.bitaxemonitor.text.HostileText;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One configured miner and what the collector remembers about it, and the pipeline from a poll result to its row:
 * reading, then plausibility, then judgement, then the row. Not thread-safe: the collector thread owns it.
 */
final class TrackedMiner {
    private final MinerEndpoint endpoint;
    private final Backoff backoff;
    private MinerHistory history = MinerHistory.initial();
    /** The family, model and ASIC last reported, so a failed poll is judged in the miner's own terms. */
    private MinerIdentity identity;

    TrackedMiner(MinerEndpoint endpoint, int offlineAfter) {
        this.endpoint = endpoint;
        this.backoff = new Backoff(offlineAfter);
        this.identity = new MinerIdentity(endpoint.address(), null, null, null);
    }

    MinerEndpoint endpoint() {
        return endpoint;
    }

    int retries() {
        return backoff.retries();
    }

    /** Judges one result and builds its row; the caller stamps identity fields (hostname) it resolves itself. */
    Outcome judge(PollResult result, Instant now, ThresholdPolicy policy, PowerEstimates power,
                  HostnameCache hostnames) {
        Sample.Builder row = Sample.builder().set(Fields.ALIAS, endpoint.alias()).address(endpoint.address())
                .set(Fields.POLL_LATENCY_MS, result.latencyMs());
        Judgement judgement;
        String replyHostname = null;
        if (result instanceof PollResult.Success success) {
            Plausibility.Result checked = Plausibility.check(success.reading());
            Reading r = checked.reading();
            identity = new MinerIdentity(endpoint.address(), r.get(Fields.DEVICE_FAMILY), r.get(Fields.MODEL),
                    r.get(Fields.ASIC_MODEL));
            judgement = HealthRules.judge(checked, history, policy.forMiner(identity), now);
            history = history.after(r, now);
            replyHostname = r.get(Fields.HOSTNAME);
            row.readings(r).timestamp(r.arrived().truncatedTo(ChronoUnit.MILLIS));
            if (r.get(Fields.POWER_W) == null) {
                row.set(Fields.POWER_ESTIMATED_W, power.estimateW(r.get(Fields.MODEL), r.get(Fields.HASHRATE_GHS)));
            }
        } else {
            PollResult.Failure f = (PollResult.Failure) result;
            String detail = f.detail() + (backoff.backedOff() ? " (offline for a while: one attempt per cycle)" : "");
            judgement = Judgement.of(Condition.of(status(f.kind()), HostileText.sanitize(detail)));
            row.timestamp(now.truncatedTo(ChronoUnit.MILLIS)).set(Fields.ERROR, HostileText.sanitize(f.detail()));
        }
        backoff.polled(judgement.status());
        // Rows are stamped to the millisecond: all a 1 s+ poll interval can use; nanoseconds only lengthen rows.
        row.set(Fields.HOSTNAME, hostnames.resolve(endpoint.address(), endpoint.host(), replyHostname))
                .status(judgement.status())
                .set(Fields.CONDITIONS, HostileText.sanitize(judgement.text()));
        return new Outcome(endpoint, row.build(), judgement);
    }

    /** A bug in the pipeline costs this miner one ERROR row, never the cycle. */
    Outcome internalError(String detail, Instant now) {
        Judgement j = Judgement.of(Condition.of(Status.ERROR, HostileText.sanitize("internal error: " + detail)));
        Sample row = Sample.builder().timestamp(now.truncatedTo(ChronoUnit.MILLIS)).address(endpoint.address())
                .set(Fields.ALIAS, endpoint.alias()).status(Status.ERROR)
                .set(Fields.ERROR, HostileText.sanitize("internal error: " + detail))
                .set(Fields.CONDITIONS, HostileText.sanitize(j.text())).build();
        return new Outcome(endpoint, row, j);
    }

    /** Each failure class maps to one status. */
    static Status status(PollResult.Kind kind) {
        return switch (kind) {
            // Nothing answered: offline now, in the original's words.
            case UNREACHABLE -> Status.OFFLINE;
            case TIMEOUT -> Status.TIMEOUT;
            case REFUSED -> Status.REFUSED;
            case BAD_REPLY -> Status.ERROR;
        };
    }
}
