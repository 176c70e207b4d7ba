package io.sharkfin.repl.view;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;

import java.util.HashSet;
import java.util.Set;

/**
 * The rules of Wireshark's tree shape that single out fields by name ({@link TreeShape}), read
 * once per registry into a kind per field id: a frame's shape is computed for every frame a
 * statistic or the -V output reads, so not by its fields' names.
 */
final class ShapeKinds {

    private static final Set<String> QUOTING_PROTOCOLS = Set.of("icmp", "icmpv6");
    /**
     * Items a dissector adds under its layer that Wireshark moves to the top level, right after
     * that layer's own items, in the order they were added (packet-tcp.c's
     * {@code proto_tree_move_item} of the segments a PDU was reassembled from, before the layer
     * the PDU goes to; packet-ftp.c's items added to its caller's tree beside its own item).
     */
    private static final Set<String> MOVED_AFTER_LAYER = Set.of("tcp.segments", "ftp.current-working-directory",
            "ftp-data.setup-frame", "ftp-data.setup-method", "ftp-data.command", "ftp-data.command-frame",
            "ftp-data.current-working-directory");
    /**
     * Of those, the ones moved by {@code proto_tree_move_item}, which moves nothing in a tree
     * that is not drawn: there the item stays where it was added, after the layers of the PDU it
     * was reassembled for (what {@code -z io,phs} sees without -V).
     */
    private static final Set<String> MOVED_ONLY_WHEN_DRAWN = Set.of("tcp.segments");
    /**
     * Items a dissector adds under its layer that Wireshark shows at the top level before it
     * (packet-frame.c adds a frame's comments before the frame's own item).
     */
    private static final Set<String> MOVED_BEFORE_LAYER = Set.of("pkt_comment");
    /**
     * Protocols that hand the next dissector their own subtree rather than the frame's
     * (packet-cdp.c's {@code call_data_dissector(..., cdp_tree)}): what they call is drawn inside
     * their item; "caller/callee" for a protocol that does so for one callee only (packet-smtp.c
     * draws a DATA fragment's text lines inside its item, the message's IMF beside it; packet-imf.c the body inside its own;
     * packet-smb2.c a security blob inside its item; packet-http.c, for HTTP and SSDP, a body or
     * continuation it hands to plain data).
     */
    private static final Set<String> CALLING_INTO_OWN_TREE = Set.of("cdp", "imf", "smtp/data-text-lines",
            "mime_multipart/data", "smb2/gss-api", "smb2/ntlmssp", "http/data", "ssdp/data");

    /**
     * IPv6's extension headers, which packet-ipv6.c adds inside the IPv6 item (its
     * {@code ipv6_pinfo->ipv6_tree}), one after the other, while the protocol after them goes to
     * the tree's root as if IPv6 had called it.
     */
    private static final Set<String> IPV6_EXTENSIONS = Set.of("ipv6.hopopts", "ipv6.routing", "ipv6.fraghdr",
            "ipv6.dstopts");
    /** What an extension header's dissector adds to that same IPv6 item beside its own (a reassembly's fragments). */
    private static final Set<String> BESIDE_IPV6_EXTENSIONS = Set.of("ipv6.fragments");

    static final int PROTOCOL = 1;
    static final int QUOTING = 2;
    static final int MOVED_AFTER = 4;
    /** Moved by {@code proto_tree_move_item}, which moves nothing in a tree that is not drawn. */
    static final int ONLY_WHEN_DRAWN = 8;
    static final int MOVED_BEFORE = 16;
    static final int IPV6_EXTENSION = 32;
    static final int BESIDE_IPV6_EXTENSION = 64;
    /** A protocol that calls some protocol into its own item ({@link #callsIntoOwnTree}). */
    static final int CALLER_INTO_OWN_TREE = 128;

    private static volatile ShapeKinds last;

    private final FieldRegistry registry;
    private final byte[] kinds;
    private final int ipv6;
    private final int udp;

    private ShapeKinds(FieldRegistry registry, byte[] kinds) {
        this.registry = registry;
        this.kinds = kinds;
        ipv6 = registry.dissectedId("ipv6");
        udp = registry.dissectedId("udp");
    }

    /** The id of {@code ipv6}, whose item holds its extension headers. */
    int ipv6() {
        return ipv6;
    }

    /** The id of {@code udp}, which hands a quoted datagram's payload to the tree's root. */
    int udp() {
        return udp;
    }

    /** The kinds of {@code registry}'s fields (computed once for the registry in use). */
    static ShapeKinds of(FieldRegistry registry) {
        ShapeKinds k = last;
        if (k == null || k.registry != registry) {
            k = compute(registry);
            last = k;
        }
        return k;
    }

    /** The kind flags of field {@code field}. */
    int of(int field) {
        return field >= 0 && field < kinds.length ? kinds[field] & 0xff : 0;
    }

    /** Whether protocol {@code caller} draws protocol {@code callee} inside its own item. */
    boolean callsIntoOwnTree(int caller, int callee) {
        String name = registry.byId(caller).name();
        return CALLING_INTO_OWN_TREE.contains(name)
                || CALLING_INTO_OWN_TREE.contains(name + "/" + registry.byId(callee).name());
    }

    private static ShapeKinds compute(FieldRegistry registry) {
        Set<String> callers = new HashSet<>();
        for (String c : CALLING_INTO_OWN_TREE) {
            callers.add(c.contains("/") ? c.substring(0, c.indexOf('/')) : c);
        }
        int size = 0;
        for (FieldDef d : registry.dissected()) {
            size = Math.max(size, d.id() + 1);
        }
        byte[] kinds = new byte[size];
        for (FieldDef d : registry.dissected()) {
            String name = d.name();
            int k = (d.isProtocol() ? PROTOCOL : 0)
                    | (d.isProtocol() && QUOTING_PROTOCOLS.contains(name) ? QUOTING : 0)
                    | (MOVED_AFTER_LAYER.contains(name) ? MOVED_AFTER : 0)
                    | (MOVED_ONLY_WHEN_DRAWN.contains(name) ? ONLY_WHEN_DRAWN : 0)
                    | (MOVED_BEFORE_LAYER.contains(name) ? MOVED_BEFORE : 0)
                    | (IPV6_EXTENSIONS.contains(name) ? IPV6_EXTENSION : 0)
                    | (BESIDE_IPV6_EXTENSIONS.contains(name) ? BESIDE_IPV6_EXTENSION : 0)
                    | (callers.contains(name) ? CALLER_INTO_OWN_TREE : 0);
            kinds[d.id()] = (byte) k;
        }
        return new ShapeKinds(registry, kinds);
    }
}
