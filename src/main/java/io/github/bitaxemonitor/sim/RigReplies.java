package io.github.bitaxemonitor.sim;

/** One vendor's CGMiner-API replies, in its firmware's own shape and quirks (without the terminating NUL). */
interface RigReplies {
    /**
     * The reply to one command, or null when this firmware does not know the command.
     *
     * @param command   lower-case command name
     * @param parameter the parameter as sent, or "" when none
     * @param when      the device clock, epoch seconds (cgminer's {@code When})
     */
    byte[] reply(String command, String parameter, RigSnapshot s, long when);

    /** An error reply in this firmware's form (cgminer's STATUS array, or Whatsminer's top-level string form). */
    byte[] error(int code, String msg, RigSnapshot s, long when);

    /** The reply to a command this firmware does not know (cgminer: Code 14 "Invalid command"). */
    default byte[] invalid(RigSnapshot s, long when) {
        return error(CgReplies.INVALID_COMMAND, "Invalid command", s, when);
    }

    /** The writer for a type's vendor. */
    static RigReplies of(MinerType type) {
        switch (type.vendor()) {
            case ANTMINER:
                return AntminerReplies.INSTANCE;
            case BOSMINER:
                return BosminerReplies.INSTANCE;
            case WHATSMINER:
                return WhatsminerReplies.INSTANCE;
            case AVALON:
                return AvalonReplies.INSTANCE;
            default:
                throw new IllegalArgumentException(type.label() + " does not speak the CGMiner API");
        }
    }
}
