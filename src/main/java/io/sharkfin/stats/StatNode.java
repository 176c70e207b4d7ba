package io.sharkfin.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a {@link StatsTree}, as epan/stats_tree_priv.h's {@code stat_node}: a counter, the
 * total, minimum and maximum of the values given to it (an average node), its burst window and
 * its children in the order they were made.
 */
final class StatNode {
    final String name;
    /** Its index among the tree's parents (what C's node ids are), or -1 for a node made as a leaf. */
    final int id;
    final StatNode parent;
    /** Whether its values are floats ({@code STAT_DT_FLOAT}) rather than ints. */
    final boolean floats;
    /** Made directly under the root ({@code ST_FLG_ROOTCHILD}): printed with its display name. */
    final boolean rootChild;
    final List<StatNode> children = new ArrayList<>();
    /** Its children by name, when it was made "with hash"; null otherwise. */
    final Map<String, StatNode> byName;
    final BurstWindow burst = new BurstWindow();

    int counter;
    /** The sum of int values ({@code gint64}) or float values (a {@code gdouble} of floats). */
    long intTotal;
    double floatTotal;
    int intMin = Integer.MAX_VALUE;
    int intMax = Integer.MIN_VALUE;
    float floatMin = Float.MAX_VALUE;
    float floatMax = Float.MIN_NORMAL; // G_MINFLOAT is the least positive normal float
    /** Given values to average ({@code ST_FLG_AVERAGE}): the average, min and max columns are printed. */
    boolean average;
    /** Sorted before its siblings that are not ({@code ST_FLG_SORT_TOP}). */
    boolean sortTop;
    /** A range node's bounds ({@code rng}, of {@code stats_tree_create_range_node}); null for others. */
    int[] range;

    StatNode(String name, int id, StatNode parent, boolean floats, boolean withHash, boolean rootChild) {
        this.name = name;
        this.id = id;
        this.parent = parent;
        this.floats = floats;
        this.rootChild = rootChild;
        this.byName = withHash ? new HashMap<>() : null;
    }

    /** Counts one record of {@code value} toward the average, min and max ({@code MN_AVERAGE_NOTICK}). */
    void addValue(int value) {
        intTotal += value;
        intMin = Math.min(intMin, value);
        intMax = Math.max(intMax, value);
        average = true;
    }

    void addValue(float value) {
        floatTotal += value;
        if (floatMin > value) {
            floatMin = value;
        }
        if (floatMax < value) {
            floatMax = value;
        }
        average = true;
    }
}
