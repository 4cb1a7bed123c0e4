package io.github.bitaxemonitor.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** tools/grafana/bitaxe-fleet.json as the tests read it: its PromQL, with Grafana's variables filled in. */
final class GrafanaDashboard {
    static final Path FILE = Path.of("tools", "grafana", "bitaxe-fleet.json");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.+),\\s*([a-z_]+)\\)");
    private static final Pattern NAME = Pattern.compile("\\bbitaxe_[a-z0-9_]+");

    private final JsonNode root;

    private GrafanaDashboard(JsonNode root) {
        this.root = root;
    }

    static GrafanaDashboard load() throws IOException {
        return new GrafanaDashboard(new ObjectMapper().readTree(FILE.toFile()));
    }

    JsonNode root() {
        return root;
    }

    /**
     * Every query as PromQL a server can run: "All" for each variable, a 1m rate interval, and Grafana's
     * {@code label_values(series, label)} as the {@code group by (label) (series)} it stands for.
     */
    List<String> queries() {
        List<String> out = new ArrayList<>();
        for (String raw : rawQueries()) {
            String q = raw.replace("$__rate_interval", "1m").replace("$collector", ".*").replace("$miner", ".*");
            Matcher lv = LABEL_VALUES.matcher(q);
            out.add(lv.matches() ? "group by (" + lv.group(2) + ") (" + lv.group(1) + ")" : q);
        }
        return out;
    }

    /** Panel queries and template-variable queries as written. */
    List<String> rawQueries() {
        List<String> out = new ArrayList<>();
        root.findValues("expr").forEach(e -> out.add(e.asText()));
        for (JsonNode v : root.path("templating").path("list")) {
            if (v.path("query").has("query")) {
                out.add(v.path("query").path("query").asText());
            }
        }
        return out;
    }

    /** The metric names the dashboard asks for, as written (histograms with their _bucket suffix). */
    Set<String> metricNames() {
        Set<String> names = new TreeSet<>();
        for (String q : rawQueries()) {
            Matcher m = NAME.matcher(q);
            while (m.find()) {
                names.add(m.group());
            }
        }
        return names;
    }
}
