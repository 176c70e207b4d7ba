package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;

/**
 * The PDU loop for protocols whose PDUs start with a fixed-size part that tells the PDU's length
 * (TLS records, DNS over TCP, ...), Wireshark's {@code tcp_dissect_pdus}: it cuts the payload
 * into PDUs, asks TCP for more bytes when the last one is cut off, adds {@code tcp.pdu.size} to
 * the TCP layer for each PDU, and calls the PDU dissector for each complete one.
 *
 * <pre>{@code
 * public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
 *     return TcpPdus.dissect(p, buf, offset, length, tcp, true, 2,
 *             (pk, b, off, avail) -> pk.u16(b, off) + 2,   // DNS over TCP: 2-byte length prefix
 *             this::dissectMessage);
 * }
 * }</pre>
 */
public final class TcpPdus {
    private TcpPdus() {
    }

    /** Reads the length of the PDU starting at {@code offset} from its fixed-size part. */
    @FunctionalInterface
    public interface PduLength {
        /**
         * @param available bytes present from {@code offset} on (at least the fixed size when
         *                  desegmentation is possible)
         * @return the PDU's whole length in bytes, or 0 when it cannot be told yet (TCP is then
         *         asked for one more segment)
         */
        int length(Packet p, int buf, int offset, int available);
    }

    /** Dissects one PDU of {@code length} bytes (it may extend past the captured bytes). */
    @FunctionalInterface
    public interface PduDissector {
        void dissect(Packet p, int buf, int offset, int length);
    }

    /**
     * Dissects the PDUs in {@code length} bytes at {@code offset}.
     *
     * @param desegment whether the protocol wants PDUs reassembled across segments (its
     *                  "desegment" preference; Wireshark's default is on)
     * @param fixedLen  size of the part of a PDU that holds its length
     * @return the bytes of the PDUs dissected, or {@code length} when the payload ended with a
     *         complete PDU: 0 when the first PDU is incomplete and TCP was asked for more, so
     *         that the caller's (empty) layer is removed as Wireshark removes it
     */
    public static int dissect(Packet p, int buf, int offset, int length, TcpPayload tcp,
                              boolean desegment, int fixedLen, PduLength pduLength, PduDissector pdu) {
        boolean reassemble = desegment && tcp.canDesegment();
        int end = offset + length;
        int off = offset;
        while (end - off > 0) {
            int captured = Math.min(end, p.bufferLength(buf)) - off;
            if (captured <= 0) {
                throw Truncated.SHORT;
            }
            if (reassemble && captured < fixedLen) {
                // the length is not all there yet; do not guess how much more is needed
                tcp.needOneMoreSegment(off);
                return off - offset;
            }
            int plen = pduLength.length(p, buf, off, captured);
            if (plen == 0) {
                if (!reassemble) {
                    throw Truncated.SHORT;
                }
                tcp.needOneMoreSegment(off);
                return off - offset;
            }
            if (plen < fixedLen) {
                // a length too small to hold its own header: the packet is malformed
                p.markMalformed();
                return length;
            }
            int remaining = end - off;
            if (plen > remaining) {
                tcp.trackNextPdu(plen - remaining);
            }
            if (reassemble && captured < plen) {
                tcp.needMore(off, plen - captured);
                return off - offset;
            }
            addPduSize(p, buf, off, plen, tcp);
            try {
                pdu.dissect(p, buf, off, plen);
            } catch (Truncated t) {
                if (!t.isMalformed()) {
                    throw t;
                }
                // a malformed PDU does not spoil the next ones
                p.showException(t, buf, off);
            }
            int before = off;
            off += plen;
            if (off <= before) {
                break;
            }
        }
        return length;
    }

    /** Adds TCP's {@code tcp.pdu.size} for a PDU of {@code plen} bytes at {@code off}. */
    public static void addPduSize(Packet p, int buf, int off, int plen, TcpPayload tcp) {
        int saved = p.openSubtree(tcp.tcpEntry());
        p.addUInt(TcpFields.PDU_SIZE, buf, off, plen, plen);
        p.closeSubtree(saved);
    }
}
