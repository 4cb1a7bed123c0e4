package io.github.bitaxemonitor.view.live;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.github.bitaxemonitor.miner.MinerAction;
import io.github.bitaxemonitor.miner.SettingsChange;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.text.HostileText;
import io.github.bitaxemonitor.view.fleet.MinerTrack;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The action menu (key x) and its dialogs, on the UI thread: pick an action, type a value where it needs one, read
 * what will change, and say yes. Nothing is sent before the confirmation dialog, which names the miners and each
 * change (before -> after); Esc backs out at every step.
 */
final class ActionMenu {
    /** Where the owner is. */
    enum Step { CLOSED, MENU, VALUE, PREPARING, CONFIRM }

    /** A menu entry: its key, its words, and what it asks for (a value entry for the clock settings). */
    record Entry(char key, String label, MinerAction action, String setting, String unit) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry('r', "restart", MinerAction.RESTART, null, null),
            new Entry('i', "identify (blink the board)", MinerAction.IDENTIFY, null, null),
            new Entry('p', "pause mining", MinerAction.PAUSE, null, null),
            new Entry('u', "resume mining", MinerAction.RESUME, null, null),
            new Entry('f', "set frequency...", null, "frequency", "MHz"),
            new Entry('v', "set core voltage...", null, "core voltage", "mV"));
    /** Longest value typed: five digits cover every real clock and voltage. */
    private static final int MAX_DIGITS = 5;

    private final LiveControl control;
    private Step step = Step.CLOSED;
    private List<MinerEndpoint> miners = List.of();
    private int cursor;
    private Entry entry;
    private EditLine value;
    private String valueError;
    private CompletableFuture<LiveControl.Plan> pending;
    private LiveControl.Plan plan;
    /** The notice shown when there is nothing to act with (no config); null otherwise. */
    private String notice;
    /** The one target's row, whose clock a value entry starts from; null for several targets. */
    private MinerTrack prefill;

    /** @param control null when the view was started without a config that lists the miners */
    ActionMenu(LiveControl control) {
        this.control = control;
    }

    Step step() {
        return step;
    }

    boolean isOpen() {
        return step != Step.CLOSED;
    }

    List<MinerEndpoint> miners() {
        return miners;
    }

    int cursor() {
        return cursor;
    }

    Entry entry() {
        return entry;
    }

    EditLine value() {
        return value;
    }

    String valueError() {
        return valueError;
    }

    LiveControl.Plan plan() {
        return plan;
    }

    /** The status line's action text: the newest result or notice, or null. */
    String status() {
        return control != null ? control.status() : notice;
    }

    /**
     * Opens the menu on {@code addresses} (the marked miners, or the selected one); {@code selected} gives the values
     * a value entry starts from when it is the only target.
     */
    void open(Collection<String> addresses, MinerTrack selected) {
        if (control == null) {
            notice = "actions need the config that lists the miners (--config FILE, or config.yaml here)";
            return;
        }
        if (addresses.isEmpty()) {
            control.say("no miner selected");
            return;
        }
        if (control.busy()) {
            control.say("an action is still running: wait for its result");
            return;
        }
        List<String> unknown = new ArrayList<>();
        List<MinerEndpoint> found = control.targets(addresses, unknown);
        if (!unknown.isEmpty()) {
            control.say("not in the config's miners, nothing sent: "
                    + HostileText.forTerminal(String.join(", ", unknown), 120));
            return;
        }
        miners = found;
        cursor = 0;
        entry = null;
        value = null;
        valueError = null;
        plan = null;
        pending = null;
        prefill = selected != null && found.size() == 1 ? selected : null;
        step = Step.MENU;
    }

    /** Takes the plan once it has been made off the UI thread; called before every draw. */
    void poll() {
        if (step == Step.PREPARING && pending != null && pending.isDone()) {
            try {
                plan = pending.join();
                step = Step.CONFIRM;
            } catch (RuntimeException e) {
                close("could not prepare " + entry.label() + ": nothing sent");
            }
            pending = null;
        }
    }

    /** A key while the menu is open. */
    Keys.Outcome key(KeyStroke k) {
        KeyType type = k.getKeyType();
        if (type == KeyType.EOF || type == KeyType.Character && k.isCtrlDown() && k.getCharacter() == 'c') {
            return Keys.Outcome.QUIT;
        }
        if (type == KeyType.Character && k.isAltDown() && !k.isCtrlDown()) {
            // Esc followed quickly by a key arrives as Alt+key: Esc first, so "Esc y" never confirms anything.
            key(new KeyStroke(KeyType.Escape));
            return isOpen() ? key(new KeyStroke(k.getCharacter(), false, false)) : Keys.Outcome.REDRAW;
        }
        return switch (step) {
            case MENU -> menuKey(k);
            case VALUE -> valueKey(k);
            case PREPARING -> {
                if (type == KeyType.Escape) {
                    close("cancelled: nothing sent");
                }
                yield Keys.Outcome.REDRAW;
            }
            case CONFIRM -> confirmKey(k);
            case CLOSED -> Keys.Outcome.IGNORED;
        };
    }

    private Keys.Outcome menuKey(KeyStroke k) {
        switch (k.getKeyType()) {
            case Escape -> step = Step.CLOSED;
            case ArrowUp -> cursor = Math.max(0, cursor - 1);
            case ArrowDown -> cursor = Math.min(ENTRIES.size() - 1, cursor + 1);
            case Enter -> choose(ENTRIES.get(cursor));
            case Character -> {
                char c = k.getCharacter();
                if (c == 'q') {
                    step = Step.CLOSED;
                }
                ENTRIES.stream().filter(e -> e.key() == c).findFirst().ifPresent(this::choose);
            }
            default -> {
                return Keys.Outcome.IGNORED;
            }
        }
        return Keys.Outcome.REDRAW;
    }

    private void choose(Entry e) {
        entry = e;
        if (e.action() != null) {
            prepare(ActionRequest.of(e.action()));
            return;
        }
        Double now = prefill == null ? null : e.unit().equals("MHz") ? prefill.latest().frequencyMhz()
                : prefill.latest().coreVoltageSetMv();
        value = EditLine.atEnd(now == null ? "" : String.valueOf(Math.round(now)));
        valueError = null;
        step = Step.VALUE;
    }

    private Keys.Outcome valueKey(KeyStroke k) {
        EditLine edited = switch (k.getKeyType()) {
            case Escape -> {
                step = Step.MENU;
                yield value;
            }
            case Enter -> {
                submitValue();
                yield value;
            }
            case Backspace -> value.deleteBefore();
            case Delete -> value.deleteAt();
            case ArrowLeft -> value.left();
            case ArrowRight -> value.right();
            case Home -> value.home();
            case End -> value.end();
            case Character -> k.isCtrlDown() ? (k.getCharacter() == 'u' ? value.killToStart() : null)
                    : Character.isDigit(k.getCharacter()) && value.text().length() < MAX_DIGITS
                    ? value.insert(k.getCharacter()) : null;
            default -> null;
        };
        if (edited == null) {
            return Keys.Outcome.IGNORED;
        }
        value = edited;
        return Keys.Outcome.REDRAW;
    }

    private void submitValue() {
        int v;
        try {
            v = Integer.parseInt(value.text());
        } catch (NumberFormatException e) {
            valueError = "type the " + entry.setting() + " in " + entry.unit() + " (digits only)";
            return;
        }
        if (v <= 0) {
            valueError = "the " + entry.setting() + " must be above 0 " + entry.unit();
            return;
        }
        prepare(ActionRequest.of(entry.unit().equals("MHz") ? new SettingsChange(v, null, null, null)
                : new SettingsChange(null, v, null, null)));
    }

    private void prepare(ActionRequest r) {
        pending = control.plan(r, miners);
        step = Step.PREPARING;
        poll();
    }

    private Keys.Outcome confirmKey(KeyStroke k) {
        KeyType type = k.getKeyType();
        boolean yes = type == KeyType.Character && (k.getCharacter() == 'y' || k.getCharacter() == 'Y');
        if (yes && plan.allowed()) {
            LiveControl.Plan p = plan;
            step = Step.CLOSED;
            control.run(p);
        } else if (type == KeyType.Escape || type == KeyType.Enter && !plan.allowed()
                || type == KeyType.Character && (k.getCharacter() == 'n' || k.getCharacter() == 'q')) {
            close(plan.allowed() ? "cancelled: nothing sent" : "refused: nothing sent");
        } else {
            return Keys.Outcome.IGNORED;
        }
        return Keys.Outcome.REDRAW;
    }

    private void close(String words) {
        step = Step.CLOSED;
        pending = null;
        control.say(words);
    }
}
