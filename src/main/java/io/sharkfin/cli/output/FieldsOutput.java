package io.sharkfin.cli.output;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TextItems;
import io.sharkfin.dissect.protocol.FrameDissector;
import io.sharkfin.repl.view.ProtocolTree;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * {@code -T fields}: one line per frame with the values of the {@code -e} fields, formatted as
 * tshark prints them, shaped by tshark's {@code -E} options.
 */
final class FieldsOutput implements FrameOutput {

    /** tshark's {@code -E} options. */
    record Options(boolean bom, boolean header, String separator, char occurrence, String aggregator, char quote) {

        static Options parse(List<String> opts) {
            boolean bom = false;
            boolean header = false;
            String separator = "\t";
            char occurrence = 'a';
            String aggregator = ",";
            char quote = 'n';
            for (String o : opts) {
                int eq = o.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("invalid -E option \"" + o + "\" (want NAME=VALUE)");
                }
                String k = o.substring(0, eq);
                String v = o.substring(eq + 1);
                switch (k) {
                    case "bom" -> bom = yes(v, o);
                    case "header" -> header = yes(v, o);
                    case "separator" -> separator = special(v);
                    case "occurrence" -> {
                        if (v.length() != 1 || "fla".indexOf(v.charAt(0)) < 0) {
                            throw new IllegalArgumentException("-E occurrence takes f, l or a, not \"" + v + "\"");
                        }
                        occurrence = v.charAt(0);
                    }
                    case "aggregator" -> aggregator = special(v);
                    case "quote" -> {
                        if (v.length() != 1 || "dsn".indexOf(v.charAt(0)) < 0) {
                            throw new IllegalArgumentException("-E quote takes d, s or n, not \"" + v + "\"");
                        }
                        quote = v.charAt(0);
                    }
                    // tshark 4.0 knows no "escape" (4.2 does): it always escapes, and so does sharkfin
                    default -> throw new IllegalArgumentException("invalid -E option \"" + k
                            + "\" (bom, header, separator, occurrence, aggregator, quote)");
                }
            }
            return new Options(bom, header, separator, occurrence, aggregator, quote);
        }

        /** The character {@code quote} puts around each value, or 0 for none. */
        char quoteChar() {
            return quote == 'd' ? '"' : quote == 's' ? '\'' : 0;
        }

        private static boolean yes(String v, String o) {
            return switch (v) {
                case "y" -> true;
                case "n" -> false;
                default -> throw new IllegalArgumentException("-E " + o + ": want y or n");
            };
        }

