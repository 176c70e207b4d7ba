package io.sharkfin.repl.view;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.filter.CompileOptions;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterBank;
import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.parse.FilterParser;
import io.sharkfin.filter.parse.ParsedFilter;
import io.sharkfin.repl.view.SubExpressions.Kind;
import io.sharkfin.repl.view.SubExpressions.Part;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Why a filter matches nothing, or too much: each sub-expression of the filter is compiled on its
 * own and all of them are counted in one pass over the capture, so the report shows how many
 * frames each part matches alone and which part removed the frames. For a part that matches
 * nothing it adds whether its fields occur at all, and the values they do take.
 */
public final class WhyAnalysis {

    /** Distinct values remembered per field while counting (enough to show a handful). */
    private static final int VALUE_LIMIT = 1000;
    private static final int VALUES_SHOWN = 5;

    private final CompileOptions options;
    private final FieldRegistry registry;

    public WhyAnalysis(CompileOptions options) {
        this.options = options;
        this.registry = options.registry();
    }

    /** A part of the filter and what it matched alone (-1: it does not compile on its own). */
    private static final class Counted {
        final Part part;
        final Filter filter;
        final List<Counted> children = new ArrayList<>();
        long count;

        Counted(Part part, Filter filter) {
            this.part = part;
            this.filter = filter;
            this.count = filter == null ? -1 : 0;
        }
    }

    /**
     * Analyses {@code text} over the capture read by {@code reader}.
     *
     * @return the report's lines
     * @throws FilterException when the whole filter does not compile
     */
    public List<String> analyse(String text, CaptureReader reader, BooleanSupplier stop)
            throws FilterException, IOException {
        Filter whole = Filter.compile(text, options);
        ParsedFilter parsed = FilterParser.parse(text, registry, options.macros());
        if (parsed.root() == null) {
            return List.of("An empty filter matches every frame.");
        }
        List<Counted> all = new ArrayList<>();
        Counted root = build(SubExpressions.of(parsed.root(), parsed.expandedText()), all);
        Map<String, FieldStats> fields = fieldStats(all);
        BitSet stats = whole.fields();
        for (FieldStats f : fields.values()) {
            stats.set(f.def.id());
        }
        // each part counted as it would select alone (frame.time_delta_displayed from its own matches)
        List<Counted> compiled = all.stream().filter(c -> c.filter != null).toList();
        FilterBank bank = new FilterBank(compiled.stream().map(c -> c.filter).toList(), null, stats, false);
        long frames = 0;
        try (reader) {
            Frame frame = new Frame();
            while (!stop.getAsBoolean() && reader.next(frame)) {
                frames++;
                bank.next(frame);
                for (int i = 0; i < compiled.size(); i++) {
                    if (bank.test(i)) {
                        compiled.get(i).count++;
                    }
                }
                for (FieldStats f : fields.values()) {
                    f.add(bank.shared());
                }
            }
        } catch (CaptureException e) {
            // the frames before the damage are counted
        }
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%9s %8s  %s", "frames", "share", "sub-expression (each counted alone, over " + frames + " frames)"));
        tree(root, "", "", frames, out);
        out.add("");
        verdict(root, frames, fields, out);
        return out;
    }

    private Counted build(Part part, List<Counted> all) {
        Filter f;
        try {
            f = Filter.compile(part.text(), options);
        } catch (FilterException | RuntimeException e) {
            f = null;
        }
        Counted c = new Counted(part, f);
        all.add(c);
        for (Part child : part.children()) {
            c.children.add(build(child, all));
        }
        return c;
    }

    /** Presence and values of the fields the leaves compare, to explain a leaf matching nothing. */
    private Map<String, FieldStats> fieldStats(List<Counted> all) {
        Map<String, FieldStats> out = new LinkedHashMap<>();
        for (Counted c : all) {
            if (c.part.kind() != Kind.TEST || c.filter == null) {
                continue;
            }
            for (String name : c.filter.fieldNames(registry)) {
                FieldDef d = registry.lookup(name);
                if (d != null && d.dissected() && !out.containsKey(name)) {
                    out.put(name, new FieldStats(d));
                }
            }
        }
        return out;
    }

    private static void tree(Counted c, String lead, String childLead, long frames, List<String> out) {
        String count = c.count < 0 ? "n/a" : Long.toString(c.count);
        String share = c.count < 0 ? "" : share(c.count, frames);
        out.add(String.format(Locale.ROOT, "%9s %8s  %s%s", count, share, lead, c.part.text()));
        for (int i = 0; i < c.children.size(); i++) {
            boolean last = i == c.children.size() - 1;
            tree(c.children.get(i), childLead + (last ? "└─ " : "├─ "), childLead + (last ? "   " : "│  "),
                    frames, out);
        }
    }

