package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.Packet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The Certificate Transparency logs Wireshark 4.0 names in a Signed Certificate Timestamp's
 * subtree, by log ID (packet-tls-utils.c's {@code ct_logids}; {@code ct-logs.tsv} is written from
 * it by {@code src/tools/gen-ct-logs.py}). Read when the first SCT is drawn.
 */
final class CtLogs {
    private static final String RESOURCE = "ct-logs.tsv";

    private CtLogs() {
    }

    private static final class Table {
        static final Map<String, String> NAMES = load();

        private static Map<String, String> load() {
            try (InputStream in = CtLogs.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                Map<String, String> names = new HashMap<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    int tab = line.indexOf('\t');
                    if (tab == 64) {
                        // bytesval_to_str takes the first entry with the ID
                        names.putIfAbsent(line.substring(0, 64), line.substring(65));
                    }
                }
                return names;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Table() {
        }
    }

    /** The name of the log whose 32-byte ID is at {@code off} of buffer {@code buf}, or "Unknown Log". */
    static String name(Packet p, int buf, int off) {
        String id = HexFormat.of().formatHex(p.copy(buf, off, 32));
        return Table.NAMES.getOrDefault(id, "Unknown Log");
    }
}
