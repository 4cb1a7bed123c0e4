package io.github.bitaxemonitor.miner;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A loopback stand-in for a CGMiner-API miner: reads one JSON command per connection, answers with the bytes the test
 * chooses for that command (fixture bytes, NUL included), and closes - one connection at a time, like an Avalon.
 */
final class FakeCgminer implements AutoCloseable {
    private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final Function<String, byte[]> replies;
    private final long delayMs;
    private final List<String> commands = new CopyOnWriteArrayList<>();

    /** @param replies reply bytes per command name ("summary+stats", "summary", ...); null = never answer */
    FakeCgminer(Function<String, byte[]> replies, long delayMs) throws IOException {
        this.replies = replies;
        this.delayMs = delayMs;
        Thread t = new Thread(this::serve, "fake-cgminer");
        t.setDaemon(true);
        t.start();
    }

    static FakeCgminer always(byte[] reply) throws IOException {
        return new FakeCgminer(command -> reply, 0);
    }

    int port() {
        return server.getLocalPort();
    }

    /** The command names received, in order. */
    List<String> commands() {
        return List.copyOf(commands);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                String command = readCommand(s.getInputStream());
                commands.add(command);
                byte[] reply = replies.apply(command);
                if (reply == null) {
                    Thread.sleep(60_000);
                    continue;
                }
                Thread.sleep(delayMs);
                s.getOutputStream().write(reply);
                s.getOutputStream().flush();
            } catch (SocketException e) {
                // client went away or server closed
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }

    /** Reads one {"command":"..."} object and returns the command's name. */
    private static String readCommand(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        int c;
        while ((c = in.read()) >= 0) {
            text.append((char) c);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                break;
            }
        }
        String json = text.toString();
        int key = json.indexOf("\"command\"");
        int open = json.indexOf('"', json.indexOf(':', key) + 1);
        return json.substring(open + 1, json.indexOf('"', open + 1));
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
