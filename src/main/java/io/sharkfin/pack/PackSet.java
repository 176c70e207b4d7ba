package io.sharkfin.pack;

import io.sharkfin.filter.CompileOptions;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.Span;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Packs loaded and their rules compiled: the rules that work, and every problem with its file
 * position. A filter that does not compile is one problem; the pack's other rules still run.
 */
public final class PackSet {
    private final List<Pack> packs;
    private final List<CompiledRule> rules;
    private final List<PackProblem> problems;

    private PackSet(List<Pack> packs, List<CompiledRule> rules, List<PackProblem> problems) {
        this.packs = List.copyOf(packs);
        this.rules = List.copyOf(rules);
        this.problems = List.copyOf(problems);
    }

    /**
     * Loads pack files; a directory stands for the {@code .yaml}/{@code .yml} files in it (sorted).
     */
    public static PackSet load(List<Path> paths) {
        List<Pack> packs = new ArrayList<>();
        List<CompiledRule> rules = new ArrayList<>();
        List<PackProblem> problems = new ArrayList<>();
        for (Path file : expand(paths, problems)) {
            PackLoader.Loaded loaded = PackLoader.load(file);
            problems.addAll(loaded.problems());
            if (loaded.pack() == null) {
                continue;
            }
            packs.add(loaded.pack());
            for (PackRule r : loaded.pack().rules()) {
                try {
                    Filter f = Filter.compile(r.filter(), CompileOptions.defaults().withMacros(loaded.pack().macroTable()));
                    rules.add(new CompiledRule(loaded.pack(), r, f));
                } catch (FilterException e) {
                    String hint = e.hint();
                    problems.add(new PackProblem(position(r, e), r.id(),
                            hint == null ? e.getMessage() : e.getMessage() + " " + hint));
                }
            }
        }
        return new PackSet(packs, rules, problems);
    }

    /** The pack files named by {@code paths}, directories expanded. */
    public static List<Path> expand(List<Path> paths, List<PackProblem> problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    problems.add(new PackProblem(new SourcePosition(p, 1, 1), null, "cannot list: " + e.getMessage()));
                }
            } else if (!Files.exists(p)) {
                problems.add(new PackProblem(new SourcePosition(p, 1, 1), null, "no such pack file"));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Where a filter error is in the pack file. The span refers to the filter after macro
     * expansion; when a macro changed the text, the offending token is looked up in the text as
     * written, else the error is put at the filter's start.
     */
    static SourcePosition position(PackRule r, FilterException e) {
        Span span = e.caret();
        ScalarText text = r.filterText();
        if (!span.isKnown()) {
            return text.position(0);
        }
        String expanded = e.text();
        if (expanded == null || expanded.equals(r.filter())) {
            return text.position(span.start());
        }
        String token = expanded.substring(Math.min(span.start(), expanded.length()), Math.min(span.end(), expanded.length()));
        int at = token.isEmpty() ? -1 : r.filter().indexOf(token);
        if (at >= 0 && r.filter().indexOf(token, at + 1) < 0) {
            return text.position(at);
        }
        return text.position(0);
    }

    public List<Pack> packs() {
        return packs;
    }

    /** The rules whose filters compiled, pack by pack in file order. */
    public List<CompiledRule> rules() {
        return rules;
    }

    /** Every problem, in file order. */
    public List<PackProblem> problems() {
        return problems;
    }
}
