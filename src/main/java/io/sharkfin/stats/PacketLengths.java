package io.sharkfin.stats;

import io.sharkfin.dissect.Packet;

import java.util.BitSet;
import java.util.List;

/**
 * {@code -z plen,tree}, "Packet Lengths" (pinfo_stats_tree.c): every frame's length on the wire,
 * averaged, and counted in the ranges of the default {@code plen} table.
 */
final class PacketLengths implements TreeSource {
    private static final String NAME = "Packet Lengths";
    private static final List<String> RANGES = List.of("0-19", "20-39", "40-79", "80-159", "160-319", "320-639",
            "640-1279", "1280-2559", "2560-5119", "5120 and greater");

    @Override
    public String title() {
        return NAME;
    }

    @Override
    public void init(StatsTree tree) {
        tree.createRangeNode(NAME, 0, RANGES);
    }

    @Override
    public BitSet fields() {
        return new BitSet();
    }

    @Override
    public void tap(Packet p, double nowMs, StatsTree tree) {
        tree.record(nowMs);
        tree.tick(NAME, 0, false);
        // pkt_len is a guint32 the tree reads as a gint
        tree.tickRange(NAME, 0, p.frame().originalLength());
    }
}
