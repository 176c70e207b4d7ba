package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

/**
 * Dissects one complete DNS message (Wireshark's {@code dissect_dns_common}): header and flags,
 * the four sections, request/response tracking, and trailing bytes. One instance per session
 * holds the reusable parsing state and the transaction table.
 */
final class DnsMessageDissector {
    private static final int RESPONSE = 0x8000;
    private static final int OPCODE_UPDATE = 5;
    private static final int OPCODE_DSO = 6;
    private static final int AD_BIT = 0x0020;
    private static final int HEADER = 12;

    /** Fields that only request/response tracking produces. */
    private static final FieldSpec[] TRACKING = {DnsFields.RESPONSE_IN, DnsFields.RESPONSE_TO,
        DnsFields.TIME, DnsFields.RETRANSMISSION, DnsFields.RETRANSMIT_REQUEST_IN,
        DnsFields.RETRANSMIT_RESPONSE_IN, DnsFields.UNSOLICITED, DnsFields.RETRANSMIT_REQUEST,
        DnsFields.RETRANSMIT_RESPONSE, Expert.EXPERT, Expert.MESSAGE, Expert.SEVERITY, Expert.GROUP};

    /** The fields of the header, added before the sections. */
    private static final java.util.Set<FieldSpec> HEADER_FIELDS = java.util.Set.of(DnsFields.LENGTH, DnsFields.ID,
        DnsFields.FLAGS, DnsFields.FLAGS_RESPONSE, DnsFields.FLAGS_OPCODE, DnsFields.FLAGS_AUTHORITATIVE,
        DnsFields.FLAGS_CONFLICT, DnsFields.FLAGS_TRUNCATED, DnsFields.FLAGS_RECDESIRED, DnsFields.FLAGS_TENTATIVE,
        DnsFields.FLAGS_RECAVAIL, DnsFields.FLAGS_Z, DnsFields.FLAGS_AUTHENTICATED, DnsFields.FLAGS_CHECKDISABLE,
        DnsFields.FLAGS_RCODE, DnsFields.COUNT_QUERIES, DnsFields.COUNT_ZONES, DnsFields.COUNT_ANSWERS,
        DnsFields.COUNT_PREREQUISITES, DnsFields.COUNT_AUTH_RR, DnsFields.COUNT_UPDATES, DnsFields.COUNT_ADD_RR);

    private final DnsSpan span = new DnsSpan();
    private final DnsTree tree = new DnsTree();
    private final DnsNameReader names = new DnsNameReader();
    private final DnsSections sections = new DnsSections(names);
    private final DnsTransactions transactions = new DnsTransactions();
    private Boolean tracking;
    private Boolean sectionsWanted;

    /**
     * Dissects the message of {@code length} bytes at {@code offset} of buffer {@code buf}, of
     * which at most {@code captured} are available; for DNS over TCP the message starts with its
     * 2-byte length prefix. {@code protocolEntry} is the message's protocol entry (-1: none),
     * which goes again when the message is too short for its ID and flags: Wireshark adds its
     * protocol item only after reading them.
     *
     * @throws io.sharkfin.dissect.Truncated where Wireshark's dissector throws
     */
    void dissect(Packet p, int buf, int offset, int length, int captured, DnsVariant variant,
                 boolean tcp, int protocolEntry) {
        DnsSpan s = span.reset(p, buf, offset, length, captured);
        tree.reset(s);
        int base = tcp ? 2 : 0;
        if (!s.has(base, 4) && protocolEntry >= 0) {
            p.discardEntriesFrom(protocolEntry);
        }
        int id = s.u16(base);
        int flags = s.u16(base + 2);
        int opcode = (flags >> 11) & 0xf;
        boolean response = (flags & RESPONSE) != 0;
        boolean update = opcode == OPCODE_UPDATE;
        DnsTransactions.Match match = tracked(p) ? transactions.track(p, tcp, id, response) : null;

        if (tcp) {
            tree.item(DnsFields.LENGTH, 0, 2);
        }
        int idItem = tree.uint(DnsFields.ID, base, 2, id);
        flags(p, base + 2, flags, variant);
        int quest = count(base + 4, update ? DnsFields.COUNT_ZONES : DnsFields.COUNT_QUERIES);
        int ans = count(base + 6, update ? DnsFields.COUNT_PREREQUISITES : DnsFields.COUNT_ANSWERS);
        int auth = count(base + 8, update ? DnsFields.COUNT_UPDATES : DnsFields.COUNT_AUTH_RR);
        int add = count(base + 10, DnsFields.COUNT_ADD_RR);

        if (match == null && !sectionsWanted(p)) {
            // nothing the sections add is wanted and tracking is off: a filter on the header
            // (dns.flags.rcode == 3, dns.id) costs no name or record parsing
            return;
        }
        sections.reset(tree, base, variant == DnsVariant.MDNS);
        int cur = base + HEADER;
        if (opcode == OPCODE_DSO && quest == 0 && ans == 0 && auth == 0 && add == 0) {
            cur += sections.dso(cur);
        }
        if (quest > 0) {
            cur += sections.questions(cur, quest, update ? "Zone" : "Queries");
            if (match != null && match.transaction != null) {
                match.transaction.multipleResponses = sections.multipleResponses();
            }
        }
        if (ans > 0) {
            cur += sections.records(cur, ans, update ? "Prerequisites" : "Answers");
        }
        if (auth > 0) {
            cur += sections.records(cur, auth, update ? "Updates" : "Authoritative nameservers");
        }
        if (add > 0) {
            cur += sections.records(cur, add, "Additional records");
        }
        if (match != null) {
            trackingFields(p, match, response, idItem);
        }
        extraneous(cur);
    }

