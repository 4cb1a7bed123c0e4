package io.github.bitaxemonitor.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A YAML document read into nodes that remember where they start. Jackson's own tree forgets locations, and every
 * config error must name its line and column, so the streaming parser is walked here instead. Duplicate keys are kept
 * (in order) so the reader can report them rather than silently keep the last one.
 */
final class YamlTree {
    private static final YAMLFactory YAML = new YAMLFactory();

    /** Where a node starts: 1-based line and column. */
    record Pos(int line, int column) {
        static Pos of(JsonLocation l) {
            return new Pos(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
        }
    }

    sealed interface Node permits Scalar, Seq, MapNode {
        Pos pos();
    }

    /** A plain value; {@code text} is null only for YAML null (an empty value or {@code ~}). */
    record Scalar(JsonToken token, String text, Pos pos) implements Node {
        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }

        boolean isNumber() {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        }
    }

    record Seq(List<Node> items, Pos pos) implements Node {
    }

    record Entry(String key, Pos keyPos, Node value) {
    }

    record MapNode(List<Entry> entries, Pos pos) implements Node {
    }

    /** The document could not be read as YAML at all. */
    static final class SyntaxError extends Exception {
        final Pos pos;

        SyntaxError(Pos pos, String message) {
            super(message);
            this.pos = pos;
        }
    }

    private YamlTree() {
    }

    /** Parses one document; an empty document is an empty mapping. */
    static Node parse(String text) throws SyntaxError {
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new MapNode(List.of(), new Pos(1, 1));
            }
            Node root = read(p);
            if (p.nextToken() != null) {
                throw new SyntaxError(Pos.of(p.currentTokenLocation()), "only one YAML document is allowed");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new SyntaxError(new Pos(1, 1), String.valueOf(e.getMessage()));
        }
    }

    private static Node read(JsonParser p) throws IOException {
        Pos pos = Pos.of(p.currentTokenLocation());
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            List<Entry> entries = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                Pos keyPos = Pos.of(p.currentTokenLocation());
                p.nextToken();
                entries.add(new Entry(key, keyPos, read(p)));
            }
            return new MapNode(entries, pos);
        }
        if (t == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(p));
            }
            return new Seq(items, pos);
        }
        return new Scalar(t, t == JsonToken.VALUE_NULL ? null : p.getText(), pos);
    }

    /** SnakeYAML's own message spans several lines with a code excerpt; the problem and its mark are what matter. */
    private static SyntaxError syntaxError(JsonProcessingException e) {
        Throwable c = e.getCause();
        if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
            return new SyntaxError(new Pos(m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1),
                    m.getProblem());
        }
        JsonLocation l = e.getLocation();
        String msg = e.getOriginalMessage();
        int nl = msg == null ? -1 : msg.indexOf('\n');
        return new SyntaxError(l == null ? new Pos(1, 1) : Pos.of(l), nl < 0 ? msg : msg.substring(0, nl));
    }
}
