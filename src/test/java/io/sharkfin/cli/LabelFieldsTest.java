package io.sharkfin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What {@code -T fields} and {@code -T ek} print of labels and keys, as tshark 4.0.17 prints them
 * ({@code src/test/resources/cli/README.md} has the commands).
 */
class LabelFieldsTest {
    private static final Path TSHARK = Path.of("src/test/resources/cli");
    private static final Path CAPTURES = Path.of("src/test/resources/corpus/captures");

    // a protocol's value is its label, which Wireshark holds in 240 bytes: frame 142's expert
    // finding quotes a 250-character request line, and is cut and marked " [truncated]"
    @Test
    void aProtocolsLabelIsCutAsTsharkCutsIt() throws Exception {
        CliRun r = CliRun.of("-r", "src/test/resources/dissect/http-files.pcapng", "-T", "fields",
                "-e", "frame.number", "-e", "_ws.expert", "-e", "http");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(TSHARK.resolve("labels-http-files.tsv"), StandardCharsets.UTF_8), r.out());
    }

    // an ek key is the protocol Wireshark registers the field under and the field's name: frame
    // 26's malformed finding is _ws.malformed's, the message of a finding _ws.expert's
    @Test
    void ekKeysAreTsharks() throws Exception {
        for (String capture : List.of("cs-icmp_traceroute.pcapng", "cs-tcp_retransmissions.pcapng")) {
            CliRun r = CliRun.of("-r", CAPTURES.resolve(capture).toString(), "-T", "ek");
            assertEquals(0, r.code(), r.err());
            TreeSet<String> keys = new TreeSet<>();
            ObjectMapper json = new ObjectMapper();
            for (String line : r.out().lines().toList()) {
                JsonNode layers = json.readTree(line).get("layers");
                if (layers != null) {
                    collectKeys(layers, keys);
                }
            }
            List<String> tshark = Files.readAllLines(TSHARK.resolve("ek-keys-" + capture.replaceAll("\\.pcapn?g$", "")
                    + ".txt"), StandardCharsets.UTF_8);
            assertEquals(String.join("\n", tshark), String.join("\n", keys), capture);
        }
    }

    private static void collectKeys(JsonNode node, TreeSet<String> keys) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                keys.add(e.getKey());
                collectKeys(e.getValue(), keys);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectKeys(n, keys));
        }
    }
}
