package io.github.bitaxemonitor.config;

import io.github.bitaxemonitor.config.YamlTree.MapNode;
import io.github.bitaxemonitor.config.YamlTree.Node;
import io.github.bitaxemonitor.config.YamlTree.Scalar;
import io.github.bitaxemonitor.config.YamlTree.Seq;
import io.github.bitaxemonitor.exit.UserException;
import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import io.github.bitaxemonitor.text.HostileText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Edits the {@code miners:} list of a config text in place: only the lines of the entries added or removed change,
 * so the user's comments, order, formatting and every other key stay as they were. Works on text, not on a parsed
 * tree (a YAML library would rewrite the whole file); the tree only says where each entry is.
 */
public final class ConfigEdit {
    private static final String MINERS = "miners";

    /**
     * One listed miner.
     *
     * @param endpoint  what the entry says (address normalised to host:port)
     * @param firstLine 1-based first line of the entry
     * @param lastLine  1-based last line of the entry (its own comment lines after it excluded)
     */
    public record Listed(MinerEndpoint endpoint, int firstLine, int lastLine) {
    }

    private final String text;
    private final String nl;
    private final List<String> lines;
    private final Integer keyLine;
    private final Seq seq;
    private final Seq aliases;

    private ConfigEdit(String text) {
        this.text = text;
        this.nl = text.contains("\r\n") ? "\r\n" : "\n";
        this.lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        Node root;
        try {
            root = YamlTree.parse(text);
        } catch (YamlTree.SyntaxError e) {
            throw new UserException("line " + e.pos.line() + ": not valid YAML (" + e.getMessage() + "): fix it first");
        }
        if (!(root instanceof MapNode map)) {
            throw new UserException("the config is not a mapping of keys: fix it first");
        }
        YamlTree.Entry miners = map.entries().stream().filter(e -> e.key().equals(MINERS)).findFirst().orElse(null);
        keyLine = miners == null ? null : miners.keyPos().line();
        if (miners != null && miners.value() instanceof Seq s && !s.items().isEmpty()
                && flow(miners.keyPos().line())) {
            throw new UserException("line " + keyLine + ": 'miners' is written as [a, b] on one line; write one"
                    + " '- address' per line to let this command edit it");
        }
        seq = miners != null && miners.value() instanceof Seq s ? s : null;
        if (miners != null && seq == null && !(miners.value() instanceof Scalar sc && sc.isNull())) {
            throw new UserException("line " + keyLine + ": 'miners' must be a list: fix it first");
        }
        YamlTree.Entry al = map.entries().stream().filter(e -> e.key().equals("aliases")).findFirst().orElse(null);
        aliases = al != null && al.value() instanceof Seq s ? s : null;
    }

    /** Longest alias accepted from the command line (the dashboard's name column is about this wide). */
    public static final int MAX_ALIAS = 64;

    /**
     * The entry a user asks for, checked as the loader checks it: a bad address or alias is refused in one line.
     * {@code kind} null means Bitaxe.
     */
    public static MinerEndpoint entry(String address, String alias, MinerKind kind) {
        MinerKind k = kind == null ? MinerKind.BITAXE : kind;
        Addresses.HostPort hp;
        try {
            hp = Addresses.parse(address);
        } catch (Addresses.BadAddress e) {
            throw new UserException("bad miner address '" + HostileText.forTerminal(address) + "': " + e.getMessage());
        }
        if (alias != null && (alias.isBlank() || alias.length() > MAX_ALIAS || !HostileText.sanitize(alias).equals(alias))) {
            throw new UserException("bad alias '" + HostileText.forTerminal(alias) + "': 1.." + MAX_ALIAS
                    + " printable characters");
        }
        return new MinerEndpoint(hp.host(), hp.port() > 0 ? hp.port() : k.defaultPort(), alias, k);
    }

    /** Reads a config text; a text that is not YAML, or whose miners cannot be edited, is refused in one line. */
    public static ConfigEdit of(String text) {
        return new ConfigEdit(text);
    }

    /** The miners listed, in file order; entries with bad addresses are skipped (the loader reports them). */
    public List<Listed> listed() {
        List<Listed> out = new ArrayList<>();
        if (seq == null) {
            return out;
        }
        for (int i = 0; i < seq.items().size(); i++) {
            MinerEndpoint e = endpoint(seq.items().get(i), i);
            if (e != null) {
                int first = seq.items().get(i).pos().line();
                out.add(new Listed(e, first, lastLineOf(i)));
            }
        }
        return out;
    }

