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
public sealed interface Statistic permits TapTable, FollowStream, IoStat, ProtocolHierarchy, ExpertStatistic, CredentialsStatistic,
        TreeStatistic {

    /** The {@code -z} arguments sharkfin reads, for messages and help. */
    String FORMS = "conv,TYPE[,FILTER] and endpoints,TYPE[,FILTER] with TYPE one of " + TableType.NAMES
            + ", " + FollowStream.FORM + ", " + IoStat.FORM + ", " + ProtocolHierarchy.FORM + ", " + ExpertStatistic.FORM
            + ", " + CredentialsStatistic.FORM
            + ", and the stats trees "
            + TreeStatistic.FORM;

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
        IoStat io = IoStat.parse(arg, registry);
        if (io != null) {
            return io;
        }
        ProtocolHierarchy hierarchy = ProtocolHierarchy.parse(arg, registry);
        if (hierarchy != null) {
            return hierarchy;
        }
        ExpertStatistic expert = ExpertStatistic.parse(arg, registry);
        if (expert != null) {
            return expert;
        }
        CredentialsStatistic credentials = CredentialsStatistic.parse(arg, registry);
        if (credentials != null) {
            return credentials;
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
        Filter filter = TapFilter.compile(filterText);
        Tap tap = new Tap(type, registry, filter, filterText);
        return parts[0].equals("conv") ? new ConversationTable(tap) : new EndpointTable(tap);
    }

    /** The fields the session must record, for every frame. */
    BitSet fields();

    /**
     * The fields the statistic's filters name. tshark primes every dissection with the fields
     * of every tap's filter (and -Y's), and only primed fields reach a tap that reads field
     * values ({@link IoStat}).
     */
    default BitSet filterFields() {
        return new BitSet();
    }

    /**
     * Tells the statistic the fields all filters of the run name (see {@link #filterFields}), and
     * whether the run's output draws every frame's tree (-V, -T fields, json, ek: tshark's
     * "visible" tree, where every item is added).
     */
    default void primed(BitSet fields, boolean drawnTree) {
    }

    /**
     * Whether the statistic reads every frame's whole tree rather than {@link #fields()} (its
     * top-level items, as {@link ProtocolHierarchy}).
     */
    default boolean needsAllFields() {
        return false;
    }

    /**
     * Whether tshark builds a tree for every frame for the statistic: its tap has a filter, or
     * asks for a tree (TL_REQUIRES_PROTO_TREE, as io,stat's does). Some dissectors read more
     * under a tree ({@link io.sharkfin.dissect.Session#needing(BitSet, boolean)}).
     */
    boolean needsTree();

    /** Counts a dissected frame. */
    void accept(Packet p);

    /** Writes the table. */
    void print(PrintWriter out);
}
