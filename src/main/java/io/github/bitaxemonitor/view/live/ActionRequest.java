package io.github.bitaxemonitor.view.live;

import io.github.bitaxemonitor.miner.MinerAction;
import io.github.bitaxemonitor.miner.SettingsChange;

/**
 * What the owner picked in the action menu: an action, or a settings change. Exactly one is non-null.
 *
 * @param action restart, identify, pause or resume
 * @param change frequency or core voltage to send (checked before anything is sent)
 */
record ActionRequest(MinerAction action, SettingsChange change) {
    ActionRequest {
        if ((action == null) == (change == null)) {
            throw new IllegalArgumentException("an action or a change, not both");
        }
    }

    static ActionRequest of(MinerAction a) {
        return new ActionRequest(a, null);
    }

    static ActionRequest of(SettingsChange c) {
        return new ActionRequest(null, c);
    }

    /** "restart" or "set frequency 550 MHz": for the dialog, the status line and the audit log. */
    String describe() {
        return action != null ? action.word() : "set " + change.describe();
    }

    /** The word of the result line: "restart", "set". */
    String word() {
        return action != null ? action.word() : "set";
    }
}
