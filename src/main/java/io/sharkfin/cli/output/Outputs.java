package io.sharkfin.cli.output;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Chooses the {@link FrameOutput} for {@code -T} and checks {@code -e} names. */
public final class Outputs {
    private Outputs() {
    }

    public static FrameOutput create(String format, List<String> fields, List<String> options,
                                     FieldRegistry registry, PrintWriter out) {
        List<FieldDef> defs = resolve(fields, registry);
        return switch (format) {
            case "text" -> text(true, false, false, out);
            case "fields" -> {
                if (defs.isEmpty()) {
                    throw new IllegalArgumentException("-T fields needs at least one -e FIELD");
                }
                yield new FieldsOutput(defs, FieldsOutput.Options.parse(options), out);
            }
            case "json" -> new JsonOutput(defs, false, out);
            case "ek" -> new JsonOutput(defs, true, out);
            default -> throw new IllegalArgumentException(
                    "invalid -T format \"" + format + "\" (text, fields, json, ek)");
        };
    }

    /**
     * {@code -T text}: each frame's summary line, protocol tree ({@code -V}) and bytes
     * ({@code -x}), those asked for, as tshark prints them together.
     */
    public static FrameOutput text(boolean summary, boolean details, boolean hex, PrintWriter out) {
        if (summary && !details && !hex) {
            return new SummaryOutput(out);
        }
        if (details && !summary && !hex) {
            return new DetailsOutput(out, true);
        }
        return new TextOutput(out, summary ? new SummaryOutput(out) : null,
                details ? new DetailsOutput(out, !hex) : null, hex);
    }

    private static final FrameOutput NONE = new FrameOutput() {
        @Override
        public BitSet fields(FieldRegistry registry) {
            return new BitSet();
        }

        @Override
        public void frame(Packet p) {
        }
    };

    /** No per-frame output ({@code -q}); always the same instance. */
    public static FrameOutput none() {
        return NONE;
    }

    static List<FieldDef> resolve(List<String> names, FieldRegistry registry) {
        List<FieldDef> out = new ArrayList<>();
        for (String n : names) {
            FieldDef d = n.startsWith(SummaryColumns.Column.FIELD_PREFIX) ? FieldColumns.definition(n)
                    : registry.lookup(n);
            if (d == null && n.startsWith(SummaryColumns.Column.FIELD_PREFIX)) {
                // tshark takes any _ws.col. name and prints nothing for a title its column
                // preference lacks; sharkfin has only the default columns, so it says so
                throw new IllegalArgumentException("Some fields aren't valid:\n\t" + n
                        + "\nsharkfin's columns are tshark's default ones: " + columnNames());
            }
            if (d == null) {
                // tshark's words, and the nearest names, as a filter's unknown field gets them
                String hint = io.sharkfin.filter.check.NameSuggestions.hint(n);
                throw new IllegalArgumentException("Some fields aren't valid:\n\t" + n + (hint == null ? "" : "\n" + hint));
            }
            out.add(d);
        }
        return out;
    }

    private static String columnNames() {
        return java.util.Arrays.stream(SummaryColumns.Column.values()).map(SummaryColumns.Column::fieldName)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    static BitSet ids(List<FieldDef> defs) {
        BitSet b = new BitSet();
        for (FieldDef d : defs) {
            if (d.dissected()) {
                b.set(d.id());
                if (d.isProtocol()) {
                    // a protocol prints as its tree item's text, which may read its fields
                    labelFields(d.name(), b);
                }
            }
        }
        return b;
    }

    private static void labelFields(String protocol, BitSet ids) {
        Dissector d = Dissectors.standard().byName(protocol);
        if (d != null) {
            for (FieldSpec f : d.labelFields()) {
                if (f.id() >= 0) {
                    ids.set(f.id());
                }
            }
        }
    }
}
