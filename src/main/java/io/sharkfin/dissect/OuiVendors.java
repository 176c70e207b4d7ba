package io.sharkfin.dissect;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The vendors of Ethernet OUIs (the first three octets of a MAC address) as Wireshark 4.0's
 * manuf file names them, which tshark adds as {@code eth.src.oui_resolved} and the like even
 * with {@code -n}. The table ({@code wireshark-oui.tsv.gz}, from {@code src/tools/gen-oui.py}) is
 * read when first asked, ~36,000 entries.
 */
public final class OuiVendors {
    private static final String RESOURCE = "wireshark-oui.tsv.gz";

    private OuiVendors() {
    }

    /** Read on first use: a session that wants no vendor never loads the table. */
    private static final class Table {
        static final int[] OUIS;
        static final String[] NAMES;

        static {
            String text = new String(WiresharkCatalog.readResource(RESOURCE), StandardCharsets.UTF_8);
            String[] lines = text.split("\n");
            int[] ouis = new int[lines.length];
            String[] names = new String[lines.length];
            int n = 0;
            for (String line : lines) {
                int tab = line.indexOf('\t');
                if (tab == 6) {
                    ouis[n] = Integer.parseInt(line, 0, 6, 16);
                    names[n++] = line.substring(7);
                }
            }
            // the file is sorted by OUI, which the binary search needs
            OUIS = Arrays.copyOf(ouis, n);
            NAMES = Arrays.copyOf(names, n);
        }

        private Table() {
        }
    }

    /** The vendor of {@code oui} (24 bits), or null when the manuf file has none. */
    public static String of(int oui) {
        int i = Arrays.binarySearch(Table.OUIS, oui);
        return i >= 0 ? Table.NAMES[i] : null;
    }
}
