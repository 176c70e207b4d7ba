package io.sharkfin.repl.view;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.stats.ProtocolHierarchy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * {@code :stats protocols}: the protocol hierarchy of the selected frames, as {@code tshark -Y
 * FILTER -z io,phs} prints it ({@link ProtocolHierarchy}, which reads each frame's whole tree).
 */
final class HierarchyStats implements Stats {

    private final ProtocolHierarchy hierarchy;

    HierarchyStats(FieldRegistry registry) {
        hierarchy = ProtocolHierarchy.create(registry);
    }

    @Override
    public List<String> fields() {
        return List.of();
    }

    @Override
    public boolean wholeTree() {
        return true;
    }

    @Override
    public void add(Packet p) {
        hierarchy.accept(p);
    }

    @Override
    public List<String> render(String filter) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            hierarchy.print(out, filter);
        }
        // tshark's blank line before the table
        return text.toString().lines().skip(1).toList();
    }
}
