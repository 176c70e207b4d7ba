package io.sharkfin.repl.view;

import io.sharkfin.dissect.Packet;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The shape Wireshark gives a frame's tree. A packet records each protocol under the protocol
 * that called it (frame → eth → ip → udp), but Wireshark shows those protocols side by side at
 * the top level — they are the frame's layers ({@link Packet#layerProtocol}). Protocol-typed items
 * that are not layers (TCP options, expert infos) and layers added inside another item
 * (certificates inside TLS) stay where they are, and the packet an ICMP error quotes sits one
 * level inside the ICMP item, except what its UDP datagram carries: packet-udp.c hands a payload
 * to the tree's root, so a quoted DNS query is a top-level layer after the ICMP item.
 */
final class TreeShape {

    private final int[] depth;
    private final boolean[] layer;
    private final boolean[] moved;
    private final boolean[] movedBefore;
    private final int[] quotedIn;
    /** For a layer UDP handed a quoted payload to: the item whose layers it joins (-1: none). */
    private final int[] rootedUnder;
    /** For an IPv6 extension header: the IPv6 item it is drawn in (-1: none). */
    private final int[] insideOf;
    /** A moved item left among its parent's layers, in the order added (undrawn tree). */
    private final boolean[] addedInPlace;
    /**
     * The packet an ICMP error quotes: drawn among the ICMP item's children in the order added,
     * not after them as a caller's layers are (RFC 4884 extensions follow it).
     */
    private final boolean[] quotedLayer;

    /** Computes the shape of the packet just dissected, as a drawn tree (-V) shows it. */
    TreeShape(Packet p) {
        this(p, true);
    }

    /**
     * Computes the shape of the packet just dissected; {@code drawn} false: as the tree tshark
     * builds but does not draw (see {@link ShapeKinds#ONLY_WHEN_DRAWN}).
     */
    TreeShape(Packet p, boolean drawn) {
        int n = p.entryCount();
        BitSet layers = new BitSet();
        for (int i = 0; i < p.layerCount(); i++) {
            layers.set(p.layerProtocol(i));
        }
        depth = new int[n];
        layer = new boolean[n];
        moved = new boolean[n];
        movedBefore = new boolean[n];
        quotedIn = new int[n];
        rootedUnder = new int[n];
        addedInPlace = new boolean[n];
        quotedLayer = new boolean[n];
        insideOf = new int[n];
        Arrays.fill(insideOf, -1);
        Arrays.fill(rootedUnder, -1);
        ShapeKinds kinds = ShapeKinds.of(p.registry());
        for (int e = 0; e < n; e++) {
            int field = p.field(e);
            int kind = kinds.of(field);
            boolean protocol = (kind & ShapeKinds.PROTOCOL) != 0;
            int parent = p.parent(e);
            // parents are added before their children, so their shape is known
            boolean known = parent >= 0 && parent < e;
            int parentField = known ? p.field(parent) : -1;
            int parentKind = known ? kinds.of(parentField) : 0;
            quotedIn[e] = !known ? -1 : (parentKind & ShapeKinds.QUOTING) != 0 ? parent : quotedIn[parent];
            layer[e] = protocol && layers.get(field) && (parent < 0 || known && layer[parent]
                    && !((parentKind & ShapeKinds.CALLER_INTO_OWN_TREE) != 0 && kinds.callsIntoOwnTree(parentField, field)));
            quotedLayer[e] = layer[e] && (parentKind & ShapeKinds.QUOTING) != 0;
            moved[e] = known && layer[parent] && (kind & ShapeKinds.MOVED_AFTER) != 0;
            addedInPlace[e] = moved[e] && !drawn && (kind & ShapeKinds.ONLY_WHEN_DRAWN) != 0;
            movedBefore[e] = known && layer[parent] && (kind & ShapeKinds.MOVED_BEFORE) != 0;
            if (known && protocol && (kind & ShapeKinds.IPV6_EXTENSION) != 0) {
                insideOf[e] = insideOf[parent] >= 0 ? insideOf[parent]
                        : layer[parent] && parentField == kinds.ipv6() ? parent : -1;
            } else if (known && (kind & ShapeKinds.BESIDE_IPV6_EXTENSION) != 0) {
                insideOf[e] = insideOf[parent];
            }
            if (insideOf[e] >= 0) {
                layer[e] = false;
                depth[e] = depth[insideOf[e]] + 1;
            } else if (known && insideOf[parent] >= 0 && protocol && layers.get(field)) {
                // what follows the extension headers: the next layer after IPv6's
                layer[e] = true;
                rootedUnder[e] = insideOf[parent];
                depth[e] = depth[insideOf[parent]];
            } else if (layer[e] && quotedIn[e] >= 0 && parentField == kinds.udp()) {
                // the quoting item's caller gets it as its next layer, at the top level
                rootedUnder[e] = p.parent(quotedIn[e]);
                quotedIn[e] = -1;
                depth[e] = 0;
            } else if (layer[e]) {
                depth[e] = quotedIn[e] < 0 ? 0 : depth[quotedIn[e]] + 1;
            } else if (moved[e] || movedBefore[e]) {
                depth[e] = depth[parent];
            } else {
                depth[e] = known ? depth[parent] + 1 : 0;
            }
        }
    }

    /** Whether entry {@code e} is the protocol item of an ICMP error, which quotes the packet it answers. */
    static boolean isQuoting(Packet p, int e) {
        return (ShapeKinds.of(p.registry()).of(p.field(e)) & ShapeKinds.QUOTING) != 0;
    }

    /** The display depth of entry {@code e}. */
    int depth(int e) {
        return depth[e];
    }

