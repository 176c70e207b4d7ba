package io.sharkfin.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counter tree of Wireshark's stats_tree (epan/stats_tree.c) that a protocol's tree
 * ({@link TreeSource}) builds and ticks: nodes made up front or on the first tick of a name,
 * looked up by name among the children of a parent made "with hash", else among every node made
 * as a parent (C's {@code st->names}, where a later node of the same name hides an earlier one).
 * Node ids are what C's are: the root is 0, each node made as a parent the next id, leaves -1.
 */
final class StatsTree {
    /** The registered name ("HTTP/Packet Counter"), printed above the table. */
    final String title;
    final StatNode root;
    private final List<StatNode> parents = new ArrayList<>();
    private final Map<String, StatNode> names = new HashMap<>();
    /** ms since the first frame: of the first record ({@code start}), of the last one ({@code now}). */
    private double start = -1.0;
    private double now = -1.0;
    private double elapsed;

    StatsTree(String title) {
        this.title = title;
        root = new StatNode(displayName(title), 0, null, false, false, false);
        parents.add(root);
    }

    /** A record at {@code nowMs} (ms since the first frame) is about to tick the tree ({@code stats_tree_packet}). */
    void record(double nowMs) {
        now = nowMs;
        if (start < 0.0) {
            start = now;
        }
        elapsed = now - start;
    }

    /** ms from the first record to the last, by which the rate column divides. */
    double elapsed() {
        return elapsed;
    }

    /** Makes a node as a parent ({@code stats_tree_create_node}) and gives its id. */
    int createNode(String name, int parentId, boolean floats, boolean withHash) {
        return newNode(name, parentId, floats, withHash, true).id;
    }

    /** Makes a pivot ({@code stats_tree_create_pivot}): a parent whose children are the values it is ticked with. */
    int createPivot(String name, int parentId) {
        return newNode(name, parentId, false, true, true).id;
    }

    /**
     * Adds 1 to the node {@code name} under {@code parentId}, made first if it is not there
     * ({@code tick_stat_node}); a node made here "with hash" is a parent. Gives its id.
     */
    int tick(String name, int parentId, boolean withHash) {
        return counted(name, parentId, false, withHash).id;
    }

    /** Counts a record of {@code value} at the node {@code name} ({@code avg_stat_node_add_value_int}). */
    int average(String name, int parentId, boolean withHash, int value) {
        StatNode n = counted(name, parentId, false, withHash);
        n.addValue(value);
        return n.id;
    }

    /** Counts a record of {@code value} at the float node {@code name} ({@code avg_stat_node_add_value_float}). */
    int average(String name, int parentId, boolean withHash, float value) {
        StatNode n = counted(name, parentId, true, withHash);
        n.addValue(value);
        return n.id;
    }

    /** The node {@code name}, made if missing, counted once more now. */
    private StatNode counted(String name, int parentId, boolean isFloat, boolean withHash) {
        StatNode n = node(name, parentId, isFloat, withHash);
        count(n);
        return n;
    }

    private void count(StatNode n) {
        n.counter++;
        n.burst.add(1, now);
    }

    /**
     * Makes a range node ({@code stats_tree_create_range_node_string}): a parent with a child per
     * range "FLOOR-CEIL" ("-CEIL", "FLOOR-", "N"), the last one open above when it is a single
     * number ("5120 and greater"). Gives the parent's id.
     */
    int createRangeNode(String name, int parentId, List<String> ranges) {
        StatNode root = newNode(name, parentId, false, false, true);
        for (int i = 0; i < ranges.size(); i++) {
            StatNode child = newNode(ranges.get(i), root.id, false, false, false);
            child.range = range(ranges.get(i));
            // a range shows its average, minimum and maximum, "-" while it has none
            child.average = true;
            if (i == ranges.size() - 1 && child.range[0] == child.range[1]) {
                child.range[1] = Integer.MAX_VALUE;
            }
        }
        return root.id;
    }

    /** get_range: "FLOOR-CEIL" with either side empty for no bound, or one number (strtol's reading). */
    private static int[] range(String text) {
        int dash = text.indexOf('-');
        if (dash < 0) {
            int n = leadingInt(text);
            return new int[] {n, n};
        }
        String floor = text.substring(0, dash);
        String ceil = text.substring(dash + 1);
        return new int[] {floor.isEmpty() ? Integer.MIN_VALUE : leadingInt(floor),
            ceil.isEmpty() ? Integer.MAX_VALUE : leadingInt(ceil)};
    }

    private static final Pattern LEADING_INT = Pattern.compile("^\\s*([+-]?\\d+)");

    /** strtol's number at the start of {@code s} (after blanks), 0 when there is none. */
    private static int leadingInt(String s) {
        Matcher m = LEADING_INT.matcher(s);
        return m.find() ? (int) Long.parseLong(m.group(1)) : 0;
    }

    /**
     * Counts {@code value} in range node {@code name} ({@code stats_tree_tick_range}): the node's
     * total, minimum and maximum (its counter is ticked apart), and the counter and values of the
     * first child whose range holds it.
     */
    int tickRange(String name, int parentId, int value) {
        StatNode n = find(name, parentId);
        if (n == null) {
            throw new IllegalStateException("stats tree " + title + ": no range node " + name);
        }
        n.addValue(value);
        for (StatNode child : n.children) {
            if (value >= child.range[0] && value <= child.range[1]) {
                count(child);
                child.addValue(value);
                break;
            }
        }
        return n.id;
    }

    /** Sorts node {@code name} under {@code parentId} before its siblings ({@code ST_FLG_SORT_TOP}). */
    void sortTop(String name, int parentId) {
        StatNode n = find(name, parentId);
        if (n != null) {
            n.sortTop = true;
        }
    }

    /** Counts the pivot and, under it, the child named {@code value} ({@code stats_tree_tick_pivot}). */
    int tickPivot(int pivotId, String value) {
        count(parent(pivotId));
        tick(value, pivotId, false);
        return pivotId;
    }

    /** The node {@code name} under {@code parentId} as C finds it, made when there is none. */
    private StatNode node(String name, int parentId, boolean floats, boolean withHash) {
        StatNode n = find(name, parentId);
        return n != null ? n : newNode(name, parentId, floats, withHash, withHash);
    }

    /** The node {@code name} under {@code parentId} as C looks it up, or null. */
    private StatNode find(String name, int parentId) {
        StatNode parent = parent(parentId);
        return parent.byName != null ? parent.byName.get(name) : names.get(name);
    }

    private StatNode parent(int id) {
        if (id < 0 || id >= parents.size()) {
            // C asserts: a tree gave a leaf's id (-1) as a parent
            throw new IllegalStateException("stats tree " + title + ": no parent node " + id);
        }
        return parents.get(id);
    }

    private StatNode newNode(String name, int parentId, boolean floats, boolean withHash, boolean asParent) {
        StatNode parent = parent(parentId);
        StatNode n = new StatNode(name, asParent ? parents.size() : -1, parent, floats, withHash, parentId == 0);
        if (asParent) {
            names.put(name, n);
            parents.add(n);
        }
        parent.children.add(n);
        if (parent.byName != null) {
            parent.byName.put(name, n);
        }
        return n;
    }

    /**
     * What {@code stats_tree_get_displayname} shows of a name: what follows its last path
     * separator "/", a doubled "//" standing for one slash that separates nothing.
     */
    static String displayName(String name) {
        StringBuilder b = new StringBuilder(name);
        int sep = 0;
        while ((sep = b.indexOf("/", sep)) >= 0) {
            sep++;
            if (sep < b.length() && b.charAt(sep) == '/') {
                b.deleteCharAt(sep);
            } else {
                b.delete(0, sep);
                sep = 0;
            }
        }
        return b.toString();
    }
}
