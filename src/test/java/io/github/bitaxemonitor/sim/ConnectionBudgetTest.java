package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitaxemonitor.model.MinerEndpoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What happens at the descriptor limit, with a budget of two connections instead of ~20,000. */
class ConnectionBudgetTest {
    private SimulatedFleet fleet;

    @AfterEach
    void stop() {
        if (fleet != null) {
            fleet.close();
        }
    }

    @Test
    void atTheBudgetTheLongestIdleConnectionMakesRoom() throws IOException {
        fleet = SimulatedFleet.start(FleetSpec.builder().count(3).latencyMs(0, 5).build(), 2);
        try (Socket a = connect(fleet.endpoints().get(0)); Socket b = connect(fleet.endpoints().get(1))) {
            assertThat(exchange(a)).startsWith("HTTP/1.1 200");
            assertThat(exchange(b)).startsWith("HTTP/1.1 200");
            try (Socket c = connect(fleet.endpoints().get(2))) {
                assertThat(exchange(c)).startsWith("HTTP/1.1 200");
                assertThat(a.getInputStream().read()).as("the oldest idle connection was closed").isEqualTo(-1);
                assertThat(exchange(b)).as("the younger one still works").startsWith("HTTP/1.1 200");
            }
        }
    }

    @Test
    void whenNothingIsIdleNewConnectionsWaitInsteadOfFailing() throws IOException {
        fleet = SimulatedFleet.start(FleetSpec.builder().count(2).latencyMs(600, 600).build(), 1);
        try (Socket busy = connect(fleet.endpoints().get(0))) {
            busy.getOutputStream().write(request(true));
            try (Socket waiting = connect(fleet.endpoints().get(1))) {
                waiting.getOutputStream().write(request(true));
                waiting.setSoTimeout(300);
                assertThatThrownBy(() -> waiting.getInputStream().read())
                        .as("no reply while the only allowed connection is busy")
                        .isInstanceOf(SocketTimeoutException.class);
                waiting.setSoTimeout(20_000);
                assertThat(readAll(busy.getInputStream())).startsWith("HTTP/1.1 200");
                assertThat(readAll(waiting.getInputStream())).startsWith("HTTP/1.1 200");
            }
        }
    }

    private static Socket connect(MinerEndpoint e) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", e.port()), 5000);
        s.setSoTimeout(20_000);
        return s;
    }

    private static byte[] request(boolean close) {
        return ("GET /api/system/asic HTTP/1.1\r\nHost: x\r\n" + (close ? "Connection: close\r\n" : "") + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Sends one keep-alive request and returns the reply (head and body, by Content-Length). */
    private static String exchange(Socket s) throws IOException {
        s.getOutputStream().write(request(false));
        InputStream in = s.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed");
            }
            head.write(b);
        }
        String h = head.toString(StandardCharsets.ISO_8859_1);
        int length = Integer.parseInt(h.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
        return h + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
