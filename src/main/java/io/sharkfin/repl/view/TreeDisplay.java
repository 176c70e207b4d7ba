package io.sharkfin.repl.view;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How tshark's protocol tree shows a field's items: hidden (left out of {@code -V}: the
 * {@code ip.addr}, {@code tcp.port} and {@code eth.addr_resolved} kind, there for filters) or
 * generated (drawn in brackets: {@code [Stream index: 0]}). A dissector decides both when it adds
 * an item, so they are not in Wireshark's field catalogue; {@code src/tools/gen-tree-display.py}
 * reads them from tshark's own output over the shared captures into {@code tree-display.tsv}.
 * Fields it never saw, or saw both ways, are shown plainly. Read on first use: only trees need it.
 */
enum TreeDisplay {
    PLAIN,
    HIDDEN,
    GENERATED;

    private static final class Table {
        static final Map<String, TreeDisplay> BY_NAME = read();

        private static Map<String, TreeDisplay> read() {
            Map<String, TreeDisplay> m = new HashMap<>();
            try (InputStream in = TreeDisplay.class.getResourceAsStream("tree-display.tsv")) {
                if (in == null) {
                    return m;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    int tab = line.indexOf('\t');
                    if (line.startsWith("#") || tab < 0) {
                        continue;
                    }
                    m.put(line.substring(0, tab), line.endsWith("\tH") ? HIDDEN : GENERATED);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return m;
        }
    }

    /** How tshark shows the items of the field named {@code name}. */
    static TreeDisplay of(String name) {
        return Table.BY_NAME.getOrDefault(name, PLAIN);
    }
}
