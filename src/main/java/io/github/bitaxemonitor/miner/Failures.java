package io.github.bitaxemonitor.miner;

import io.github.bitaxemonitor.miner.PollResult.Failure;
import io.github.bitaxemonitor.miner.PollResult.Kind;
import io.github.bitaxemonitor.text.HostileText;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.InterruptedByTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Turns whatever a poll attempt threw into a {@link Failure}. The rule: nothing answered the connection attempt
 * (refused, reset, unknown host, no route, connect timeout) = UNREACHABLE; connected but the reply did not finish in
 * time = TIMEOUT; a reply that ended early or is garbage = BAD_REPLY. Detail is one short sanitised line.
 */
final class Failures {
    private static final int MAX_DETAIL = 160;

    private Failures() {
    }

    static Failure of(Kind kind, String detail, long latencyMs) {
        String line = HostileText.sanitize(detail);
        if (line == null) {
            line = kind.name().toLowerCase(Locale.ROOT);
        } else if (line.length() > MAX_DETAIL) {
            line = line.substring(0, MAX_DETAIL);
        }
        return new Failure(kind, line, latencyMs);
    }

    static Failure from(Throwable thrown, long latencyMs, long timeoutMs) {
        Throwable t = unwrap(thrown);
        if (t instanceof PollException p) {
            return of(p.kind(), p.getMessage(), latencyMs);
        }
        if (t instanceof TimeoutException
                || t instanceof SocketTimeoutException || t instanceof InterruptedByTimeoutException) {
            return of(Kind.TIMEOUT, "no complete reply within " + timeoutMs + " ms", latencyMs);
        }
        if (t instanceof ConnectException) {
            return of(Kind.UNREACHABLE, "connection refused", latencyMs);
        }
        if (t instanceof NoRouteToHostException || t instanceof PortUnreachableException) {
            return of(Kind.UNREACHABLE, "no route to host", latencyMs);
        }
        if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
            return of(Kind.UNREACHABLE, "unknown host", latencyMs);
        }
        String message = t.getMessage() == null ? "" : t.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (anyCauseSays(t, "connection reset") || anyCauseSays(t, "broken pipe")) {
            return of(Kind.UNREACHABLE, "connection reset", latencyMs);
        }
        if (t instanceof EOFException || lower.contains("no bytes") || lower.contains("eof")) {
            return of(Kind.BAD_REPLY, "connection closed before the reply was complete", latencyMs);
        }
        // The message, never the exception's class name: the error column is read by people, not by developers.
        return of(Kind.BAD_REPLY, message.isEmpty() ? "the reply could not be read" : message, latencyMs);
    }

    /** A reset may arrive wrapped (a completion, an I/O error of the channel) with the socket's message as a cause. */
    private static boolean anyCauseSays(Throwable t, String words) {
        for (int depth = 0; t != null && depth < 10; t = t.getCause(), depth++) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(words)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