    /** The text with {@code miners} appended at the end of the list; each may carry a one-line comment (or null). */
    public String add(List<MinerEndpoint> miners, List<String> comments) {
        miners.forEach(this::requireNew);
        List<String> out = new ArrayList<>(lines);
        String indent = indent();
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < miners.size(); i++) {
            entries.addAll(render(miners.get(i), i < comments.size() ? comments.get(i) : null, indent));
        }
        if (keyLine == null) {
            if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
                out.remove(out.size() - 1);
            }
            out.add("");
            out.add("miners:");
            out.addAll(entries);
            out.add("");
        } else {
            int at = insertionLine(); // 0-based index of the line to insert before
            if (flowEmpty(keyLine)) {
                out.set(keyLine - 1, out.get(keyLine - 1).replaceFirst("\\[\\s*]", "").stripTrailing());
            }
            out.addAll(at, entries);
        }
        return String.join(nl, out);
    }

    /** Refuses, in one line naming where, a miner whose address or alias the config lists already. */
    public void requireNew(MinerEndpoint m) {
        Listed had = find(m.address());
        if (had != null) {
            throw new UserException(m.address() + " is already in the config (line " + had.firstLine() + ")");
        }
        Listed named = m.alias() == null ? null : find(m.alias());
        if (named != null) {
            throw new UserException("alias '" + HostileText.forTerminal(m.alias()) + "' is already in the config"
                    + " (line " + named.firstLine() + ")");
        }
    }

    /** The text without the miner at this address, host or alias (and its entry in 'aliases', if any). */
    public String remove(String which) {
        Listed l = find(which);
        if (l == null) {
            throw new UserException("no miner '" + HostileText.forTerminal(which) + "' in the config (give its"
                    + " address, host:port or alias)");
        }
        int index = listedIndex(l);
        List<String> out = new ArrayList<>(lines);
        int aliasLine = -1;
        if (aliases != null && index < aliases.items().size()) {
            Node a = aliases.items().get(index);
            if (!(a instanceof Scalar)) {
                throw new UserException("line " + a.pos().line() + ": the alias of this miner is not a plain name;"
                        + " remove the miner by hand");
            }
            aliasLine = a.pos().line();
        }
        // Later lines first, so earlier line numbers stay right.
        if (aliasLine > l.lastLine()) {
            out.remove(aliasLine - 1);
        }
        for (int i = l.lastLine(); i >= l.firstLine(); i--) {
            out.remove(i - 1);
        }
        if (aliasLine > 0 && aliasLine < l.firstLine()) {
            out.remove(aliasLine - 1);
        }
        return String.join(nl, out);
    }

    /**
     * The text with a top-level key set to {@code yamlValue} (already YAML: a number, or {@link #yamlString}): its
     * line keeps its trailing comment; a key not written yet is added at the end.
     */
    public String set(String key, String yamlValue) {
        List<String> out = new ArrayList<>(lines);
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(key)
                + ":(\\s*)([^#]*?)(\\s+#.*)?$");
        for (int i = 0; i < out.size(); i++) {
            java.util.regex.Matcher m = p.matcher(out.get(i));
            if (m.matches()) {
                out.set(i, key + ": " + yamlValue + (m.group(3) == null ? "" : m.group(3)));
                return String.join(nl, out);
            }
        }
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.add(out.size() - 1, key + ": " + yamlValue);
        } else {
            out.add(key + ": " + yamlValue);
        }
        return String.join(nl, out);
    }

    /** A top-level key's plain value as written, or null when it is not set. */
    public String get(String key) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(key)
                + ":\\s*([^#]*?)\\s*(#.*)?$");
        for (String l : lines) {
            java.util.regex.Matcher m = p.matcher(l);
            if (m.matches() && !m.group(1).isEmpty()) {
                String v = m.group(1);
                return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
            }
        }
        return null;
    }

    /** The entry at this address ("host", "host:port") or with this alias, or null. */
    public Listed find(String which) {
        String w = which.strip();
        List<Listed> all = listed();
        for (Listed l : all) {
            if (l.endpoint().address().equalsIgnoreCase(w) || w.equals(l.endpoint().alias())) {
                return l;
            }
        }
        List<Listed> byHost = all.stream().filter(l -> l.endpoint().host().equalsIgnoreCase(w)).toList();
        return byHost.size() == 1 ? byHost.get(0) : null;
    }

    private int listedIndex(Listed l) {
        for (int i = 0; i < seq.items().size(); i++) {
            if (seq.items().get(i).pos().line() == l.firstLine()) {
                return i;
            }
        }
        throw new IllegalStateException("listed entry not in the list");
    }

    private MinerEndpoint endpoint(Node item, int index) {
        String address;
        String alias = null;
        MinerKind kind = MinerKind.BITAXE;
        if (item instanceof Scalar s && !s.isNull()) {
            address = s.text();
        } else if (item instanceof MapNode m) {
            address = scalar(m, "address");
            alias = scalar(m, "alias");
            String type = scalar(m, "type");
            if (type != null) {
                try {
                    kind = MinerKind.valueOf(type.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        } else {
            return null;
        }
        if (alias == null && aliases != null && index < aliases.items().size()
                && aliases.items().get(index) instanceof Scalar a && !a.isNull() && !a.text().isBlank()) {
            alias = a.text();
        }
        if (address == null) {
            return null;
        }
        try {
            Addresses.HostPort hp = Addresses.parse(address);
            return new MinerEndpoint(hp.host(), hp.port() > 0 ? hp.port() : kind.defaultPort(), alias, kind);
        } catch (Addresses.BadAddress e) {
            return null;
        }
    }

    private static String scalar(MapNode m, String key) {
        return m.entries().stream().filter(e -> e.key().equals(key) && e.value() instanceof Scalar s && !s.isNull())
                .map(e -> ((Scalar) e.value()).text()).findFirst().orElse(null);
    }

    /** The last line of item i: up to the next item, or the end of the list, without trailing comments or blanks. */
    private int lastLineOf(int i) {
        int end = i + 1 < seq.items().size() ? seq.items().get(i + 1).pos().line() - 1 : blockEnd();
        int first = seq.items().get(i).pos().line();
        while (end > first && isBlankOrComment(lines.get(end - 1))) {
            end--;
        }
        return end;
    }

    /** The last 1-based line of the miners block: indented, '-' or comment lines after the key, then trimmed. */
    private int blockEnd() {
        int last = keyLine;
        for (int n = keyLine + 1; n <= lines.size(); n++) {
            String l = lines.get(n - 1);
            if (l.isBlank() || l.stripLeading().startsWith("#")) {
                continue;
            }
            if (l.startsWith(" ") || l.startsWith("\t") || l.startsWith("-")) {
                last = n;
            } else {
                break;
            }
        }
        return last;
    }

    /** Where new entries go: after the last entry; in an empty list, after the comment lines right under the key. */
    private int insertionLine() {
        if (seq != null && !seq.items().isEmpty()) {
            return lastLineOf(seq.items().size() - 1);
        }
        int n = keyLine;
        while (n < lines.size() && lines.get(n).stripLeading().startsWith("#")) {
            n++;
        }
        return n;
    }

    private String indent() {
        if (seq != null && !seq.items().isEmpty()) {
            String first = lines.get(seq.items().get(0).pos().line() - 1);
            int dash = first.indexOf('-');
            if (dash >= 0 && first.substring(0, dash).isBlank()) {
                return first.substring(0, dash);
            }
        }
        return "  ";
    }

    private static List<String> render(MinerEndpoint m, String comment, String indent) {
        String address = m.port() == m.kind().defaultPort() && m.host().indexOf(':') < 0 ? m.host() : m.address();
        String quoted = address.startsWith("[") ? "\"" + address + "\"" : address;
        String note = comment == null ? "" : "   # " + commentText(comment);
        if (m.alias() == null && m.kind() == MinerKind.BITAXE) {
            return List.of(indent + "- " + quoted + note);
        }
        List<String> out = new ArrayList<>();
        out.add(indent + "- address: " + quoted + note);
        String inner = indent + "  ";
        if (m.alias() != null) {
            out.add(inner + "alias: " + yamlString(m.alias()));
        }
        if (m.kind() != MinerKind.BITAXE) {
            out.add(inner + "type: " + m.kind().name().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** A double-quoted YAML string: the alias comes from the user or a device and may hold anything. */
    public static String yamlString(String s) {
        String clean = HostileText.sanitize(s);
        return "\"" + clean.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A comment holds what a device said about itself: only plain characters reach the file. */
    static String commentText(String s) {
        String c = HostileText.sanitize(s).replaceAll("[^A-Za-z0-9 ._:+()/,@-]", "?");
        return c.length() > 100 ? c.substring(0, 100) : c;
    }

    private boolean flow(int line) {
        String l = lines.get(line - 1);
        int colon = l.indexOf(':');
        return colon >= 0 && l.substring(colon + 1).stripLeading().startsWith("[");
    }

    private boolean flowEmpty(int line) {
        return lines.get(line - 1).matches("miners:\\s*\\[\\s*]\\s*(#.*)?");
    }

    private static boolean isBlankOrComment(String l) {
        return l.isBlank() || l.stripLeading().startsWith("#");
    }

    /** The text as read. */
    public String text() {
        return text;
    }
}
