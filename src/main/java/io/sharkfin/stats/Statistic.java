package io.sharkfin.stats;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;

import java.io.PrintWriter;
import java.util.BitSet;

/**
 * One of tshark's {@code -z} statistics: a session records {@link #fields()} for every frame,
 * each dissected frame is given to {@link #accept}, and {@link #print} writes the table when the
 * capture ends, character for character as tshark 4.0 writes it.
 */
public sealed interface Statistic permits TapTable, FollowStream, TreeStatistic {

    /** The {@code -z} arguments sharkfin reads, for messages and help. */
    String FORMS = "conv,TYPE[,FILTER] and endpoints,TYPE[,FILTER] with TYPE one of " + TableType.NAMES
            + ", " + FollowStream.FORM + ", and the stats trees " + TreeStatistic.FORM;

    /**
     * The statistic a {@code -z} argument asks for ({@code conv,tcp}, {@code endpoints,ip,udp}).
     * A filter after the type restricts the frames counted, as in tshark.
     *
     * @throws IllegalArgumentException for an argument sharkfin does not read
     * @throws FilterException for a filter that does not compile
     */
    static Statistic of(String arg, FieldRegistry registry) throws FilterException {
        FollowStream follow = FollowStream.parse(arg, registry);
        if (follow != null) {
            return follow;
        }
        TreeStatistic tree = TreeStatistic.parse(arg, registry);
        if (tree != null) {
            return tree;
        }
        String[] parts = arg.split(",", 3);
        TableType type = parts.length >= 2 ? TableType.named(parts[1]) : null;
        if (type == null || !(parts[0].equals("conv") || parts[0].equals("endpoints"))) {
            throw new IllegalArgumentException("sharkfin reads -z " + FORMS + ", not \"" + arg + "\"");
        }
        String filterText = parts.length == 3 ? parts[2] : null;
        Filter filter = filterText == null || filterText.isBlank() ? null : Filter.compile(filterText);
        Tap tap = new Tap(type, registry, filter, filterText);
        return parts[0].equals("conv") ? new ConversationTable(tap) : new EndpointTable(tap);
    }

    /** The fields the session must record, for every frame. */
    BitSet fields();

    /**
     * Whether the statistic's tap has a filter: tshark then builds a tree for every frame
     * (epan_dissect_new with a tree when a tap listener filters), which some dissectors read
     * more under ({@link io.sharkfin.dissect.Session#needing(BitSet, boolean)}).
     */
    boolean filtered();

    /** Counts a dissected frame. */
    void accept(Packet p);

    /** Writes the table. */
    void print(PrintWriter out);
}
