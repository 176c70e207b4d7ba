package io.sharkfin.stats;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.util.BitSet;

/**
 * The generic IP stats trees of pinfo_stats_tree.c, over the records of {@link IpTap}:
 * {@code ip_hosts} / {@code ipv6_hosts} (every address seen as source or destination),
 * {@code ip_srcdst} / {@code ipv6_srcdst} (sources, then destinations),
 * {@code ptype} / {@code ipv6_ptype} (the port types, a pivot) and {@code dests} /
 * {@code ipv6_dests} (destination address, then port type, then destination port).
 */
final class IpStatsTree implements TreeSource {

    /** Which of the trees. */
    enum Shape {
        HOSTS("All Addresses"),
        SRCDST("Source and Destination Addresses"),
        PTYPE("IP Protocol Types"),
        DESTS("Destinations and Ports");

        final String name;

        Shape(String name) {
            this.name = name;
        }
    }

    private final Shape shape;
    private final String title;
    private final IpTap tap;
    private final String family;
    private int node;
    private int destinationNode;

    IpStatsTree(FieldRegistry registry, Shape shape, boolean v6) {
        this.shape = shape;
        this.family = v6 ? "IPv6" : "IPv4";
        this.title = family + " Statistics/" + shape.name;
        this.tap = new IpTap(registry, v6);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public void init(StatsTree tree) {
        switch (shape) {
            case PTYPE -> node = tree.createPivot(title, 0);
            case SRCDST -> {
                node = tree.createNode(source(), 0, false, true);
                tree.sortTop(source(), 0);
                destinationNode = tree.createNode(destination(), 0, false, true);
            }
            default -> node = tree.createNode(title, 0, false, true);
        }
    }

    private String source() {
        return "Source " + family + " Addresses";
    }

    private String destination() {
        return "Destination " + family + " Addresses";
    }

    @Override
    public BitSet fields() {
        return tap.fields();
    }

    @Override
    public void tap(Packet p, double nowMs, StatsTree tree) {
        IpTap.Records r = tap.read(p);
        for (int i = 0; i < r.count(); i++) {
            tree.record(nowMs);
            switch (shape) {
                case HOSTS -> {
                    tree.tick(title, 0, false);
                    tree.tick(r.netSrc(), node, false);
                    tree.tick(r.netDst(), node, false);
                }
                case SRCDST -> {
                    tree.tick(source(), 0, false);
                    tree.tick(r.netSrc(), node, false);
                    tree.tick(destination(), 0, false);
                    tree.tick(r.netDst(), destinationNode, false);
                }
                case PTYPE -> tree.tickPivot(node, r.portType());
                case DESTS -> {
                    tree.tick(title, 0, false);
                    int dst = tree.tick(r.netDst(), node, true);
                    int type = tree.tick(r.portType(), dst, true);
                    tree.tick(Integer.toString(r.destPort()), type, true);
                }
            }
        }
    }
}
