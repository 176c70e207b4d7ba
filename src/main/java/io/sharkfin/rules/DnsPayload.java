package io.sharkfin.rules;

import io.sharkfin.filter.check.Typed;
import io.sharkfin.filter.value.FValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * DNS fields Suricata 7 has no keyword for ({@code dns.rcode} and {@code dns.rrtype} came with
 * Suricata 8), read from the DNS message itself: over UDP it starts the payload, so the rule
 * becomes {@code alert udp ... app-layer-protocol:dns;} with a {@code byte_test} on the header
 * flags or a {@code pcre} over the first question. Over TCP a length prefix comes first and
 * the message may span segments: such DNS is not matched, and the loss report says so.
 *
 * <p>A filter about responses reads its query name there too: Suricata 7's {@code dns.query}
 * buffer is registered for requests only (detect-dns-query.c registers its inspection engine
 * with SIG_FLAG_TOSERVER), so a rule joining it with a response's flag or rcode fires on the
 * requests the filter excludes, or never.
 */
final class DnsPayload {
    /** Records of the answer section: a filter testing them is about answers, which requests do not carry. */
    private static final Set<String> ANSWER_FIELDS = Set.of("dns.a", "dns.aaaa", "dns.cname", "dns.ns",
            "dns.ptr.domain_name", "dns.mx.mail_exchange", "dns.txt", "dns.srv.target", "dns.soa.mname");

    /** The start of a UDP DNS message with a question: 4 header bytes, a question count that is not 0, the other counts. */
    private static final String FIRST_QUESTION = "^.{4}(?!\\x00\\x00).{8}";

    private DnsPayload() {
    }

    /**
     * Whether the conjunction is about responses, so that its query name must be read from the
     * response's question section: it wants the response flag, an rcode (which Wireshark shows
     * for responses only), or an answer record.
     */
    static boolean aboutResponses(List<Literal> conjunction) {
        for (Literal l : conjunction) {
            Atom a = Atom.of(l.atom());
            String n = a.name();
            if (n == null || l.negated()) {
                continue;
            }
            if (n.equals("dns.flags.rcode") || ANSWER_FIELDS.contains(n)
                    || (n.equals("dns.flags.response") && Boolean.TRUE.equals(SuricataGenerator.bit(a, false)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code dns.qry.name} of a message read from the UDP payload: the first question's name in
     * its wire form (each label after its length byte, then the root label; a question's name
     * is never compressed), compared whole, so only equality and sets of names can be said.
     */
    static void questionName(SuricataDraft d, Atom a, boolean neg, String what) {
        boolean equality = a.kind() == Atom.Kind.IN || (a.kind() == Atom.Kind.COMPARE
                && (a.op() == Typed.Op.EQ || a.op() == Typed.Op.NE));
        List<String> names = new ArrayList<>();
        for (FValue v : a.values()) {
            String wire = v instanceof FValue.Text ? wireName(Atom.text(v)) : null;
            if (wire == null) {
                names = null;
                break;
            }
            names.add(wire);
        }
        if (a.function() != null || !equality || names == null) {
            SuricataGenerator.drop(d, what, "dns.query inspects requests only; in a response's question only"
                    + " == , != and sets of names can be matched", neg);
            return;
        }
        if (!overUdp(d, what, neg)) {
            return;
        }
        boolean notEqual = a.kind() == Atom.Kind.COMPARE && a.op() == Typed.Op.NE;
        boolean negate = neg != notEqual;
        String alternatives = names.size() == 1 ? names.getFirst() : "(?:" + String.join("|", names) + ")";
        d.keyword("pcre:\"/" + FIRST_QUESTION + (negate ? "(?!" + alternatives + ")[^\\x00]{0,255}\\x00" : alternatives)
                + "/s\";");
        d.losses.add(Loss.narrower(what + " → a pcre over the first question of UDP messages (dns.query inspects"
                + " requests only): DNS over TCP, and names of later questions, are not matched"));
        if (neg && !notEqual) {
            d.losses.add(Loss.narrower(what + ": a DNS message without a question is not matched"));
        }
    }

    /**
     * A dotted name as a pcre of its wire form, ending with the root label: letters, digits and
     * hyphens as they are, every other byte as {@code \xhh}; the root label alone for
     * Wireshark's {@code <Root>}; null for what is no plain name (an empty or over-long label).
     */
    private static String wireName(String dotted) {
        if (dotted.equals("<Root>")) {
            return "\\x00";
        }
        StringBuilder sb = new StringBuilder();
        for (String label : dotted.split("\\.", -1)) {
            byte[] b = label.getBytes(StandardCharsets.UTF_8);
            if (b.length == 0 || b.length > 63) {
                return null;
            }
            sb.append(String.format("\\x%02x", b.length));
            for (byte x : b) {
                int c = x & 0xff;
                boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
                sb.append(plain ? String.valueOf((char) c) : String.format("\\x%02x", c));
            }
        }
        return sb.append("\\x00").toString();
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
        if (neg) {
            d.losses.add(Loss.narrower(what + ": a query, which has no rcode, passes the negation; the byte_test"
                    + " passes it only when its rcode bits do"));
        } else {
            // Wireshark shows an rcode for responses only: the test is about responses
            d.side(SuricataKeywords.Side.RESPONSE);
        }
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
        // the first question's name up to its root label, then its type
        d.keyword("pcre:\"/" + FIRST_QUESTION + "[^\\x00]{0,255}\\x00" + (negate ? "(?!" + alternatives + ")" : alternatives)
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
