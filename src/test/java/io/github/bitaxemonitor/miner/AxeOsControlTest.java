package io.github.bitaxemonitor.miner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.bitaxemonitor.miner.ControlException.Reason;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every AxeOS write and its failures, against WireMock on loopback. */
class AxeOsControlTest {
    private WireMockServer wm;
    private MinerControl control;
    private MinerEndpoint miner;
    private MinerLanes lanes;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        wm.start();
        lanes = new MinerLanes();
        control = MinerControls.create(new ClientSettings(Duration.ofSeconds(2), 0, 65536), lanes);
        miner = new MinerEndpoint("127.0.0.1", wm.port(), "desk", MinerKind.BITAXE);
    }

    @AfterEach
    void stop() {
        control.close();
        wm.stop();
    }

    private static ControlException failure(CompletableFuture<?> f) {
        try {
            f.join();
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(ControlException.class);
            return (ControlException) e.getCause();
        }
        throw new AssertionError("expected a failure");
    }

    @Test
    void restartReturnsTheDevicesOwnWordsInEveryGenerationsForm() {
        wm.stubFor(post(urlEqualTo("/api/system/restart")).willReturn(aResponse().withStatus(200)
                .withBody("{\"message\":\"System will restart shortly.\"}")));
        assertThat(control.act(miner, MinerAction.RESTART).join()).isEqualTo("System will restart shortly.");
        wm.stubFor(post(urlEqualTo("/api/system/restart")).willReturn(aResponse().withStatus(200).withBody("")));
        assertThat(control.act(miner, MinerAction.RESTART).join()).isEqualTo("done");
    }

    @Test
    void patchSendsOnlyTheChangedSettingsAsTheFirmwareNamesThem() {
        wm.stubFor(patch(urlEqualTo("/api/system")).willReturn(aResponse().withStatus(200)));
        control.change(miner, new SettingsChange(575, 1200, new SettingsChange.Fan(false, 80), 55)).join();
        wm.verify(patchRequestedFor(urlEqualTo("/api/system")).withRequestBody(equalToJson(
                "{\"frequency\":575,\"coreVoltage\":1200,\"autofanspeed\":0,\"fanspeed\":80,\"temptarget\":55}")));
        control.change(miner, new SettingsChange(null, null, SettingsChange.Fan.AUTO, null)).join();
        wm.verify(patchRequestedFor(urlEqualTo("/api/system")).withRequestBody(equalToJson("{\"autofanspeed\":1}")));
    }

    @Test
    void a400IsShownInWordsWithTheDevicesText() {
        wm.stubFor(patch(urlEqualTo("/api/system")).willReturn(aResponse().withStatus(400)
                .withBody("Wrong API input\u001b[2J")));
        ControlException e = failure(control.change(miner, SettingsChange.clock(5000, 1200)));
        assertThat(e.reason()).isEqualTo(Reason.REFUSED);
        assertThat(e.getMessage()).startsWith("the device refused the value: Wrong API input").doesNotContain("\u001b");
    }

    @Test
    void oldFirmwareWithoutPauseIsToldApartFromAFailure() {
        wm.stubFor(post(urlEqualTo("/api/system/pause")).willReturn(aResponse().withStatus(404)));
        ControlException e = failure(control.act(miner, MinerAction.PAUSE));
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED);
        assertThat(e.getMessage()).contains("2.14");
    }

    @Test
    void aDroppedConnectionIsUnreachableNotASuccess() {
        wm.stubFor(post(urlEqualTo("/api/system/identify")).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(failure(control.act(miner, MinerAction.IDENTIFY)).reason()).isEqualTo(Reason.UNREACHABLE);
        wm.stubFor(post(urlEqualTo("/api/system/identify")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(5000)));
        assertThat(failure(control.act(miner, MinerAction.IDENTIFY)).reason()).isEqualTo(Reason.UNREACHABLE);
    }

    @Test
    void aRefusingDeviceIsReportedAsSuch() {
        wm.stubFor(post(urlEqualTo("/api/system/restart")).willReturn(aResponse().withStatus(401)));
        ControlException e = failure(control.act(miner, MinerAction.RESTART));
        assertThat(e.reason()).isEqualTo(Reason.REFUSED);
        assertThat(e.getMessage()).contains("401");
    }

    @Test
    void readTakesSettingsFromInfoAndOptionsFromAsic() {
        wm.stubFor(get(urlEqualTo("/api/system/info")).willReturn(aResponse().withStatus(200).withBody(
                "{\"frequency\":525.0,\"coreVoltage\":1150,\"autofanspeed\":0,\"fanspeed\":65.5,\"temptarget\":60}")));
        wm.stubFor(get(urlEqualTo("/api/system/asic")).willReturn(aResponse().withStatus(200).withBody(
                "{\"frequencyOptions\":[400,490,525,550,575,600,625],\"voltageOptions\":[1000,1100,1150,1200]}")));
        DeviceSettings s = control.read(miner).join();
        assertThat(s.frequencyMhz()).isEqualTo(525);
        assertThat(s.fan()).isEqualTo(new SettingsChange.Fan(false, 66));
        assertThat(s.frequencyOptions()).containsExactly(400, 490, 525, 550, 575, 600, 625);
        assertThat(s.voltageOptions()).hasSize(4);
    }

    @Test
    void firmwareWithoutAsicHasNoOptions() {
        wm.stubFor(get(urlEqualTo("/api/system/info")).willReturn(aResponse().withStatus(200).withBody(
                "{\"frequency\":485,\"coreVoltage\":1200,\"autofanspeed\":1}")));
        wm.stubFor(get(urlEqualTo("/api/system/asic")).willReturn(aResponse().withStatus(404)));
        DeviceSettings s = control.read(miner).join();
        assertThat(s.fan()).isEqualTo(SettingsChange.Fan.AUTO);
        assertThat(s.frequencyOptions()).isEmpty();
    }

    @Test
    void anActionWaitsForTheMinersLaneInsteadOfOverlappingIt() throws Exception {
        wm.stubFor(post(urlEqualTo("/api/system/restart")).willReturn(aResponse().withStatus(200)));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> holder = lanes.act(miner, 10_000,
                () -> CompletableFuture.supplyAsync(() -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "poll";
                }));
        CompletableFuture<String> restart = control.act(miner, MinerAction.RESTART);
        assertThat(restart).isNotDone();
        assertThat(wm.getAllServeEvents()).isEmpty();
        release.countDown();
        assertThat(holder.join()).isEqualTo("poll");
        assertThat(restart.join()).isEqualTo("done");
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void cgminerOffersRestartOnlyAndSaysSettingsAreReadOnly() {
        MinerEndpoint rig = new MinerEndpoint("127.0.0.1", 1, null, MinerKind.CGMINER);
        for (CompletableFuture<?> f : List.of(control.read(rig), control.act(rig, MinerAction.PAUSE),
                control.change(rig, SettingsChange.clock(500, 1200)))) {
            ControlException e = failure(f);
            assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED);
            assertThat(e.getMessage()).contains("CGMiner API");
        }
    }
}
