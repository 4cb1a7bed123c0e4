package io.github.bitaxemonitor.sim;

import java.util.SplittableRandom;

/**
 * The drifting readings of a Bitaxe-family board besides hashrate and power: ASIC and regulator temperatures,
 * voltages, ASIC errors, Wi-Fi signal, free heap and pool response time, within the reference's sample ranges. Not
 * thread-safe: the owning {@link SimulatedMiner} guards it.
 */
final class BitaxeSensors {
    final Drift asicTemp;
    final Drift asicTemp2Offset;
    final Drift vrTemp;
    final Drift inputVoltageFactor;
    final Drift coreVoltageOffset;
    final Drift errorPct;
    final Drift rssi;
    final Drift freeHeap;
    final Drift responseMs;

    /** Draws the starting values from {@code rng} in a fixed order, so a seed gives the same miner every time. */
    BitaxeSensors(Board board, SplittableRandom rng) {
        asicTemp = new Drift(board.asicTempMeanC(), 2.5, 120, 37, 64, rng);
        asicTemp2Offset = new Drift(0, 1.0, 300, -3, 3, rng);
        vrTemp = new Drift(board.hasVrSensor() ? board.vrTempMeanC() : 60, 3.0, 180, 45, 86, rng);
        inputVoltageFactor = new Drift(1.015, 0.004, 60, 0.99, 1.03, rng);
        coreVoltageOffset = new Drift(-6, 4, 60, -20, 6, rng);
        errorPct = new Drift(0.4, 0.3, 120, 0, 3, rng);
        rssi = new Drift(-55, 5, 300, -75, -35, rng);
        freeHeap = new Drift(165_000, 8_000, 600, 120_000, 210_000, rng);
        responseMs = new Drift(45, 15, 30, 8, 250, rng);
    }

    void step(SplittableRandom rng) {
        asicTemp.step(rng);
        asicTemp2Offset.step(rng);
        vrTemp.step(rng);
        inputVoltageFactor.step(rng);
        coreVoltageOffset.step(rng);
        errorPct.step(rng);
        rssi.step(rng);
        freeHeap.step(rng);
        responseMs.step(rng);
    }
}
