package io.github.bitaxemonitor.model;

/** Which protocol a miner speaks; selects the {@code MinerClient} implementation. */
public enum MinerKind {
    /** ESP-Miner / AxeOS HTTP API (Bitaxe family and forks such as NerdQAxe), default port 80. */
    BITAXE(80),
    /** CGMiner-style JSON over TCP (Antminer, Whatsminer, Avalon), default port 4028. */
    CGMINER(4028);

    private final int defaultPort;

    MinerKind(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
