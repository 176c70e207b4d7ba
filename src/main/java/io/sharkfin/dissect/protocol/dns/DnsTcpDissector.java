package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.protocol.tcp.TcpPayload;
import io.sharkfin.dissect.protocol.tcp.TcpPayloadDissector;
import io.sharkfin.dissect.protocol.tcp.TcpPdus;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.Truncated;

import java.util.List;

/**
 * DNS over TCP (Wireshark registers it on TCP ports 53 and 5353): the bytes TCP hands on are DNS
 * messages, each behind a 2-byte length (RFC 1035 4.2.2), possibly several in one segment. This
 * is Wireshark's {@code tcp_dissect_pdus} loop around {@link DnsMessageDissector}: every complete
 * message is dissected in turn (an error in one does not stop the next), each gets its own
 * {@code dns} item under the one {@code dns} layer, and matching uses TCP conversations.
 *
 * <h2>What this needs from TCP</h2>
 * <ul>
 *   <li>to be called with the TCP payload of a segment, after TCP has set
 *       {@link Packet#setNetAddresses} and {@link Packet#setPorts}, and with a buffer that holds
 *       the reassembled bytes when TCP completes a message it was asked to collect;</li>
 *   <li>a {@link Desegmenter}: whether this segment may be held back for reassembly (TCP's
 *       "allow subdissector to reassemble" and DNS's "desegment_dns_messages", both on by
 *       default), a way to ask for more bytes from an offset (a number of bytes, or one more
 *       segment when even the length prefix is cut), and TCP's own {@code tcp.pdu.size} per
 *       message. Called by TCP ({@link #dissectTcp}) it is TCP's {@link TcpPayload}; called
 *       otherwise, a message that runs past the data is dissected as far as it goes, as
 *       Wireshark does when reassembly is off.</li>
 * </ul>
 */
public final class DnsTcpDissector implements TcpPayloadDissector {

    /** What TCP offers a protocol whose messages may span segments. */
    public interface Desegmenter {
        /** Whether TCP would collect more segments for this one. */
        boolean canDesegment(Packet p);

        /**
         * Asks TCP to collect {@code more} bytes beyond this segment for the message starting
         * at {@code offset} of it ({@code more == -1}: one more segment), and to call again
         * with the message complete.
         */
        void requestMore(Packet p, int offset, int more);

        /** Records TCP's {@code tcp.pdu.size} for a message of {@code size} bytes at {@code offset}. */
        void pduSize(Packet p, int offset, int size);

        /**
         * Whether the messages must be found even when the session needs no DNS field, because
         * TCP's reassembly fields depend on them ({@link TcpPayload#pdusWanted()}).
         */
        default boolean pdusWanted(Packet p) {
            return false;
        }
    }

    private final Desegmenter desegmenter;

    /** An adapter without reassembly (see the class comment). */
    public DnsTcpDissector() {
        this(null);
    }

    public DnsTcpDissector(Desegmenter desegmenter) {
        this.desegmenter = desegmenter;
    }

    @Override
    public FieldSpec protocol() {
        return DnsFields.DNS;
    }

    @Override
    public List<FieldSpec> fields() {
        return DnsDissector.FIELDS;
    }

    /** Called by TCP: reassembly through the segment's {@link TcpPayload}. */
    @Override
    public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
        return dissectWith(p, buf, offset, length, desegmenter != null ? desegmenter : new Desegmenter() {
            @Override
            public boolean canDesegment(Packet q) {
                return tcp.canDesegment();
            }

            @Override
            public void requestMore(Packet q, int off, int more) {
                if (more < 0) {
                    tcp.needOneMoreSegment(offset + off);
                } else {
                    tcp.needMore(offset + off, more);
                }
            }

            @Override
            public void pduSize(Packet q, int off, int size) {
                TcpPdus.addPduSize(q, buf, offset + off, size, tcp);
            }

            @Override
            public boolean pdusWanted(Packet q) {
                return tcp.pdusWanted();
            }
        });
    }

    private int dissectWith(Packet p, int buf, int offset, int length, Desegmenter desegmenter) {
        Session s = p.session();
        if (!s.active(this) && (desegmenter == null || !desegmenter.pdusWanted(p))) {
            return length;
        }
        DnsMessageDissector messages = DnsDissector.messages(s);
        boolean desegment = desegmenter != null && desegmenter.canDesegment(p);
        int available = Math.max(0, Math.min(length, p.bufferLength(buf) - offset));
        // the entry Packet.call has just added (if wanted) is the first message's item
        int entry = DnsDissector.protocolEntry(p, DnsFields.DNS);
        int off = 0;
        while (length - off > 0) {
            int captured = available - off;
            if (captured <= 0) {
                throw Truncated.SHORT; // bytes reported but not captured
            }
            // an incomplete message is collected by TCP; what came before it was taken (0 for
            // the first message removes the empty dns layer, as tcp_dissect_pdus does)
            if (desegment && captured < 2) {
                desegmenter.requestMore(p, off, -1);
                return off;
            }
            int size = p.u16(buf, offset + off) + 2;
            if (desegment && captured < size) {
                desegmenter.requestMore(p, off, size - captured);
                return off;
            }
            int take = Math.min(captured, size);
            if (entry < 0 && off > 0 && p.wants(DnsFields.DNS)) {
                entry = p.addNone(DnsFields.DNS, buf, offset + off, take);
            }
            if (entry >= 0 && take < 6) {
                // too short for ID and flags: Wireshark never adds this message's item
                p.discardEntriesFrom(entry);
                entry = -1;
            }
            if (desegmenter != null) {
                desegmenter.pduSize(p, off, size);
            }
            message(p, messages, buf, offset + off, size, take, entry);
            entry = -1;
            off += size;
        }
        return length;
    }

    /**
     * One message; a malformed one ends itself, not the loop (as in {@code tcp_dissect_pdus}); a
     * message cut by the capture ends the loop.
     */
    private static void message(Packet p, DnsMessageDissector messages, int buf, int start,
                                int size, int captured, int entry) {
        int saved = p.openSubtree(entry);
        try {
            messages.dissect(p, buf, start, size, captured, DnsVariant.DNS, true, -1);
        } catch (Truncated t) {
            if (!t.isMalformed()) {
                throw t;
            }
            p.closeSubtree(saved);
            p.showException(t, buf, start);
        } finally {
            p.closeSubtree(saved);
        }
    }
}
