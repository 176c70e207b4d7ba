package io.sharkfin.stats;

import io.sharkfin.dissect.Packet;

import java.util.BitSet;

/**
 * One protocol's stats_tree (its {@code stats_tree_register} in a dissector): the nodes its
 * init callback makes and what its packet callback ticks for each record the protocol's tap
 * queues. The tree mechanism ({@link StatsTree}, {@link StatsTreeText}) is shared.
 */
sealed interface TreeSource permits HttpTreeSource, DnsStatsTree, IpStatsTree, PacketLengths {

    /** The registered name, printed above the table ("HTTP/Packet Counter"). */
    String title();

    /** Makes the nodes the init callback makes. */
    void init(StatsTree tree);

    /** The fields the tap records are read from. */
    BitSet fields();

    /**
     * Ticks {@code tree} for each tap record of the frame, each after {@code tree.record(nowMs)}
     * as {@code stats_tree_packet} does before calling the tree's packet callback.
     */
    void tap(Packet p, double nowMs, StatsTree tree);
}
