package io.github.bitaxemonitor.miner;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP server whose one reply never ends: chunked, no Content-Length, chunks of {@code chunkBytes} every
 * {@code pauseMs} until the client hangs up (or a safety limit, so a broken client cannot make the test run forever).
 */
final class EndlessHttpServer implements AutoCloseable {
    private static final long SAFETY_LIMIT = 200L * 1024 * 1024;

    private final ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    private final AtomicLong written = new AtomicLong();
    private final CountDownLatch clientGone = new CountDownLatch(1);
    private final int chunkBytes;
    private final long pauseMs;

    /** As fast as the client reads. */
    EndlessHttpServer() throws IOException {
        this(16 * 1024, 0);
    }

    EndlessHttpServer(int chunkBytes, long pauseMs) throws IOException {
        this.chunkBytes = chunkBytes;
        this.pauseMs = pauseMs;
        Thread thread = new Thread(this::serve, "endless-http");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    long bytesWritten() {
        return written.get();
    }

    boolean awaitClientGone() throws InterruptedException {
        return clientGone.await(20, TimeUnit.SECONDS);
    }

    private void serve() {
        try (Socket s = server.accept(); OutputStream out = s.getOutputStream()) {
            s.getInputStream().read(new byte[4096]);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] data = new byte[chunkBytes];
            Arrays.fill(data, (byte) ' ');
            data[0] = '{';
            byte[] header = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] trailer = "\r\n".getBytes(StandardCharsets.US_ASCII);
            while (written.get() < SAFETY_LIMIT) {
                out.write(header);
                out.write(data);
                out.write(trailer);
                out.flush();
                written.addAndGet(data.length);
                data[0] = ' ';
                Thread.sleep(pauseMs);
            }
        } catch (IOException e) {
            clientGone.countDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
