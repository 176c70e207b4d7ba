package io.sharkfin.stats;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;
import io.sharkfin.repl.view.ProtocolTree;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * {@code -z io,phs[,FILTER]}: the protocol hierarchy (ui/cli/tap-protohierstat.c). Each frame
 * that passes the filter adds its frame length to the path of its tree's top-level items, in
 * tree order: {@code eth}, {@code ip}, {@code tcp}, {@code http} and also the items a dissector
 * puts beside the protocols, such as {@code tcp.segments} or {@code _ws.malformed}.
 *
 * <p>The frame's own item is on that path only where tshark's frame dissector adds it: when the
 * tree is drawn (-V, -T fields, json, ek) or some filter of the run names a frame field
 * (packet-frame.c adds nothing to an undrawn tree otherwise), so {@code -z io,phs} alone starts
 * at {@code eth} and {@code -z io,phs,frame.len > 100} at {@code frame}.
 */
public final class ProtocolHierarchy implements Statistic {

    static final String FORM = "io,phs[,FILTER]";

    /** A protocol at a place in the hierarchy; children in the order first seen, as tshark's siblings. */
    private static final class Node {
        final int field;
        final String name;
        long frames;
        long bytes;
        final List<Node> children = new ArrayList<>(2);

        Node(int field, String name) {
            this.field = field;
            this.name = name;
        }

        Node child(int field, String name) {
            for (Node c : children) {
                if (c.field == field) {
                    return c;
                }
            }
            Node c = new Node(field, name);
            children.add(c);
            return c;
        }
    }

    private final Filter filter;
    private final String filterText;
    private final FieldRegistry registry;
    private final int frameItem;
    private final Node root = new Node(-1, null);
    private boolean frameShown;
    private boolean drawnTree;

    private ProtocolHierarchy(Filter filter, String filterText, FieldRegistry registry) {
        this.filter = filter;
        this.filterText = filterText;
        this.registry = registry;
        FieldDef frame = registry.lookup("frame");
        frameItem = frame == null ? -1 : frame.id();
    }

    /**
     * The statistic of an {@code io,phs[,FILTER]} argument, or null when {@code arg} is not of
     * that form. As in tshark, an empty filter ({@code io,phs,}) counts every frame.
     *
     * @throws FilterException for a filter that does not compile
     */
    static ProtocolHierarchy parse(String arg, FieldRegistry registry) throws FilterException {
        if (arg.equals("io,phs")) {
            return new ProtocolHierarchy(null, null, registry);
        }
        if (!arg.startsWith("io,phs,")) {
            return null;
        }
        String text = arg.substring("io,phs,".length());
        return new ProtocolHierarchy(TapFilter.compile(text), text, registry);
    }

    /** Every field: the top-level items are what the whole tree holds (see {@link #needsAllFields}). */
    @Override
    public BitSet fields() {
        return filterFields();
    }

    /**
     * Yes: a protocol that another one calls inside one of its items (TLS in a QUIC frame, the
     * parts of a multipart body) is drawn there, not at the top level, which only the whole tree
     * shows.
     */
    @Override
    public boolean needsAllFields() {
        return true;
    }

    @Override
    public BitSet filterFields() {
        return TapFilter.fields(filter);
    }

    /** Always: the tap is registered with TL_REQUIRES_PROTO_TREE. */
    @Override
    public boolean needsTree() {
        return true;
    }

    @Override
    public void primed(BitSet named, boolean drawnTree) {
        this.drawnTree = drawnTree;
        frameShown = drawnTree || named.stream().anyMatch(id -> "frame".equals(registry.byId(id).protocol()));
    }

    @Override
    public void accept(Packet p) {
        if (filter != null && !filter.test(p)) {
            return;
        }
        long bytes = p.frame().originalLength();
        Node at = root;
        for (int e : ProtocolTree.topLevel(p, drawnTree)) {
            int field = p.field(e);
            if (field == frameItem && !frameShown) {
                continue;
            }
            at = at.child(field, registry.byId(field).name());
            at.frames++;
            at.bytes += bytes;
        }
    }

    @Override
    public void print(PrintWriter out) {
        print(out, filterText);
    }

    /** Writes the hierarchy under the title of filter {@code shownFilter} (null: none). */
    public void print(PrintWriter out, String shownFilter) {
        out.print("\n===================================================================\n");
        out.print("Protocol Hierarchy Statistics\n");
        out.print("Filter: " + (shownFilter == null ? "" : shownFilter) + "\n\n");
        StringBuilder text = new StringBuilder();
        draw(root.children, 0, text);
        out.print(text);
        out.print("===================================================================\n");
    }

    /** phs_draw: two spaces a level, "..." past the sixteenth, the name cut to 79 characters. */
    private static void draw(List<Node> nodes, int depth, StringBuilder out) {
        for (Node node : nodes) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                if (i > 15) {
                    line.append("...");
                    break;
                }
                line.append("  ");
            }
            line.append(node.name);
            if (line.length() > 79) {
                line.setLength(79);
            }
            // "%-40s": protocol names are ASCII, so characters are bytes
            out.append(TableText.padRight(line.toString(), 40));
            // frames is a guint32 in tshark
            out.append(" frames:").append(node.frames & 0xFFFFFFFFL).append(" bytes:").append(node.bytes).append('\n');
            draw(node.children, depth + 1, out);
        }
    }
}
