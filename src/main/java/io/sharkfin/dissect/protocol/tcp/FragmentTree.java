package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Packet;

import static io.sharkfin.dissect.protocol.tcp.TcpFields.*;

/**
 * The list of segments a reassembled PDU was made of (Wireshark's {@code show_fragment_tree} for
 * TCP): {@code tcp.segments} with one {@code tcp.segment} per segment, then the count, the length
 * and the reassembled bytes, under the TCP item: Wireshark moves it to the top level right after
 * the TCP layer, which the tree's shape does (repl.view.TreeShape).
 */
final class FragmentTree {
    private FragmentTree() {
    }

    static void add(Packet p, Reassembly head, int reassembledBuf, int tcpItem) {
        if (!p.wants(SEGMENTS) && !p.wants(SEGMENT) && !p.wants(SEGMENT_COUNT)
                && !p.wants(REASSEMBLED_LENGTH) && !p.wants(REASSEMBLED_DATA) && !p.wants(SEGMENT_ERROR)
                && !p.wants(SEGMENT_OVERLAP) && !p.wants(SEGMENT_OVERLAP_CONFLICT)
                && !p.wants(SEGMENT_MULTIPLE_TAILS) && !p.wants(SEGMENT_TOO_LONG)) {
            return;
        }
        int length = p.bufferLength(reassembledBuf);
        int saved = p.openSubtree(tcpItem);
        int top = p.addNone(SEGMENTS, reassembledBuf, 0, length);
        p.openSubtree(top);
        int n = head.fragmentCount();
        for (int i = 0; i < n; i++) {
            int flags = head.fragmentFlags(i);
            boolean error = (flags & (Reassembly.OVERLAP_CONFLICT | Reassembly.MULTIPLE_TAILS
                    | Reassembly.TOO_LONG)) != 0;
            int off = Math.min(head.offset(i), length);
            int len = Math.min(head.length(i), length - off);
            int e = p.addUInt(error ? SEGMENT_ERROR : SEGMENT, reassembledBuf, off, len, head.frame(i));
            if ((flags & (Reassembly.OVERLAP | Reassembly.OVERLAP_CONFLICT | Reassembly.MULTIPLE_TAILS
                    | Reassembly.TOO_LONG)) != 0) {
                int inner = p.openSubtree(e);
                if ((flags & Reassembly.OVERLAP) != 0) {
                    p.addBoolean(SEGMENT_OVERLAP, reassembledBuf, 0, 0, true);
                }
                if ((flags & Reassembly.OVERLAP_CONFLICT) != 0) {
                    p.addBoolean(SEGMENT_OVERLAP_CONFLICT, reassembledBuf, 0, 0, true);
                }
                if ((flags & Reassembly.MULTIPLE_TAILS) != 0) {
                    p.addBoolean(SEGMENT_MULTIPLE_TAILS, reassembledBuf, 0, 0, true);
                }
                if ((flags & Reassembly.TOO_LONG) != 0) {
                    p.addBoolean(SEGMENT_TOO_LONG, reassembledBuf, 0, 0, true);
                }
                p.closeSubtree(inner);
            }
        }
        p.addUInt(SEGMENT_COUNT, reassembledBuf, 0, 0, n);
        p.addUInt(REASSEMBLED_LENGTH, reassembledBuf, 0, 0, length);
        p.addBytes(REASSEMBLED_DATA, reassembledBuf, 0, length);
        p.closeSubtree(saved);
    }
}
