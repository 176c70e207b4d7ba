package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * DNS, mDNS and LLMNR over datagrams (Wireshark's {@code dns}, {@code mdns} and {@code llmnr}
 * protocols): one complete DNS message per call, the bytes a UDP dissector hands on. Wireshark
 * 4.0 registers DNS on UDP port 53, mDNS on 5353 and LLMNR on 5355, and also tries DNS as a
 * heuristic on other UDP ports ({@link #looksLikeDns}).
 *
 * <p>What the caller must have set on the packet: {@link Packet#setNetAddresses} and
 * {@link Packet#setPorts} (request/response matching is per conversation), and
 * {@link Packet#enterErrorPacket} around a datagram quoted in an ICMP error. {@code length} is
 * the payload length the UDP header reports; bytes beyond the captured ones make the message
 * "short", bytes beyond {@code length} are never read.
 *
 * <p>Nothing is parsed unless the session needs a field of these protocols (or every layer).
 */
public final class DnsDissector implements Dissector {

    /** Every field the three protocols may add (their own {@code dns.*} and expert infos). */
    static final List<FieldSpec> FIELDS;

    static {
        List<FieldSpec> all = new ArrayList<>(DnsFields.ALL);
        all.addAll(DnsRdataFields.ALL);
        all.addAll(Expert.FIELDS);
        FIELDS = Collections.unmodifiableList(all);
    }

    private final DnsVariant variant;

    public DnsDissector(DnsVariant variant) {
        this.variant = variant;
    }

    public DnsVariant variant() {
        return variant;
    }

    @Override
    public FieldSpec protocol() {
        return variant.protocol();
    }

    /** packet-*.c registers it under this short name, which error indications and expert taps quote. */
    @Override
    public String shortName() {
        return variant.shortName();
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    /** "Domain Name System (query)" or "(response)", as Wireshark titles the message's item. */
    @Override
    public String label(Packet p, int entry) {
        int response = p.firstInLayer(entry, DnsFields.FLAGS_RESPONSE.id());
        if (response < 0) {
            return null;
        }
        return variant.title() + (p.num(response) != 0 ? " (response)" : " (query)");
    }

    @Override
    public List<FieldSpec> labelFields() {
        return List.of(DnsFields.FLAGS_RESPONSE);
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        Session s = p.session();
        if (s.active(this)) {
            int entry = protocolEntry(p, variant.protocol());
            messages(s).dissect(p, buf, offset, length, length, variant, false, entry);
        }
        return length;
    }

    /** The protocol entry {@link Packet#call} has just added for this call, or -1. */
    static int protocolEntry(Packet p, FieldSpec protocol) {
        int last = p.entryCount() - 1;
        return last >= 0 && p.field(last) == protocol.id() ? last : -1;
    }

    /** The session's DNS parsing state (shared by UDP and TCP, as Wireshark's tables are). */
    static DnsMessageDissector messages(Session s) {
        return s.state(DnsMessageDissector.class, DnsMessageDissector::new);
    }

    /**
     * Wireshark's "DNS over UDP" heuristic (enabled by default, tried for UDP ports no dissector
     * claims): more than a header, opcode 0, and for a query one question and no answers or
     * authority records, for a response at most one question, 100 answers and 10 authority
     * records; at most 10 additional records either way. Reads the header, so like Wireshark's it
     * throws {@link io.sharkfin.dissect.Truncated} when the header was not captured.
     */
    public static boolean looksLikeDns(Packet p, int buf, int offset, int length) {
        if (length <= 12) {
            return false;
        }
        int flags = p.u16(buf, offset + 2);
        if ((flags & 0x7800) != 0) {
            return false;
        }
        int questions = p.u16(buf, offset + 4);
        int answers = p.u16(buf, offset + 6);
        int authority = p.u16(buf, offset + 8);
        if ((flags & 0x8000) == 0) {
            if (questions != 1 || answers != 0 || authority != 0) {
                return false;
            }
        } else if (questions > 1 || answers > 100 || authority > 10) {
            return false;
        }
        return p.u16(buf, offset + 10) <= 10;
    }
}
