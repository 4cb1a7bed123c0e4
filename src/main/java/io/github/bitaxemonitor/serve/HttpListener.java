package io.github.bitaxemonitor.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The monitor's one HTTP listener ({@code /metrics} and {@code /api/}), on the JDK's HTTP server. Nothing a client
 * does reaches the collector: requests run on their own small pool ({@value #THREADS} threads, {@value #QUEUE}
 * waiting, then new connections are closed), a request must arrive within {@value #REQUEST_SECONDS} s and a
 * response be taken within {@value #RESPONSE_SECONDS} s, and every handler reads only what the last cycle left.
 * Only GET and HEAD are answered; with a token, only requests that carry it.
 */
public final class HttpListener implements AutoCloseable {
    static final int THREADS = 4;
    static final int QUEUE = 512;
    static final int REQUEST_SECONDS = 10;
    static final int RESPONSE_SECONDS = 60;
    /** Longer request targets are refused before any handler parses them. */
    static final int MAX_URI = 4096;

    static {
        // Read once by the JDK server when its first instance is made; a user's own -D setting wins.
        setDefault("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
        setDefault("sun.net.httpserver.maxRspTime", Integer.toString(RESPONSE_SECONDS));
        setDefault("sun.net.httpserver.maxReqHeaders", "64");
        setDefault("sun.net.httpserver.idleInterval", "30");
    }

    private final HttpServer server;
    private final ThreadPoolExecutor pool;

    private HttpListener(HttpServer server, ThreadPoolExecutor pool) {
        this.server = server;
        this.pool = pool;
    }

    /**
     * Binds and starts serving.
     *
     * @param routes path prefix ("/metrics", "/api/") to handler; anything else is a JSON 404
     * @throws IOException when the address cannot be bound (in use, not local)
     */
    public static HttpListener start(ServeSettings settings, Map<String, HttpHandler> routes) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(settings.host()),
                settings.port()), 1024);
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, "http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        server.setExecutor(pool);
        Guard guard = new Guard(settings.token());
        routes.forEach((path, handler) -> server.createContext(path, handler).getFilters().add(guard));
        HttpContext rest = server.createContext("/", ex -> {
            try (ex) {
                JsonReply.error(ex, 404, "no such endpoint: see /api/openapi.json");
            }
        });
        rest.getFilters().add(guard);
        server.start();
        return new HttpListener(server, pool);
    }

    /** The bound address (the real port when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Stops at once: a request still running is cut (scrapers retry; the collector has already stopped). */
    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Method, target length and token checks before any handler, and a JSON 500 for a handler's failure. */
    private static final class Guard extends Filter {
        private final BearerToken token;

        Guard(BearerToken token) {
            this.token = token;
        }

        @Override
        public void doFilter(HttpExchange ex, Chain chain) throws IOException {
            try {
                String method = ex.getRequestMethod();
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    ex.getResponseHeaders().set("Allow", "GET, HEAD");
                    JsonReply.error(ex, 405, "method " + method + " not allowed: this API is read-only");
                } else if (ex.getRequestURI().getRawPath().length() + rawQueryLength(ex) > MAX_URI) {
                    JsonReply.error(ex, 414, "request target longer than " + MAX_URI + " characters");
                } else if (token != null && !token.accepts(ex.getRequestHeaders().getFirst("Authorization"))) {
                    ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                    JsonReply.error(ex, 401, "missing or wrong bearer token (Authorization: Bearer ...)");
                } else {
                    chain.doFilter(ex);
                    return;
                }
                ex.close();
            } catch (RuntimeException e) {
                try {
                    JsonReply.error(ex, 500, "internal error: " + e.getClass().getSimpleName());
                } catch (IOException | RuntimeException ignored) {
                    // headers already sent: the client sees a cut response
                }
                ex.close();
            }
        }

        private static int rawQueryLength(HttpExchange ex) {
            String q = ex.getRequestURI().getRawQuery();
            return q == null ? 0 : q.length() + 1;
        }

        @Override
        public String description() {
            return "read-only, token";
        }
    }
}
