package io.sharkfin.dissect;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The names Wireshark 4.0 gives ASN.1 object identifiers ({@code 2.5.4.3} is
 * {@code id-at-commonName}), which its tree shows beside an OID and X.509's items build
 * distinguished names from. The table ({@code wireshark-oids.tsv.gz}, ~1,550 OIDs from the
 * dissectors' registrations: {@code src/tools/gen-oids.py}) is read when first asked.
 */
public final class OidNames {
    private static final String RESOURCE = "wireshark-oids.tsv.gz";

    private OidNames() {
    }

    /** Read on first use: a session that shows no OID never loads the table. */
    private static final class Table {
        static final Map<String, String> NAMES = new HashMap<>();

        static {
            String text = new String(WiresharkCatalog.readResource(RESOURCE), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    NAMES.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }

        private Table() {
        }
    }

    /**
     * An OID in dotted form as oids.c's {@code oid_resolved} words it: its own name, else the name
     * of its nearest named ancestor followed by the remaining arcs ({@code iso.3.6.1.4.1.99}), else
     * the OID itself.
     */
    public static String resolve(String oid) {
        String prefix = oid;
        while (true) {
            String name = Table.NAMES.get(prefix);
            if (name != null) {
                return prefix.length() == oid.length() ? name : name + oid.substring(prefix.length());
            }
            int dot = prefix.lastIndexOf('.');
            if (dot < 0) {
                return oid;
            }
            prefix = prefix.substring(0, dot);
        }
    }
}
