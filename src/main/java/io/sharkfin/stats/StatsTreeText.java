package io.sharkfin.stats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link StatsTree} as tshark prints it: {@code stats_tree_format_as_str} in plain text with
 * the default preferences (sorted by count, descending; burst rate shown). C pads with printf's
 * {@code %-Ns}, which counts bytes, so widths here count a name's UTF-8 bytes.
 */
final class StatsTreeText {
    private StatsTreeText() {
    }

    private static final List<String> COLUMNS = List.of("Count", "Average", "Min Val", "Max Val", "Rate (ms)",
            "Percent", "Burst Rate", "Burst Start");
    /** Every column but the name is 12 wide, printed as " %-13s". */
    private static final int COLUMN = 12;
    /** C stops indenting deeper nodes here ({@code INDENT_MAX}). */
    private static final int INDENT_MAX = 32;

    /**
     * Siblings by count, most first; equal counts by name, in reverse byte order (C compares
     * ascending with strcmp, then negates the whole result for the descending sort); a node
     * flagged to sort at the top before the others; ranges by their floor, ascending whatever
     * the order (the preferences st_sort_rng_nameonly and st_sort_rng_fixorder).
     */
    private static final Comparator<StatNode> ORDER = (a, b) -> {
        if (a.range != null && b.range != null) {
            return a.range[0] - b.range[0];
        }
        int result = Integer.compare(a.counter, b.counter);
        if (result == 0) {
            result = Arrays.compareUnsigned(bytes(a.name), bytes(b.name));
        }
        result = -result;
        if (a.sortTop != b.sortTop) {
            result = a.sortTop ? -1 : 1;
        }
        return result;
    };

    static String render(StatsTree tree) {
        int nameWidth = maxNameLength(tree.root, 0);
        int width = nameWidth + COLUMNS.size() * (COLUMN + 2);
        StringBuilder s = new StringBuilder("\n");
        s.append("=".repeat(width)).append('\n');
        s.append(tree.title).append(":\n");
        s.append(padRight("Topic / Item", nameWidth));
        for (String c : COLUMNS) {
            s.append(' ').append(padRight(c, COLUMN + 1));
        }
        s.append('\n').append("-".repeat(width)).append('\n');
        for (StatNode child : tree.root.children) {
            node(tree, child, 0, nameWidth, s);
        }
        // C reuses the rule it turned into dashes for the header
        s.append('\n').append("-".repeat(width)).append('\n');
        return s.toString();
    }

    /**
     * The widest name plus indent ({@code stats_tree_branch_max_namelen}), counted from the root
     * at indent 0: its children count at indent 1 though they print at 0, as in C.
     */
    private static int maxNameLength(StatNode node, int indent) {
        indent = Math.min(indent, INDENT_MAX);
        int max = 0;
        for (StatNode child : node.children) {
            max = Math.max(max, maxNameLength(child, indent + 1));
        }
        return Math.max(max, bytes(name(node)).length + indent);
    }

    private static String name(StatNode node) {
        return node.rootChild ? StatsTree.displayName(node.name) : node.name;
    }

    private static void node(StatsTree tree, StatNode node, int indent, int nameWidth, StringBuilder s) {
        s.append(" ".repeat(indent)).append(padRight(name(node), nameWidth - indent));
        for (String v : values(tree, node)) {
            s.append(' ').append(padRight(v, COLUMN + 1));
        }
        s.append('\n');
        List<StatNode> children = new ArrayList<>(node.children);
        children.sort(ORDER);
        for (StatNode child : children) {
            node(tree, child, Math.min(indent + 1, INDENT_MAX), nameWidth, s);
        }
    }

    /** The columns after the name ({@code stats_tree_get_values_from_node}). */
    private static List<String> values(StatsTree tree, StatNode n) {
        List<String> v = new ArrayList<>(COLUMNS.size());
        v.add(Integer.toUnsignedString(n.counter));
        if (!n.average) {
            v.add("");
            v.add("");
            v.add("");
        } else if (n.counter == 0) {
            v.add("-");
            v.add("-");
            v.add("-");
        } else if (n.floats) {
            v.add(TableText.fixed(n.floatTotal / n.counter, 0, 2));
            v.add(TableText.fixed(n.floatMin, 0, 6));
            v.add(TableText.fixed(n.floatMax, 0, 6));
        } else {
            // C divides a float: ((float) total) / counter
            v.add(TableText.fixed((float) n.intTotal / n.counter, 0, 2));
            v.add(Integer.toString(n.intMin));
            v.add(Integer.toString(n.intMax));
        }
        double elapsed = tree.elapsed();
        v.add(elapsed != 0 ? TableText.fixed((float) n.counter / elapsed, 0, 4) : "");
        if (n.parent != null && n.parent.counter != 0) {
            v.add(TableText.fixed(n.counter * 100.0 / n.parent.counter, 0, 2) + "%");
        } else {
            v.add(n.parent == tree.root ? "100%" : "");
        }
        int burst = n.burst.max();
        v.add(burst != 0 ? TableText.fixed((double) burst / BurstWindow.WINDOW_MS, 0, 4) : "-");
        v.add(burst != 0 ? TableText.fixed(n.burst.maxStart() / 1000.0, 0, 3) : "-");
        return v;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code %-Ns}: left-aligned in {@code width} bytes, never cut. */
    private static String padRight(String s, int width) {
        int n = bytes(s).length;
        return n >= width ? s : s + " ".repeat(width - n);
    }
}
