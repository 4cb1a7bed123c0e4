package io.github.bitaxemonitor.sim;

/**
 * The boards the simulator can impersonate, with their default settings from the "Realistic values" table of
 * {@code shared/reference/bitaxe-api.md}. Expected hashrate is derived exactly as the firmware does it
 * (frequency x small cores x ASICs / 1000), so the simulated {@code expectedHashrate} is self-consistent.
 *
 * <p>Each constant: {@code model} is the marketing name (NerdQAxe's {@code deviceModel}); {@code slug} is lower-case
 * ASCII for host names and aliases; {@code asicModel} the chip; {@code asicCount} at least 1; {@code frequencyMhz} and
 * {@code coreVoltageMv} the defaults; {@code typicalWatts} the mean power at defaults; {@code nominalVolts} 5 or 12;
 * {@code asicTempMeanC}/{@code vrTempMeanC} where the temperatures settle (vr 0 = board has no VR sensor);
 * {@code fans} 1 or 2.
 */
public enum Board {
    MAX("Max", "max", "BM1397", 1, 672, 425, 1400, 13.5, 5, "2.2", 25, 58, 0, 1),
    ULTRA("Ultra", "ultra", "BM1366", 1, 894, 485, 1200, 11.0, 5, "204", 25, 55, 62, 1),
    SUPRA("Supra", "supra", "BM1368", 1, 1276, 490, 1166, 12.5, 5, "401", 25, 56, 60, 1),
    GAMMA("Gamma", "gamma", "BM1370", 1, 2040, 525, 1150, 19.5, 5, "601", 40, 57, 64, 1),
    GAMMA_DUO("GammaDuo", "gammaduo", "BM1370", 2, 2040, 490, 1150, 36.0, 5, "650", 60, 58, 68, 1),
    HEX("Hex", "hex", "BM1366", 6, 894, 485, 1200, 58.0, 12, "302", 100, 55, 70, 2),
    SUPRA_HEX("SupraHex", "suprahex", "BM1368", 6, 1276, 490, 1166, 65.0, 12, "701", 120, 57, 72, 2),
    NERDQAXE_PP("NerdQAxe++", "nerdqaxepp", "BM1370", 4, 2040, 600, 1150, 95.0, 12, "4.1", 140, 60, 66, 2);

    private final String model;
    private final String slug;
    private final String asicModel;
    private final int asicCount;
    private final int smallCoreCount;
    private final int frequencyMhz;
    private final int coreVoltageMv;
    private final double typicalWatts;
    private final int nominalVolts;
    private final String boardVersion;
    private final int maxPowerW;
    private final double asicTempMeanC;
    private final double vrTempMeanC;
    private final int fans;

    Board(String model, String slug, String asicModel, int asicCount, int smallCoreCount, int frequencyMhz,
            int coreVoltageMv, double typicalWatts, int nominalVolts, String boardVersion, int maxPowerW,
            double asicTempMeanC, double vrTempMeanC, int fans) {
        this.model = model;
        this.slug = slug;
        this.asicModel = asicModel;
        this.asicCount = asicCount;
        this.smallCoreCount = smallCoreCount;
        this.frequencyMhz = frequencyMhz;
        this.coreVoltageMv = coreVoltageMv;
        this.typicalWatts = typicalWatts;
        this.nominalVolts = nominalVolts;
        this.boardVersion = boardVersion;
        this.maxPowerW = maxPowerW;
        this.asicTempMeanC = asicTempMeanC;
        this.vrTempMeanC = vrTempMeanC;
        this.fans = fans;
    }

    /** GH/s the firmware reports as {@code expectedHashrate} at default settings. */
    public double expectedGhs() {
        return frequencyMhz * (double) smallCoreCount * asicCount / 1000.0;
    }

    /** True when the firmware shape can run on this board (BM1370 boards postdate the 2.0 firmware, forks own theirs). */
    public boolean runs(FirmwareShape shape) {
        if (this == NERDQAXE_PP || shape == FirmwareShape.NERDQAXE) {
            return this == NERDQAXE_PP && shape == FirmwareShape.NERDQAXE;
        }
        boolean newBoard = asicModel.equals("BM1370") || asicCount > 1;
        return !newBoard || shape.code() >= FirmwareShape.V2_9.code();
    }

    public String model() {
        return model;
    }

    public String slug() {
        return slug;
    }

    public String asicModel() {
        return asicModel;
    }

    public int asicCount() {
        return asicCount;
    }

    public int smallCoreCount() {
        return smallCoreCount;
    }

    public int frequencyMhz() {
        return frequencyMhz;
    }

    public int coreVoltageMv() {
        return coreVoltageMv;
    }

    public double typicalWatts() {
        return typicalWatts;
    }

    public int nominalVolts() {
        return nominalVolts;
    }

    public String boardVersion() {
        return boardVersion;
    }

    public int maxPowerW() {
        return maxPowerW;
    }

    double asicTempMeanC() {
        return asicTempMeanC;
    }

    double vrTempMeanC() {
        return vrTempMeanC;
    }

    public boolean hasVrSensor() {
        return vrTempMeanC > 0;
    }

    public int fans() {
        return fans;
    }
}