    private void verdict(Counted root, long frames, Map<String, FieldStats> fields, List<String> out) {
        if (root.count == 0) {
            out.add("The filter matches no frame. What removed them:");
            culprits(root, frames, fields, out);
            return;
        }
        out.add("The filter matches " + root.count + " of " + frames + " frames (" + share(root.count, frames) + ").");
        List<Counted> leaves = new ArrayList<>();
        leaves(root, leaves);
        leaves.stream().filter(c -> c.count >= 0).max(Comparator.comparingLong(c -> c.count)).ifPresent(c ->
                out.add("Broadest part: " + c.part.text() + " matches " + c.count + " frames ("
                        + share(c.count, frames) + ") alone."));
        if (root.part.kind() == Kind.OR) {
            root.children.stream().filter(c -> c.count >= 0).max(Comparator.comparingLong(c -> c.count))
                    .ifPresent(c -> out.add("Of the alternatives, " + c.part.text() + " brings the most frames ("
                            + c.count + ")."));
        }
        if (root.part.kind() == Kind.AND) {
            root.children.stream().filter(c -> c.count >= 0).min(Comparator.comparingLong(c -> c.count))
                    .ifPresent(c -> out.add("The narrowest condition is " + c.part.text() + " (" + c.count
                            + " frames alone); tighten the others to select fewer."));
        }
    }

    private static void leaves(Counted c, List<Counted> out) {
        if (c.children.isEmpty()) {
            out.add(c);
        }
        for (Counted child : c.children) {
            leaves(child, out);
        }
    }

    /** Explains a part that matches nothing, descending to the parts responsible. */
    private void culprits(Counted c, long frames, Map<String, FieldStats> fields, List<String> out) {
        switch (c.part.kind()) {
            case AND -> {
                List<Counted> empty = c.children.stream().filter(x -> x.count == 0).toList();
                if (!empty.isEmpty()) {
                    for (Counted x : empty) {
                        culprits(x, frames, fields, out);
                    }
                } else {
                    Counted a = c.children.get(0);
                    Counted b = c.children.get(1);
                    out.add("  • " + a.part.text() + " (" + a.count + " frames) and " + b.part.text() + " ("
                            + b.count + " frames) each match alone, but never in the same frame: \"&&\" removes them all.");
                }
            }
            case OR -> {
                for (Counted x : c.children) {
                    culprits(x, frames, fields, out);
                }
            }
            case NOT -> {
                Counted inner = c.children.get(0);
                out.add("  • " + inner.part.text() + " matches every frame (" + inner.count + " of " + frames
                        + "), so " + c.part.text() + " matches none.");
            }
            case TEST -> leaf(c, fields, out);
        }
    }

    private void leaf(Counted c, Map<String, FieldStats> fields, List<String> out) {
        if (c.filter == null) {
            out.add("  • " + c.part.text() + " (could not be counted alone)");
            return;
        }
        out.add("  • " + c.part.text() + " matches no frame.");
        for (String name : c.filter.fieldNames(registry)) {
            FieldStats f = fields.get(name);
            if (f == null) {
                continue;
            }
            if (f.frames == 0) {
                out.add("      " + name + " never occurs in this capture.");
            } else {
                out.add("      " + name + " occurs in " + f.frames + " frames; values seen: " + f.topValues() + ".");
            }
        }
        for (String w : c.filter.warnings()) {
            out.add("      " + w);
        }
    }

    static String share(long part, long whole) {
        if (whole <= 0) {
            return "0%";
        }
        double pct = 100.0 * part / whole;
        return part > 0 && pct < 0.01 ? "<0.01%" : String.format(Locale.ROOT, "%.2f%%", pct);
    }

    /** How often a field occurs and its commonest values (bounded). */
    private static final class FieldStats {
        final FieldDef def;
        long frames;
        final Map<String, Long> values = new HashMap<>();

        FieldStats(FieldDef def) {
            this.def = def;
        }

        void add(Packet p) {
            int e = p.first(def.id());
            if (e < 0) {
                return;
            }
            frames++;
            Set<String> seen = new LinkedHashSet<>();
            for (; e >= 0; e = p.next(e)) {
                seen.add(FieldFormat.format(p, e));
            }
            for (String v : seen) {
                if (values.size() < VALUE_LIMIT || values.containsKey(v)) {
                    values.merge(v, 1L, Long::sum);
                }
            }
        }

        String topValues() {
            StringBuilder sb = new StringBuilder();
            values.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(VALUES_SHOWN)
                    .forEach(en -> sb.append(sb.isEmpty() ? "" : ", ").append(shorten(en.getKey()))
                            .append(" (").append(en.getValue()).append(')'));
            if (values.size() > VALUES_SHOWN) {
                sb.append(", …");
            }
            return sb.toString();
        }

        private static String shorten(String v) {
            return v.length() <= 40 ? v : v.substring(0, 39) + "…";
        }
    }
}
