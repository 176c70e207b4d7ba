package io.sharkfin.stats;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What packet-dns.c's "dns" tap queues ({@code struct DnsTap}): one record per DNS message
 * (not mDNS or LLMNR, nor one quoted in an ICMP error, nor one whose dissection an exception
 * ended), read back from the message's fields.
 */
final class DnsTap {

    /**
     * One message: header flags, its first question's type, class, name length and labels (0
     * without a question), its length, section counts, and for a response whether it answers
     * no query, repeats an answer, or else its time since the query (dns.time).
     */
    record Message(int qr, int opcode, int rcode, int qtype, int qclass, int payloadSize, int qnameLength,
                   int qnameLabels, int questions, int answers, int authorities, int additionals,
                   boolean unsolicited, boolean retransmission, long rrtSeconds, int rrtNanos) {
    }

    private final TapFields f;
    private final int dns;
    private final int flags;
    private final int tcpLength;
    private final int qtype;
    private final int qclass;
    private final int nameLength;
    private final int labels;
    private final int[] questions;
    private final int[] answers;
    private final int[] authorities;
    private final int additionals;
    private final int unsolicited;
    private final int retransmission;
    private final int time;

    DnsTap(FieldRegistry registry) {
        f = new TapFields(registry);
        f.readExceptions();
        dns = f.id("dns");
        flags = f.id("dns.flags");
        tcpLength = f.id("dns.length");
        qtype = f.id("dns.qry.type");
        qclass = f.id("dns.qry.class");
        nameLength = f.id("dns.qry.name.len");
        labels = f.id("dns.count.labels");
        // a dynamic update names its sections zones, prerequisites and updates
        questions = new int[] {f.id("dns.count.queries"), f.id("dns.count.zones")};
        answers = new int[] {f.id("dns.count.answers"), f.id("dns.count.prerequisites")};
        authorities = new int[] {f.id("dns.count.auth_rr"), f.id("dns.count.updates")};
        additionals = f.id("dns.count.add_rr");
        unsolicited = f.id("dns.unsolicited");
        retransmission = f.id("dns.retransmission");
        time = f.id("dns.time");
    }

    BitSet fields() {
        return f.fields();
    }

    /**
     * What {@code val_to_str} makes of {@code v} with the value strings of field {@code name}:
     * the value's name, else {@code unknown} with the value ("Unknown class (%d)").
     */
    String valueName(String name, long v, String unknown) {
        String s = f.valueName(name, v);
        return s != null ? s : unknown + " (" + v + ")";
    }

    /** The frame's messages in the order they were dissected. */
    List<Message> messages(Packet p) {
        List<Message> messages = new ArrayList<>();
        for (int e = dns < 0 ? -1 : p.first(dns); e >= 0; e = p.next(e)) {
            if (f.quoted(p, e)) {
                continue;
            }
            int next = p.next(e);
            int end = next < 0 ? Integer.MAX_VALUE : next;
            if (f.exceptionAfter(p, e, end) >= 0) {
                continue;
            }
            int fl = (int) num(p, flags, e, end, 0);
            int nq = (int) num(p, questions, e, end);
            long rrtSeconds = 0;
            int rrtNanos = 0;
            int t = TapFields.first(p, time, e, end);
            if (t >= 0) {
                rrtSeconds = p.timeSeconds(t);
                rrtNanos = p.timeNanos(t);
            }
            messages.add(new Message(fl >> 15, (fl >> 11) & 0xf, fl & 0xf,
                    nq > 0 ? (int) num(p, qtype, e, end, 0) : 0, nq > 0 ? (int) num(p, qclass, e, end, 0) : 0,
                    payloadSize(p, e, end), nq > 0 ? (int) num(p, nameLength, e, end, 0) : 0,
                    nq > 0 ? (int) num(p, labels, e, end, 0) : 0, nq, (int) num(p, answers, e, end),
                    (int) num(p, authorities, e, end), (int) num(p, additionals, e, end, 0),
                    TapFields.first(p, unsolicited, e, end) >= 0, TapFields.first(p, retransmission, e, end) >= 0,
                    rrtSeconds, rrtNanos));
        }
        return messages;
    }

    /**
     * The length of the data the message was dissected from ({@code tvb_captured_length}): over
     * TCP one PDU, its length field and the message, though the protocol item spans more.
     */
    private int payloadSize(Packet p, int e, int end) {
        int length = TapFields.first(p, tcpLength, e, end);
        return length < 0 ? p.rawLen(e) : (int) Math.min(p.rawLen(e), p.num(length) + 2);
    }

    private static long num(Packet p, int field, int e, int end, long otherwise) {
        int x = TapFields.first(p, field, e, end);
        return x < 0 ? otherwise : p.num(x);
    }

    /** The value of whichever of two fields (plain and dynamic update names) the message has. */
    private static long num(Packet p, int[] fields, int e, int end) {
        for (int field : fields) {
            int x = TapFields.first(p, field, e, end);
            if (x >= 0) {
                return p.num(x);
            }
        }
        return 0;
    }
}
