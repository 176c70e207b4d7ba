package io.sharkfin.repl.view;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Protocol hierarchy statistics in the format of {@code tshark -z io,phs}: for each frame, the
 * protocols at the top level of its tree in order (the frame item itself is the root and not
 * shown), counted as a path of frames and bytes. Protocols nested inside another protocol's item
 * (the headers an ICMP error quotes, see {@link TreeShape}) are not levels of the hierarchy.
 */
final class ProtocolHierarchy implements Stats {

    private static final String SEPARATOR = "===================================================================";

    private static final class Level {
        final String name;
        long frames;
        long bytes;
        final Map<String, Level> children = new LinkedHashMap<>();

        Level(String name) {
            this.name = name;
        }
    }

    private final List<String> fields = new ArrayList<>();
    private final int frameId;
    private final Level root = new Level("frame");

    ProtocolHierarchy(FieldRegistry registry) {
        for (FieldDef d : registry.dissected()) {
            if (d.isProtocol()) {
                fields.add(d.name());
            }
        }
        FieldDef frame = registry.lookup("frame");
        frameId = frame == null ? -1 : frame.id();
    }

    @Override
    public List<String> fields() {
        return fields;
    }

    @Override
    public void add(Packet p) {
        long len = p.frame().originalLength();
        Level at = root;
        TreeShape shape = new TreeShape(p);
        for (int e = 0; e < p.entryCount(); e++) {
            FieldDef d = p.registry().byId(p.field(e));
            if (d.id() == frameId || !shape.isTopLayer(e)) {
                continue;
            }
            at = at.children.computeIfAbsent(d.name(), Level::new);
            at.frames++;
            at.bytes += len;
        }
    }

    @Override
    public List<String> render(String filter) {
        List<String> out = new ArrayList<>();
        out.add(SEPARATOR);
        out.add("Protocol Hierarchy Statistics");
        out.add("Filter: " + (filter == null ? "" : filter));
        out.add("");
        draw(root, 0, out);
        out.add(SEPARATOR);
        return out;
    }

    private static void draw(Level level, int depth, List<String> out) {
        for (Level c : level.children.values()) {
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                if (i > 15) {
                    name.append("...");
                    break;
                }
                name.append("  ");
            }
            name.append(c.name);
            out.add(String.format("%-40s frames:%d bytes:%d", name, c.frames, c.bytes));
            draw(c, depth + 1, out);
        }
    }
}