    /**
     * The top-level entries in the order of {@link #order}, without walking the whole tree: the
     * walk meets them in the order they were added (a caller's layers follow it, a PDU's
     * layers its caller's, a root its predecessor's subtree), except for the items moved next to
     * their layer, right after it and the items moved there before them, and those moved before it.
     */
    int[] topLevel(Packet p) {
        int n = depth.length;
        int[] out = new int[n];
        int k = 0;
        for (int e = 0; e < n; e++) {
            if (depth[e] != 0 || moved[e] && !addedInPlace[e] || movedBefore[e]) {
                continue;
            }
            out[k++] = e;
        }
        for (int e = 0; e < n; e++) {
            if (depth[e] != 0) {
                continue;
            }
            int parent = p.parent(e);
            if (moved[e] && !addedInPlace[e]) {
                // after the parent and what was moved after it before
                int at = indexOf(out, k, parent) + 1;
                while (at > 0 && at < k && moved[out[at]] && !addedInPlace[out[at]] && p.parent(out[at]) == parent) {
                    at++;
                }
                k = insert(out, k, at, e);
            } else if (movedBefore[e]) {
                k = insert(out, k, Math.max(indexOf(out, k, parent), 0), e);
            }
        }
        return Arrays.copyOf(out, k);
    }

    private static int indexOf(int[] a, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (a[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int insert(int[] a, int length, int at, int value) {
        System.arraycopy(a, at, a, at + 1, length - at);
        a[at] = value;
        return length + 1;
    }

    /**
     * The entries in the order of Wireshark's tree: each item, then its subtree. Under an item,
     * the layers it handed bytes to come after its other items, because Wireshark draws a layer
     * as its own subtree after the caller's: an item added once a later layer has returned (the
     * frame's {@code frame.protocols}, known only at the end) is still drawn with its protocol.
     */
    int[] order(Packet p) {
        int n = depth.length;
        int[] firstChild = new int[n];
        int[] lastChild = new int[n];
        int[] firstLayer = new int[n];
        int[] lastLayer = new int[n];
        int[] sibling = new int[n];
        int[] lastMoved = new int[n];
        Arrays.fill(lastMoved, -1);
        Arrays.fill(firstChild, -1);
        Arrays.fill(firstLayer, -1);
        Arrays.fill(sibling, -1);
        // the roots chain through sibling too
        int firstRoot = -1;
        int lastRoot = -1;
        for (int e = 0; e < n; e++) {
            int parent = p.parent(e);
            if (parent < 0 || parent >= e) {
                if (firstRoot < 0) {
                    firstRoot = e;
                } else {
                    sibling[lastRoot] = e;
                }
                lastRoot = e;
            } else if (rootedUnder[e] >= 0) {
                link(firstLayer, lastLayer, sibling, rootedUnder[e], e);
            } else if (insideOf[e] >= 0) {
                link(firstChild, lastChild, sibling, insideOf[e], e);
            } else if (quotedLayer[e]) {
                link(firstChild, lastChild, sibling, parent, e);
            } else if (layer[e] || addedInPlace[e]) {
                link(firstLayer, lastLayer, sibling, parent, e);
            } else if (moved[e]) {
                // before the layers that follow the item, after the items moved before it
                int after = lastMoved[parent];
                if (after < 0) {
                    sibling[e] = firstLayer[parent];
                    firstLayer[parent] = e;
                } else {
                    sibling[e] = sibling[after];
                    sibling[after] = e;
                }
                if (sibling[e] < 0) {
                    lastLayer[parent] = e;
                }
                lastMoved[parent] = e;
            } else {
                link(firstChild, lastChild, sibling, parent, e);
            }
        }
        // depth-first with an explicit stack of "next entry to visit" at each level
        int[] order = new int[n];
        int k = 0;
        int[] stack = new int[n + 1];
        boolean[] inLayers = new boolean[n + 1];
        int[] owner = new int[n + 1];
        int top = 0;
        stack[0] = firstRoot;
        owner[0] = -1;
        while (top >= 0) {
            int e = stack[top];
            if (e < 0) {
                // this level's items are done: its owner's layers follow, then the level ends
                int o = owner[top];
                if (o >= 0 && !inLayers[top]) {
                    inLayers[top] = true;
                    stack[top] = firstLayer[o];
                } else {
                    top--;
                }
                continue;
            }
            order[k++] = e;
            stack[top] = sibling[e];
            top++;
            stack[top] = firstChild[e];
            owner[top] = e;
            inLayers[top] = false;
        }
        for (int e = 0; e < n; e++) {
            if (movedBefore[e]) {
                moveBeforeParent(p, order, e);
            }
        }
        return order;
    }

    /** Puts item {@code e} and its subtree, visited among its parent's items, before the parent. */
    private static void moveBeforeParent(Packet p, int[] order, int e) {
        int at = indexOf(order, e);
        int parentAt = indexOf(order, p.parent(e));
        if (at < 0 || parentAt < 0 || parentAt > at) {
            return;
        }
        int end = at + 1;
        while (end < order.length && p.isUnder(order[end], e)) {
            end++;
        }
        int[] block = Arrays.copyOfRange(order, at, end);
        System.arraycopy(order, parentAt, order, parentAt + block.length, at - parentAt);
        System.arraycopy(block, 0, order, parentAt, block.length);
    }

    private static int indexOf(int[] order, int e) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] == e) {
                return i;
            }
        }
        return -1;
    }

    private static void link(int[] first, int[] last, int[] sibling, int parent, int e) {
        if (first[parent] < 0) {
            first[parent] = e;
        } else {
            sibling[last[parent]] = e;
        }
        last[parent] = e;
    }

    /** Whether entry {@code e} is one of the frame's own layers (not inside a quoted packet). */
    boolean isTopLayer(int e) {
        return layer[e] && quotedIn[e] < 0;
    }
}
