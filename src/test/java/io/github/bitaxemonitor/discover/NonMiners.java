package io.github.bitaxemonitor.discover;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Devices that answer HTTP but are not miners, and one whose web UI only says it is an Antminer: each on its own
 * loopback address, on the port the fleet uses.
 */
final class NonMiners implements AutoCloseable {
    private final List<HttpServer> servers = new ArrayList<>();

    /** A printer: a web page on every path, and a small JSON status API at /api/system/info of its own. */
    NonMiners printer(String host, int port) throws IOException {
        return serve(host, port, (path) -> path.startsWith("/api")
                ? new Reply(200, "application/json", "{\"status\":\"ok\",\"hashRate\":5,\"toner\":\"low\"}", null)
                : new Reply(200, "text/html", "<html><title>LaserJet</title>Ready</html>", null));
    }

    /** A home router: 401 with a Basic realm everywhere. */
    NonMiners router(String host, int port) throws IOException {
        return serve(host, port, (path) -> new Reply(401, "text/html", "login", "Basic realm=\"Router\""));
    }

    /** An Antminer's web UI: 401 with its digest realm. */
    NonMiners antminerWeb(String host, int port) throws IOException {
        return serve(host, port, (path) -> new Reply(401, "text/html", "",
                "Digest realm=\"antMiner Configuration\", nonce=\"1\", qop=\"auth\""));
    }

    private record Reply(int status, String type, String body, String authenticate) {
    }

    private interface Route {
        Reply reply(String path);
    }

    private NonMiners serve(String host, int port, Route route) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(host, port), 16);
        s.createContext("/", ex -> {
            Reply r = route.reply(ex.getRequestURI().getPath());
            byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", r.type());
            if (r.authenticate() != null) {
                ex.getResponseHeaders().add("WWW-Authenticate", r.authenticate());
            }
            ex.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        s.start();
        servers.add(s);
        return this;
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
    }
}
