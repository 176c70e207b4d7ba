package io.sharkfin.dissect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Wireshark 4.0's catalogue of protocols and fields ({@code tshark -G fields}) and the names of
 * their values ({@code tshark -G values}), as shipped in sharkfin's resources by
 * {@code src/tools/gen-wireshark-catalog.py}.
 *
 * <p>The field list (≈236,000 names) is read only when a filter names something sharkfin does not
 * dissect; it is kept as one byte array with a sorted line index, not as objects. Value names of
 * the protocols sharkfin dissects are in a small table that the first registry's build opens
 * (each value table's rows are read when the table is first used); the others when a filter
 * first needs them.
 */
public final class WiresharkCatalog {

    private static final String FIELDS = "wireshark-fields.tsv.gz";
    private static final String VALUES_CORE = "wireshark-values-core.tsv.gz";
    private static final String VALUES_REST = "wireshark-values-rest.tsv.gz";
    private static final String FIRST_NAMES = "wireshark-first-names.txt";

    /** Protocol aliases Wireshark 4.0 registers with {@code proto_register_alias}. */
    private static final Map<String, String> ALIASES = Map.of(
            "ssl", "tls",
            "bootp", "dhcp",
            "nm", "autosar-nm",
            "104apci", "iec60870_104",
            "104asdu", "iec60870_asdu");

    private static final WiresharkCatalog DEFAULT = new WiresharkCatalog();

    /**
     * The protocols whose value names are in the core table (the list
     * {@code src/tools/gen-wireshark-catalog.py} uses; keep them in step).
     */
    // the protocols sharkfin dissects: the generator writes them as the core table's first line
    private static final String CORE_HEADER = "#!core\t";
    private java.util.Set<String> coreProtocols;

    private java.util.Set<String> firstNames; // first name segments of all names: a quick "no"
    private byte[] text;      // the decompressed field list
    private int[] lineStarts; // line start offsets, sorted by name
    private Map<String, ValueStrings> coreValues;
    private Map<String, ValueStrings> restValues;

    private WiresharkCatalog() {
    }

    /** The catalogue shipped in the jar. */
    public static WiresharkCatalog shipped() {
        return DEFAULT;
    }

    /** A protocol or field by name, with id -1 (the registry assigns ids), or null. */
    public FieldDef lookup(String name) {
        if (!mayExist(name)) {
            return null;
        }
        int line = find(name);
        if (line < 0) {
            return null;
        }
        String[] p = line(line).split("\t", -1);
        if (p[0].equals("P")) {
            return new FieldDef(-1, p[1], p[2], FieldType.PROTOCOL, p[1], "", 0, "", null, false);
        }
        // F name type protocol display bitmask title description
        FieldType type = FieldType.ofWiresharkName(p[2]);
        if (type == null) {
            return null;
        }
        ValueStrings vs = valueStrings(p[1]);
        if (vs == null && type == FieldType.BOOLEAN) {
            vs = ValueStrings.defaultTrueFalse();
        }
        if (vs == null && "BASE_CUSTOM".equals(p[4]) && type.isInteger()) {
            vs = ValueStrings.custom();
        }
        long mask = parseMask(p[5]);
        return new FieldDef(-1, p[1], p[6], type, p[3], p[4], mask, p.length > 7 ? p[7] : "", vs,
                false);
    }

    /** The target of a deprecated protocol alias ({@code ssl.record} → {@code tls.record}), or null. */
    public String resolveAlias(String name) {
        int dot = name.indexOf('.');
        String head = dot < 0 ? name : name.substring(0, dot);
        String target = ALIASES.get(head);
        if (target == null) {
            return null;
        }
        return dot < 0 ? target : target + name.substring(dot);
    }

    /** Whether a protocol name is a deprecated alias. */
    public boolean isAlias(String name) {
        return resolveAlias(name) != null;
    }

    /**
     * Reads the value names of the dissected protocols now (~15 ms), for a program that calls it
     * on another thread while it starts: the first registry waits for them otherwise.
     */
    public synchronized void prepareValueNames() {
        ensureCoreValues();
    }

    /** Whether a protocol's value names are in the core table (by its first name segment). */
    synchronized boolean isCore(String protocol) {
        ensureCoreValues();
        int dot = protocol.indexOf('.');
        return coreProtocols.contains(dot < 0 ? protocol : protocol.substring(0, dot));
    }

    private void ensureCoreValues() {
        if (coreValues != null) {
            return;
        }
        String all = new String(readResource(VALUES_CORE), StandardCharsets.UTF_8);
        if (!all.startsWith(CORE_HEADER)) {
            throw new IllegalStateException(VALUES_CORE + " does not start with its protocol list");
        }
        int eol = all.indexOf('\n');
        coreProtocols = java.util.Set.of(all.substring(CORE_HEADER.length(), eol).split("\t"));
        coreValues = parseValues(all.substring(eol + 1));
    }

    /** The value names Wireshark has for a field, or null. */
    public synchronized ValueStrings valueStrings(String field) {
        return valueStrings(field, null);
    }

    /**
     * The value names of a field of a known protocol. Fields of the protocols sharkfin dissects
     * have theirs in the small core table, so looking them up never loads the big ones.
     */
    public synchronized ValueStrings valueStrings(String field, String protocol) {
        ensureCoreValues();
        ValueStrings vs = coreValues.get(field);
        if (vs != null || (protocol != null && isCore(protocol))) {
            return vs;
        }
        if (restValues == null) {
            // only a field outside the dissected protocols needs the big table
            if (find(field) < 0) {
                return null;
            }
            restValues = loadValues(VALUES_REST);
        }
        return restValues.get(field);
    }

    /** Every name in the catalogue, protocols and fields, sorted. */
    public Stream<String> names() {
        ensureFields();
        return IntStream.range(0, lineStarts.length).mapToObj(i -> nameAt(lineStarts[i]));
    }

    /**
     * Whether the catalogue may hold a name: its first segment must be the first segment of some
     * name. Filters look up every word of their right-hand sides ("80", "10.0.0.5" are names to
     * Wireshark until proven otherwise); this answers "no" without reading the big list.
     */
    private synchronized boolean mayExist(String name) {
        int dot = name.indexOf('.');
        return firstSegments().contains(dot < 0 ? name : name.substring(0, dot));
    }

    /** The first segments of all names (protocols, and the heads of their fields' names). */
    public synchronized java.util.Set<String> firstSegments() {
        if (firstNames == null) {
            java.util.Set<String> s = new java.util.HashSet<>(4096);
            try (InputStream in = WiresharkCatalog.class.getResourceAsStream(FIRST_NAMES)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + FIRST_NAMES + " is missing from the jar");
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isEmpty()) {
                        s.add(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            firstNames = java.util.Collections.unmodifiableSet(s);
        }
        return firstNames;
    }

    /** The names whose first segment is {@code first}: it, and every {@code first.…}, sorted. */
    public List<String> namesUnder(String first) {
        ensureFields();
        List<String> out = new ArrayList<>();
        byte[] key = first.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = lineStarts.length;
        while (lo < hi) { // the first line not before the key
            int mid = (lo + hi) >>> 1;
            if (compareName(lineStarts[mid], key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        String prefix = first + ".";
        // "first-x" sorts between "first" and "first.…" ('-' before '.'): skipped, not an end
        for (int i = lo; i < lineStarts.length; i++) {
            String name = nameAt(lineStarts[i]);
            if (name.equals(first) || name.startsWith(prefix)) {
                out.add(name);
            } else if (name.compareTo(prefix) > 0) {
                break;
            }
        }
        return out;
    }

    private int find(String name) {
        ensureFields();
        byte[] key = name.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareName(lineStarts[mid], key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return lineStarts[mid];
            }
        }
        return -1;
    }

    private synchronized void ensureFields() {
        if (text != null) {
            return;
        }
        // the generator writes the lines sorted by name, so the index is built in one scan
        byte[] t = readResource(FIELDS);
        int[] starts = new int[1 << 18];
        int n = 0;
        int i = 0;
        while (i < t.length) {
            int end = i;
            while (end < t.length && t[end] != '\n') {
                end++;
            }
            if (end > i && t[i] != '#') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i;
            }
            i = end + 1;
        }
        text = t;
        lineStarts = Arrays.copyOf(starts, n);
    }

    private int nameStart(int line) {
        return line + 2; // "P\t" or "F\t"
    }

    private int nameEnd(int line) {
        int j = nameStart(line);
        while (j < text.length && text[j] != '\t' && text[j] != '\n') {
            j++;
        }
        return j;
    }

    private String nameAt(int line) {
        int s = nameStart(line);
        return new String(text, s, nameEnd(line) - s, StandardCharsets.UTF_8);
    }

    private int compareName(int line, byte[] key) {
        return Arrays.compareUnsigned(text, nameStart(line), nameEnd(line), key, 0, key.length);
    }

    private String line(int start) {
        int end = start;
        while (end < text.length && text[end] != '\n') {
            end++;
        }
        return new String(text, start, end - start, StandardCharsets.UTF_8);
    }

    private static long parseMask(String s) {
        try {
            return s.startsWith("0x") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Map<String, ValueStrings> loadValues(String resource) {
        return parseValues(new String(readResource(resource), StandardCharsets.UTF_8));
    }

    /**
     * The tables of a values file: a {@code #} line names the fields that share the table of the
     * rows below it. Only the lines starting a table are read now; each table's rows are read
     * when the table is first used ({@link ValueStrings#deferred}). A field named again later
     * takes the later table; a table without rows is none.
     */
    static Map<String, ValueStrings> parseValues(String all) {
        Map<String, ValueStrings> out = new HashMap<>();
        int at = 0;
        while (at < all.length()) {
            int eol = lineEnd(all, at);
            if (all.charAt(at) == '#') {
                int rows = eol + 1;
                int end = rows;
                while (end < all.length() && all.charAt(end) != '#') {
                    end = lineEnd(all, end) + 1;
                }
                end = Math.min(end, all.length());
                if (hasRow(all, rows, end)) {
                    int from = rows;
                    int to = end;
                    ValueStrings vs = ValueStrings.deferred(() -> table(all, from, to));
                    for (String f : all.substring(at + 1, eol).split("\t")) {
                        out.put(f, vs);
                    }
                }
                at = end;
            } else {
                at = eol + 1;
            }
        }
        return out;
    }

    private static boolean hasRow(String all, int from, int to) {
        for (int i = from; i < to; i++) {
            if (all.charAt(i) != '\n') {
                return true;
            }
        }
        return false;
    }

    private static int lineEnd(String all, int from) {
        int eol = all.indexOf('\n', from);
        return eol < 0 ? all.length() : eol;
    }

    /** The table of the rows in {@code all[from, to)}. */
    private static ValueStrings table(String all, int from, int to) {
        List<String[]> rows = new ArrayList<>();
        for (String line : all.substring(from, to).split("\n")) {
            if (!line.isEmpty()) {
                rows.add(line.split("\t", -1));
            }
        }
        String kind = rows.get(0)[0];
        if (kind.equals("T")) {
            String[] r = rows.get(0);
            return ValueStrings.trueFalse(r[1], r.length > 2 ? r[2] : "");
        }
        int n = rows.size();
        long[] lo = new long[n];
        long[] hi = new long[n];
        String[] names = new String[n];
        boolean ranges = false;
        for (int i = 0; i < n; i++) {
            String[] r = rows.get(i);
            if (r[0].equals("R")) {
                ranges = true;
                lo[i] = parseNumber(r[1]);
                hi[i] = parseNumber(r[2]);
                names[i] = r.length > 3 ? r[3] : "";
            } else {
                lo[i] = parseNumber(r[1]);
                hi[i] = lo[i];
                names[i] = r.length > 2 ? r[2] : "";
            }
        }
        return ranges ? ValueStrings.ranges(lo, hi, names) : ValueStrings.values(lo, names);
    }

    private static long parseNumber(String s) {
        s = s.trim();
        try {
            if (s.startsWith("0x") || s.startsWith("0X")) {
                return Long.parseUnsignedLong(s.substring(2), 16);
            }
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static byte[] readResource(String name) {
        try (InputStream raw = WiresharkCatalog.class.getResourceAsStream(name)) {
            if (raw == null) {
                throw new IllegalStateException("resource " + name + " is missing from the jar");
            }
            try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                in.transferTo(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
