package io.github.bitaxemonitor.sim;

/**
 * How one kind of listener reads requests off a connection: HTTP/1.1 for Bitaxes ({@link HttpProtocol}), one JSON or
 * plain-text command per connection for CGMiner-API miners ({@link CgminerProtocol}). Everything but
 * {@link Request#answer} runs on the selector thread.
 */
interface WireProtocol {
    /** The most request bytes a connection buffers; a longer request gets {@link #overflow()}. */
    int maxRequestBytes();

    /**
     * Takes the next complete request from {@code c.in} (consuming its bytes), or returns null while more bytes are
     * needed.
     *
     * @param ended the client has shut its side: no more bytes will come
     */
    Request take(Connection c, boolean ended);

    /** The answer to a request that outgrew {@link #maxRequestBytes()}; the connection closes after it. */
    Reply overflow();

    /** The answer when building a reply failed (a simulator bug): said in the protocol's own form. */
    Reply internalError(RuntimeException e);

    /** True when a client that shut its sending side still gets its answer (CGMiner clients often half-close). */
    boolean answersAfterEnd();

    /** A request taken off a connection. */
    @FunctionalInterface
    interface Request {
        /** Builds the answer when its delay is over, on a reply thread, so it shows the miner's state then. */
        Reply answer(SimulatedMiner miner);

        /** Non-null to answer at once, without the miner's delay: the request could not even be parsed. */
        default Reply immediate() {
            return null;
        }

        /** A request answered at once with {@code reply}. */
        static Request now(Reply reply) {
            return new Request() {
                @Override
                public Reply answer(SimulatedMiner miner) {
                    return reply;
                }

                @Override
                public Reply immediate() {
                    return reply;
                }
            };
        }
    }
}
