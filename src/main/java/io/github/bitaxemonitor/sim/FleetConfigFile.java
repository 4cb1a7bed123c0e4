package io.github.bitaxemonitor.sim;

import io.github.bitaxemonitor.model.MinerEndpoint;
import io.github.bitaxemonitor.model.MinerKind;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/** Writes a monitor config.yaml that polls a simulated fleet (keys as the monitor's config defines them). */
public final class FleetConfigFile {
    public static final int POLL_INTERVAL_S = 5;
    public static final int TIMEOUT_S = 2;
    public static final String CSV_PATH = "data/metrics.csv";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private FleetConfigFile() {
    }

    /**
     * The YAML text: a comment line, then miners (address + alias, and {@code type: cgminer} for CGMiner-API ones),
     * poll_interval, timeout, csv_path.
     */
    public static String render(List<MinerEndpoint> endpoints) {
        ObjectNode root = YAML.createObjectNode();
        ArrayNode miners = root.putArray("miners");
        for (MinerEndpoint e : endpoints) {
            ObjectNode m = miners.addObject().put("address", e.address()).put("alias", e.alias());
            if (e.kind() != MinerKind.BITAXE) {
                m.put("type", e.kind().name().toLowerCase(Locale.ROOT));
            }
        }
        root.put("poll_interval", POLL_INTERVAL_S);
        root.put("timeout", TIMEOUT_S);
        root.put("csv_path", CSV_PATH);
        try {
            return "# Written by 'simulate' for its fleet on loopback; valid while that simulator runs.\n"
                    + YAML.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException("rendering YAML in memory cannot fail", e);
        }
    }

    /** Creates {@code file} (and missing parent directories); never overwrites an existing file. */
    public static void write(Path file, List<MinerEndpoint> endpoints) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, render(endpoints).getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }
}
