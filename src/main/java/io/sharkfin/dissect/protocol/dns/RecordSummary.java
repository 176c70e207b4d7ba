package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

/**
 * What Wireshark appends to a resource record's tree item from its data (packet-dns.c's
 * {@code proto_item_append_text(trr, ...)}): {@code , addr 10.0.0.1}, {@code , cname x.example},
 * {@code , preference 10, mx mail.example}. Read from the record's items, when the tree's text
 * items are recorded.
 */
final class RecordSummary {
    private RecordSummary() {
    }

    /** The text to append to record item {@code item}, or "" for a type Wireshark appends nothing to. */
    static String of(Packet p, int item) {
        for (int e = item + 1; e < p.entryCount() && p.isUnder(e, item); e++) {
            int f = p.field(e);
            if (is(f, DnsRdataFields.A) || is(f, DnsRdataFields.AAAA)) {
                return ", addr " + FieldFormat.format(p, e);
            } else if (is(f, DnsRdataFields.NS)) {
                return ", ns " + FieldFormat.format(p, e);
            } else if (is(f, DnsRdataFields.CNAME)) {
                return ", cname " + FieldFormat.format(p, e);
            } else if (is(f, DnsRdataFields.SOA_MNAME)) {
                return ", mname " + FieldFormat.format(p, e);
            } else if (is(f, DnsRdataFields.PTR_DOMAIN_NAME)) {
                return ", " + FieldFormat.format(p, e);
            } else if (is(f, DnsRdataFields.DNAME)) {
                return ", dname " + FieldFormat.format(p, e);
            } else if (is(f, DnsRdataFields.NSEC_NEXT_DOMAIN_NAME) || is(f, DnsRdataFields.NXT_NEXT_DOMAIN_NAME)) {
                return ", next domain name " + FieldFormat.format(p, e);
            } else if (is(f, DnsRdataFields.MX_PREFERENCE)) {
                int exchange = p.firstUnder(item, DnsRdataFields.MX_MAIL_EXCHANGE.id());
                return ", preference " + p.num(e) + ", mx " + (exchange < 0 ? "" : FieldFormat.format(p, exchange));
            }
        }
        return "";
    }

    private static boolean is(int field, FieldSpec spec) {
        return field == spec.id();
    }

}
