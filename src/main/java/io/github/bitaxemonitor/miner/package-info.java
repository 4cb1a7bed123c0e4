/**
 * Talking to miners. The only entry point is {@link io.github.bitaxemonitor.miner.MinerClients#create}, which returns
 * a {@link io.github.bitaxemonitor.miner.MinerClient} speaking AxeOS HTTP ({@code /api/system/info}) or the
 * CGMiner TCP API (port 4028) according to each endpoint's kind.
 *
 * <p>What every poll guarantees:
 * <ul>
 *   <li>the future never completes exceptionally; failures are classified as: nothing accepted the connection
 *       (refused, reset, unknown host, no route, connect timeout) = UNREACHABLE; connected but no complete reply in
 *       time = TIMEOUT; HTTP 401/403 = REFUSED; anything unusable (other HTTP status, empty or cut-off reply, malformed
 *       JSON, not a JSON object, more than {@code maxReplyBytes}) = BAD_REPLY. Details are one sanitised line;</li>
 *   <li>{@code timeout} bounds each attempt from connect to the last byte; {@code retries} more attempts follow a
 *       failure (never a REFUSED one) after exponential backoff with jitter;</li>
 *   <li>at most one poll per endpoint address is in flight; asking again meanwhile gives TIMEOUT
 *       "previous poll still running" at once, without touching the miner;</li>
 *   <li>a Reading's sample is stamped with the reply's arrival time and the endpoint's address, status ONLINE
 *       (provisional: the collector judges health), alias and error unset, hostname null unless usable.</li>
 * </ul>
 * After {@code close()} the client must not be used; polls still running may then never complete.
 */
package io.github.bitaxemonitor.miner;
