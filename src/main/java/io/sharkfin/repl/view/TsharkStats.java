package io.sharkfin.repl.view;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.filter.FilterException;
import io.sharkfin.stats.ProtocolHierarchy;
import io.sharkfin.stats.Statistic;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.BitSet;
import java.util.List;

/**
 * A {@code :stats} kind that is one of tshark's {@code -z} statistics ({@link Statistic}) over the
 * selected frames, printed as {@code tshark -Y FILTER -q -z ARGUMENT} prints it.
 */
final class TsharkStats implements Stats {

    private final Statistic statistic;
    private final FieldRegistry registry;

    TsharkStats(String argument, FieldRegistry registry) {
        this.registry = registry;
        try {
            statistic = Statistic.of(argument, registry);
        } catch (FilterException e) {
            throw new IllegalArgumentException("-z " + argument + ": " + e.getMessage(), e);
        }
        // as under -q: no tree drawn, no filter of a tap naming a field
        statistic.primed(new BitSet(), false);
    }

    @Override
    public List<String> fields() {
        return statistic.fields().stream().mapToObj(id -> registry.byId(id).name()).toList();
    }

    @Override
    public boolean wholeTree() {
        return statistic.needsAllFields();
    }

    @Override
    public void add(Packet p) {
        statistic.accept(p);
    }

    @Override
    public List<String> render(String filter) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            if (statistic instanceof ProtocolHierarchy hierarchy) {
                // titled with the filter that selected the frames, as tshark -Y F -z io,phs,F
                hierarchy.print(out, filter);
            } else {
                statistic.print(out);
            }
        }
        // tshark's blank line before the table
        return text.toString().lines().dropWhile(String::isEmpty).toList();
    }
}