        /** tshark's {@code /t} (tab) and {@code /s} (space); anything else as written. */
        private static String special(String v) {
            return switch (v) {
                case "/t" -> "\t";
                case "/s" -> " ";
                default -> v;
            };
        }
    }

    private final List<FieldDef> fields;
    /**
     * Per field: its values cannot hold the characters tshark escapes (numbers, addresses,
     * times, bytes in hex), so they go straight to the line; strings and protocol labels can.
     */
    private final boolean[] plain;
    /** Per field: how {@link FrameDissector#appendRecordField} prints it, or null. */
    private final FrameDissector.RecordField[] fromRecord;
    private final FieldColumns columns;
    private final Options options;
    /** Lines are handed to the writer in blocks of about this many characters. */
    private static final int BLOCK = 8192;
    private static final String NEWLINE = System.lineSeparator();

    private final PrintWriter out;
    // the lines not yet written: a String and two locked writes per line were most of the
    // output's cost (11 % of a run printing 500,000 frame numbers; 3 % in blocks)
    private final StringBuilder pending = new StringBuilder(2 * BLOCK);
    private final StringBuilder value = new StringBuilder(64);
    private char[] chars = new char[2 * BLOCK];

    FieldsOutput(List<FieldDef> fields, Options options, PrintWriter out) {
        this.fields = fields;
        this.plain = new boolean[fields.size()];
        for (int i = 0; i < plain.length; i++) {
            FieldType type = fields.get(i).type();
            plain[i] = !type.isString() && type != FieldType.PROTOCOL;
        }
        this.fromRecord = fields.stream().map(f -> f.dissected() ? FrameDissector.RecordField.of(f.id()) : null)
                .toArray(FrameDissector.RecordField[]::new);
        this.columns = new FieldColumns(fields);
        this.options = options;
        this.out = out;
    }

    @Override
    public BitSet fields(FieldRegistry registry) {
        BitSet ids = Outputs.ids(fields);
        columns.addFields(registry, ids);
        return ids;
    }

    @Override
    public void skipped(Packet p) {
        columns.observe(p);
    }

    @Override
    public boolean followsSkipped() {
        return columns.any();
    }

    @Override
    public void begin() {
        if (options.bom()) {
            out.print('\uFEFF'); // the UTF-8 byte order mark, EF BB BF, as tshark writes it
        }
        if (options.header()) {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.print(options.separator());
                }
                out.print(fields.get(i).name());
            }
            out.println();
        }
    }

    @Override
    public void frame(Packet p) {
        SummaryColumns.Row row = columns.row(p);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                pending.append(options.separator());
            }
            SummaryColumns.Column column = columns.at(i);
            if (column != null) {
                columnCell(column.text(row));
            } else {
                cell(p, fields.get(i), plain[i]);
            }
        }
        pending.append(NEWLINE);
        if (pending.length() >= BLOCK) {
            flush();
        }
    }

    @Override
    public boolean printsFromRecord() {
        return !Arrays.asList(fromRecord).contains(null);
    }

    @Override
    public void frame(Frame frame, Session session) {
        // one value per field (a record field occurs once), a number or time: nothing to escape
        char q = options.quoteChar();
        for (int i = 0; i < fromRecord.length; i++) {
            if (i > 0) {
                pending.append(options.separator());
            }
            int at = pending.length();
            if (q != 0) {
                pending.append(q);
            }
            if (!FrameDissector.appendRecordField(fromRecord[i], frame, session, pending)) {
                pending.setLength(at);
            } else if (q != 0) {
                pending.append(q);
            }
        }
        pending.append(NEWLINE);
        if (pending.length() >= BLOCK) {
            flush();
        }
    }

    @Override
    public void flush() {
        int n = pending.length();
        if (n > 0) {
            // through an array: PrintWriter.append would copy the lines into a String first
            if (chars.length < n) {
                chars = new char[n];
            }
            pending.getChars(0, n, chars, 0);
            out.write(chars, 0, n);
            pending.setLength(0);
        }
    }

    @Override
    public void end() {
        flush();
    }

    /** A column's text: one value, whatever the occurrence asked for, as in tshark. */
    private void columnCell(String text) {
        char q = options.quoteChar();
        if (q != 0) {
            pending.append(q);
        }
        FieldText.appendEscaped(text, pending);
        if (q != 0) {
            pending.append(q);
        }
    }

    private void cell(Packet p, FieldDef def, boolean plain) {
        if (!def.dissected()) {
            return;
        }
        // text items print in the tree's order, every other field in the order it was added
        int[] tree = def.id() == TextItems.FIELD.id() ? textItems(p) : null;
        int first = tree == null ? p.first(def.id()) : tree.length > 0 ? tree[0] : -1;
        if (first < 0) {
            return;
        }
        char q = options.quoteChar();
        if (q != 0) {
            pending.append(q);
        }
        switch (options.occurrence()) {
            case 'f' -> append(p, first, plain);
            case 'l' -> append(p, tree == null ? p.last(def.id()) : tree[tree.length - 1], plain);
            default -> {
                if (tree == null) {
                    for (int e = first; e >= 0; e = p.next(e)) {
                        if (e != first) {
                            pending.append(options.aggregator());
                        }
                        append(p, e, plain);
                    }
                } else {
                    for (int i = 0; i < tree.length; i++) {
                        if (i > 0) {
                            pending.append(options.aggregator());
                        }
                        append(p, tree[i], plain);
                    }
                }
            }
        }
        if (q != 0) {
            pending.append(q);
        }
    }

    /**
     * {@code -e text}: the frame's text items in the tree's order, which tshark's walk of the
     * tree follows (a TCP option's note before the segment's timestamps, though added after them).
     */
    private static int[] textItems(Packet p) {
        return ProtocolTree.layout(p, false).stream().mapToInt(ProtocolTree.Node::entry)
                .filter(e -> p.field(e) == TextItems.FIELD.id()).toArray();
    }

    private void append(Packet p, int e, boolean plain) {
        if (p.field(e) == TextItems.FIELD.id()) {
            // a text item's value is its text, as the tree words it (without brackets)
            FieldText.appendEscaped(ProtocolTree.text(p, e), pending);
            return;
        }
        if (plain) {
            FieldFormat.append(p, e, pending);
            return;
        }
        value.setLength(0);
        FieldFormat.append(p, e, value);
        FieldText.appendEscaped(value, pending);
    }
}
