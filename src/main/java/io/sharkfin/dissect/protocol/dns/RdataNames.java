package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.FieldSpec;

/** Record data made of domain names, with numbers around them: SOA, MX, SRV and their kin. */
final class RdataNames {
    private static final FieldSpec[] SOA_NUMBERS = {DnsRdataFields.SOA_SERIAL_NUMBER,
        DnsRdataFields.SOA_REFRESH_INTERVAL, DnsRdataFields.SOA_RETRY_INTERVAL,
        DnsRdataFields.SOA_EXPIRE_LIMIT, DnsRdataFields.SOA_MINIMUM_TTL};

    private RdataNames() {
    }

    static void soa(DnsRecord r) {
        int cur = r.start;
        cur += r.nameField(DnsRdataFields.SOA_MNAME, cur);
        cur += r.nameField(DnsRdataFields.SOA_RNAME, cur);
        for (FieldSpec f : SOA_NUMBERS) {
            r.tree.item(f, cur, 4);
            cur += 4;
        }
    }

    /** Two names one after the other (MINFO, RP). */
    static void twoNames(DnsRecord r, FieldSpec first, FieldSpec second) {
        int used = r.nameField(first, r.start);
        r.nameField(second, r.start + used);
    }

    /**
     * A 16-bit number and a name (MX, AFSDB, RT, KX). Wireshark reads the name before adding the
     * number; for MX it reads the number even before the name, which decides the error kind of a
     * record cut short.
     */
    static void preferenceAndName(DnsRecord r, FieldSpec number, FieldSpec name) {
        if (number == DnsRdataFields.MX_PREFERENCE) {
            r.span.u16(r.start);
        }
        int used = r.name(r.start + 2);
        r.tree.item(number, r.start, 2);
        r.tree.name(name, r.start + 2, used, r.names);
    }

    static void kx(DnsRecord r) {
        preferenceAndName(r, DnsRdataFields.KX_PREFERENCE, DnsRdataFields.KX_KEY_EXCHANGE);
    }

    static void px(DnsRecord r) {
        int cur = r.start;
        r.tree.item(DnsRdataFields.PX_PREFERENCE, cur, 2);
        cur += 2;
        cur += r.nameField(DnsRdataFields.PX_MAP822, cur);
        r.nameField(DnsRdataFields.PX_MAP400, cur);
    }

    static void srv(DnsRecord r) {
        int cur = r.start;
        r.tree.item(DnsRdataFields.SRV_PRIORITY, cur, 2);
        r.tree.item(DnsRdataFields.SRV_WEIGHT, cur + 2, 2);
        r.tree.item(DnsRdataFields.SRV_PORT, cur + 4, 2);
        r.nameField(DnsRdataFields.SRV_TARGET, cur + 6);
    }
}
