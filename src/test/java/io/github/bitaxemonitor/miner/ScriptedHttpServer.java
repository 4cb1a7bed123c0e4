package io.github.bitaxemonitor.miner;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that plays a script per accepted connection: the script reads requests (HTTP heads or CGMiner
 * commands) and writes whatever bytes, in whatever pieces, the test needs (raw replies the JDK and WireMock would not
 * send). Counts connections.
 */
final class ScriptedHttpServer implements AutoCloseable {
    /** What one connection does. */
    interface Script {
        void play(Connection connection) throws IOException, InterruptedException;
    }

    /** One accepted connection; {@code number} counts connections from 1. */
    final class Connection {
        final int number;
        final Socket socket;

        Connection(int number, Socket socket) {
            this.number = number;
            this.socket = socket;
        }

        /** Reads up to the blank line ending a request head; false at end of stream. */
        boolean awaitRequest() throws IOException {
            InputStream in = socket.getInputStream();
            int matched = 0;
            int c;
            while ((c = in.read()) >= 0) {
                matched = (c == '\r' && matched % 2 == 0) || (c == '\n' && matched % 2 == 1) ? matched + 1 : 0;
                if (matched == 4) {
                    requests.incrementAndGet();
                    return true;
                }
            }
            return false;
        }

        /** Reads one CGMiner-API command object; its name, or null at end of stream. */
        String awaitCommand() throws IOException {
            InputStream in = socket.getInputStream();
            StringBuilder text = new StringBuilder();
            int depth = 0;
            int c;
            while ((c = in.read()) >= 0) {
                text.append((char) c);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    requests.incrementAndGet();
                    String json = text.toString();
                    int open = json.indexOf('"', json.indexOf(':', json.indexOf("\"command\"")) + 1);
                    return json.substring(open + 1, json.indexOf('"', open + 1));
                }
            }
            return null;
        }

        /** Closes with a TCP reset instead of an orderly close. */
        void reset() throws IOException {
            socket.setSoLinger(true, 0);
            socket.close();
        }

        void write(String text) throws IOException {
            write(text.getBytes(StandardCharsets.ISO_8859_1));
        }

        void write(byte[] bytes) throws IOException {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
        }
    }

    private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final Script script;

    ScriptedHttpServer(Script script) throws IOException {
        this.script = script;
        Thread t = new Thread(this::accept, "scripted-http");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    int requests() {
        return requests.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                int n = connections.incrementAndGet();
                Thread t = new Thread(() -> {
                    try (s) {
                        script.play(new Connection(n, s));
                    } catch (IOException | InterruptedException e) {
                        // the client went away, or the test ended
                    }
                }, "scripted-http-" + n);
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    /** A keep-alive miner: every request on a connection gets {@code body}, until the client closes it. */
    static Script keepAlive(byte[] body) {
        return c -> {
            while (c.awaitRequest()) {
                c.write(okHead(body.length));
                c.write(body);
            }
        };
    }

    static String okHead(int contentLength) {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n";
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