    /** The flags word and its bits; which bits depends on the variant and on QR. */
    private void flags(Packet p, int off, int flags, DnsVariant variant) {
        boolean response = (flags & RESPONSE) != 0;
        int item = tree.item(DnsFields.FLAGS, off, 2);
        int saved = p.openSubtree(item);
        tree.item(DnsFields.FLAGS_RESPONSE, off, 2);
        tree.item(DnsFields.FLAGS_OPCODE, off, 2);
        if (variant == DnsVariant.LLMNR) {
            tree.item(DnsFields.FLAGS_CONFLICT, off, 2);
            tree.item(DnsFields.FLAGS_TRUNCATED, off, 2);
            tree.item(DnsFields.FLAGS_TENTATIVE, off, 2);
        } else {
            if (response) {
                tree.item(DnsFields.FLAGS_AUTHORITATIVE, off, 2);
            }
            tree.item(DnsFields.FLAGS_TRUNCATED, off, 2);
            tree.item(DnsFields.FLAGS_RECDESIRED, off, 2);
            if (response) {
                tree.item(DnsFields.FLAGS_RECAVAIL, off, 2);
            }
            tree.item(DnsFields.FLAGS_Z, off, 2);
            if (response || (flags & AD_BIT) != 0) {
                tree.item(DnsFields.FLAGS_AUTHENTICATED, off, 2);
            }
            tree.item(DnsFields.FLAGS_CHECKDISABLE, off, 2);
        }
        if (response) {
            tree.item(DnsFields.FLAGS_RCODE, off, 2);
        }
        p.closeSubtree(saved);
    }

    private int count(int off, FieldSpec f) {
        int n = span.u16(off);
        tree.uint(f, off, 2, n);
        return n;
    }

    /**
     * Whether this session needs a field that the sections, the trailing bytes or their
     * findings add (decided once): every field but the header's ({@link #HEADER_FIELDS}).
     * Without, they are not parsed; what is lost is only whether a broken record would have
     * marked the frame malformed, which nobody then reads: frame.protocols and the findings
     * ({@link io.sharkfin.dissect.Session#runsAllDissectors}) and the summary's Info column
     * (it wants the names) keep the parsing.
     */
    private boolean sectionsWanted(Packet p) {
        if (sectionsWanted == null) {
            boolean any = p.session().runsAllDissectors();
            for (FieldSpec f : DnsDissector.FIELDS) {
                any |= !HEADER_FIELDS.contains(f) && p.wants(f);
            }
            sectionsWanted = any;
        }
        return sectionsWanted;
    }

    /** Whether this session needs request/response tracking at all (decided once). */
    private boolean tracked(Packet p) {
        if (tracking == null) {
            boolean any = false;
            for (FieldSpec f : TRACKING) {
                any |= p.wants(f);
            }
            tracking = any;
        }
        return tracking;
    }

    /** The generated fields of request/response tracking, after the sections as in Wireshark. */
    private void trackingFields(Packet p, DnsTransactions.Match m, boolean response, int idItem) {
        long request = m.requestFrame();
        long reply = m.responseFrame();
        boolean inError = p.inErrorPacket();
        if (!response) {
            if (m.retransmission && request != 0 && !inError) {
                Expert.add(p, idItem, DnsFields.RETRANSMIT_REQUEST, Expert.Severity.WARN, Expert.Group.PROTOCOL,
                        "DNS query retransmission. Original request in frame " + request);
                tree.uint(DnsFields.RETRANSMIT_REQUEST_IN, 0, 0, request);
                tree.bool(DnsFields.RETRANSMISSION, 0, 0, 1);
            } else if (reply != 0) {
                tree.uint(DnsFields.RESPONSE_IN, 0, 0, reply);
            }
        } else if (request != 0) {
            if (m.retransmission && reply != 0 && !inError) {
                Expert.add(p, idItem, DnsFields.RETRANSMIT_RESPONSE, Expert.Severity.WARN, Expert.Group.PROTOCOL,
                        "DNS response retransmission. Original response in frame " + reply);
                tree.uint(DnsFields.RETRANSMIT_RESPONSE_IN, 0, 0, reply);
                tree.bool(DnsFields.RETRANSMISSION, 0, 0, 1);
            } else {
                tree.uint(DnsFields.RESPONSE_TO, 0, 0, request);
                tree.time(DnsFields.TIME, 0, 0,
                        p.frame().clockNanos() - m.transaction.requestTime);
            }
        } else if (!m.retransmission) {
            tree.bool(DnsFields.UNSOLICITED, 0, 0, 1);
        }
    }

    /** Bytes after the last section: shown, counted, and noted by a (hidden) expert info. */
    private void extraneous(int cur) {
        int rest = span.reportedRemaining(cur);
        if (rest <= 0) {
            return;
        }
        tree.text(cur, rest);
        tree.item(DnsFields.EXTRANEOUS_DATA, cur, rest);
        tree.sint(DnsFields.EXTRANEOUS_LENGTH, 0, 0, rest);
        Expert.add(tree.packet(), -1, DnsFields.EXTRANEOUS, Expert.Severity.NOTE, Expert.Group.UNDECODED,
                "Extraneous data");
    }
}
