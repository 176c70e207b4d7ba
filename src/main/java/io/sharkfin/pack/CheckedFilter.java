package io.sharkfin.pack;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.check.Checker;
import io.sharkfin.filter.check.Typed;
import io.sharkfin.filter.parse.FilterParser;
import io.sharkfin.filter.parse.MacroTable;
import io.sharkfin.filter.parse.ParsedFilter;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A filter after the semantic check and before optimization: the tree rule generators translate
 * (the optimizer folds tests of fields sharkfin does not dissect to {@code false}, which a
 * translation must not), and every field it names.
 *
 * @param root null for an empty filter
 */
public record CheckedFilter(String text, String expandedText, Typed.Test root, List<FieldDef> fields) {
    public CheckedFilter {
        fields = List.copyOf(fields);
    }

    /** Parses and checks a filter against the standard registry. */
    public static CheckedFilter of(String text, MacroTable macros) throws FilterException {
        ParsedFilter parsed = FilterParser.parse(text, FieldRegistry.standard(), macros);
        if (parsed.root() == null) {
            return new CheckedFilter(text, parsed.expandedText(), null, List.of());
        }
        Typed.Test root = Checker.check(parsed.root(), parsed.expandedText()).root();
        Set<FieldDef> fields = new LinkedHashSet<>();
        collect(root, fields);
        return new CheckedFilter(text, parsed.expandedText(), root, List.copyOf(fields));
    }

    /** The names of the fields it reads that sharkfin does not dissect (yet). */
    public List<String> undissected() {
        return fields.stream().filter(f -> !f.dissected()).map(FieldDef::name).toList();
    }

    private static void collect(Typed.Test t, Set<FieldDef> out) {
        switch (t) {
            case Typed.And a -> { collect(a.left(), out); collect(a.right(), out); }
            case Typed.Or o -> { collect(o.left(), out); collect(o.right(), out); }
            case Typed.Not n -> collect(n.operand(), out);
            case Typed.Exists e -> out.add(e.field().def());
            case Typed.Compare c -> { collect(c.left(), out); collect(c.right(), out); }
            case Typed.Contains c -> { collect(c.left(), out); collect(c.right(), out); }
            case Typed.Matches m -> collect(m.left(), out);
            case Typed.In in -> {
                collect(in.left(), out);
                for (Typed.Element e : in.elements()) {
                    collect(e.low(), out);
                    if (e.high() != null) {
                        collect(e.high(), out);
                    }
                }
            }
            case Typed.NotZero n -> collect(n.value(), out);
            case Typed.Fixed f -> { }
        }
    }

    private static void collect(Typed.Value v, Set<FieldDef> out) {
        switch (v) {
            case Typed.Field f -> out.add(f.def());
            case Typed.Reference r -> out.add(r.def());
            case Typed.Constant c -> { }
            case Typed.Slice s -> collect(s.base(), out);
            case Typed.Call c -> c.args().forEach(a -> collect(a, out));
            case Typed.Arith a -> {
                collect(a.left(), out);
                if (a.right() != null) {
                    collect(a.right(), out);
                }
            }
        }
    }
}
