package io.sharkfin.rules;

import io.sharkfin.filter.check.Typed;
import io.sharkfin.filter.value.FValue;

import java.util.ArrayList;
import java.util.List;

/**
 * DNS fields Suricata 7 has no keyword for ({@code dns.rcode} and {@code dns.rrtype} came with
 * Suricata 8), read from the DNS message itself: over UDP it starts the payload, so the rule
 * becomes {@code alert udp ... app-layer-protocol:dns;} with a {@code byte_test} on the header
 * flags or a {@code pcre} over the first question. Over TCP a length prefix comes first and
 * the message may span segments: such DNS is not matched, and the loss report says so.
 */
final class DnsPayload {
    private DnsPayload() {
    }

    /** {@code dns.flags.rcode}: the low four bits of the fourth header byte. */
    static void rcode(SuricataDraft d, Atom a, boolean neg, String what) {
        if (a.function() != null || !(a.kind() == Atom.Kind.COMPARE || (a.kind() == Atom.Kind.IN && a.values().size() == 1))
                || !Atom.numeric(a.values().getFirst())) {
            SuricataGenerator.drop(d, what, "a byte_test takes one number", neg);
            return;
        }
        long n = Atom.number(a.values().getFirst());
        if (n < 0 || n > 15) {
            SuricataGenerator.drop(d, what, "a DNS rcode is 0..15 in the header", neg);
            return;
        }
        if (!overUdp(d, what, neg)) {
            return;
        }
        Typed.Op op = neg ? SuricataGenerator.negate(a.op()) : a.op();
        String operator = switch (op) {
            case EQ -> "=";
            case NE -> "!=";
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            case LE -> "<=";
        };
        d.keyword("byte_test:1," + operator + "," + n + ",3,bitmask 0x0f;");
        d.losses.add(Loss.narrower(what + " → byte_test on the DNS header of UDP messages (the dns.rcode keyword"
                + " needs Suricata 8): DNS over TCP is not matched"));
    }

    /**
     * {@code dns.qry.type}: the two bytes after the first question's name, which starts after
     * the 12-byte header and ends at its root label (a name in a question is never compressed);
     * messages without a question (question count 0, as in mDNS answers) never match, and
     * {@code !=} is "a question whose type is not".
     */
    static void questionType(SuricataDraft d, Atom a, boolean neg, String what) {
        boolean equality = a.kind() == Atom.Kind.IN || (a.kind() == Atom.Kind.COMPARE
                && (a.op() == Typed.Op.EQ || a.op() == Typed.Op.NE));
        if (a.function() != null || !equality || !a.values().stream().allMatch(v -> Atom.numeric(v)
                && Atom.number(v) >= 0 && Atom.number(v) <= 0xffff)) {
            SuricataGenerator.drop(d, what, "only == , != and sets of DNS types become a match on the question", neg);
            return;
        }
        if (!overUdp(d, what, neg)) {
            return;
        }
        List<String> types = new ArrayList<>();
        for (FValue v : a.values()) {
            long t = Atom.number(v);
            types.add(String.format("\\x%02x\\x%02x", t >> 8, t & 0xff));
        }
        boolean notEqual = a.kind() == Atom.Kind.COMPARE && a.op() == Typed.Op.NE;
        boolean negate = neg != notEqual;
        String alternatives = types.size() == 1 ? types.getFirst() : "(?:" + String.join("|", types) + ")";
        // 4 header bytes, a question count that is not 0, the other 3 counts, the name, its root label
        d.keyword("pcre:\"/^.{4}(?!\\x00\\x00).{8}[^\\x00]{0,255}\\x00" + (negate ? "(?!" + alternatives + ")" : alternatives)
                + "/s\";");
        d.losses.add(Loss.narrower(what + " → a pcre over the first question of UDP messages (the dns.rrtype keyword"
                + " needs Suricata 8): DNS over TCP, and types of later questions, are not matched"));
        if (neg && !notEqual) {
            d.losses.add(Loss.narrower(what + ": a DNS message without a question is not matched"));
        }
    }

    /** Makes the draft a UDP rule of app-layer protocol dns; false (and the literal left out) on a conflict. */
    private static boolean overUdp(SuricataDraft d, String what, boolean neg) {
        if (!d.protocol("dns") || !d.protocol("udp")) {
            SuricataGenerator.drop(d, what, "the DNS message is read from a UDP payload, the rule is for "
                    + (d.l4 != null && !d.l4.equals("udp") ? d.l4 : d.headerProtocol()), neg);
            return false;
        }
        d.dnsOverUdp = true;
        return true;
    }
}
