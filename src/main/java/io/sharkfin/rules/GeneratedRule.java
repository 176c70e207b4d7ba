package io.sharkfin.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The output of a generator for one source rule: the text in the target's syntax (several
 * Suricata rules, a BPF expression, Sigma YAML documents; empty when nothing can be expressed)
 * and its loss report.
 */
public record GeneratedRule(Target target, String source, String text, List<Loss> losses) {
    public GeneratedRule {
        losses = List.copyOf(new LinkedHashSet<>(losses));
    }

    /** The generators. */
    public enum Target {
        SURICATA, BPF, SIGMA
    }

    /** Whether the target could express anything of the filter. */
    public boolean isEmpty() {
        return text.isBlank();
    }

    /** "exact", "wider", "narrower" or "wider and narrower". */
    public String verdict() {
        boolean wider = losses.stream().anyMatch(l -> l.effect() == Loss.Effect.WIDER);
        boolean narrower = losses.stream().anyMatch(l -> l.effect() == Loss.Effect.NARROWER);
        if (isEmpty()) {
            return "not expressible";
        }
        return wider && narrower ? "wider and narrower" : wider ? "wider" : narrower ? "narrower" : "exact";
    }

    /** The loss report as comment lines with the given prefix ({@code "# "}). */
    public List<String> report(String prefix) {
        List<String> out = new ArrayList<>();
        out.add(prefix + "sharkfin " + target.name().toLowerCase() + " from " + source + " — " + verdict());
        for (Loss l : losses) {
            out.add(prefix + "  " + l);
        }
        return out;
    }
}
