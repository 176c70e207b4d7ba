package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.Expert;

/**
 * Dissects the data of one resource record by its type, as Wireshark 4.0's
 * {@code dissect_dns_answer} does; the families of types live in the {@code Rdata*} classes.
 * Types Wireshark does not decode get {@code dns.data} and an "undecoded" expert info.
 */
final class DnsRdata {
    private DnsRdata() {
    }

    /** Dissects the data of {@code r} (whose length is not 0). */
    static void dissect(DnsRecord r) {
        switch (r.type) {
            case DnsTypes.A -> RdataAddresses.a(r);
            case DnsTypes.NS -> r.nameField(DnsRdataFields.NS, r.start);
            case DnsTypes.MD -> r.nameField(DnsRdataFields.MD, r.start);
            case DnsTypes.MF -> r.nameField(DnsRdataFields.MF, r.start);
            case DnsTypes.CNAME -> r.nameField(DnsRdataFields.CNAME, r.start);
            case DnsTypes.SOA -> RdataNames.soa(r);
            case DnsTypes.MB -> r.nameField(DnsRdataFields.MB, r.start);
            case DnsTypes.MG -> r.nameField(DnsRdataFields.MG, r.start);
            case DnsTypes.MR -> r.nameField(DnsRdataFields.MR, r.start);
            case DnsTypes.NULL -> r.tree.item(DnsRdataFields.NULL, r.start, r.length);
            case DnsTypes.WKS -> RdataAddresses.wks(r);
            case DnsTypes.PTR -> r.nameField(DnsRdataFields.PTR_DOMAIN_NAME, r.start);
            case DnsTypes.HINFO -> RdataText.hinfo(r);
            case DnsTypes.MINFO -> RdataNames.twoNames(r, DnsRdataFields.MINFO_R, DnsRdataFields.MINFO_E);
            case DnsTypes.MX -> RdataNames.preferenceAndName(r, DnsRdataFields.MX_PREFERENCE,
                    DnsRdataFields.MX_MAIL_EXCHANGE);
            case DnsTypes.TXT -> RdataText.strings(r, DnsRdataFields.TXT_LENGTH, DnsRdataFields.TXT, r.mdns);
            case DnsTypes.RP -> RdataNames.twoNames(r, DnsRdataFields.RP_MAILBOX, DnsRdataFields.RP_TXT_RR);
            case DnsTypes.AFSDB -> RdataNames.preferenceAndName(r, DnsRdataFields.AFSDB_SUBTYPE,
                    DnsRdataFields.AFSDB_HOSTNAME);
            case DnsTypes.X25 -> RdataText.x25(r);
            case DnsTypes.ISDN -> RdataText.isdn(r);
            case DnsTypes.RT -> RdataNames.preferenceAndName(r, DnsRdataFields.RT_SUBTYPE,
                    DnsRdataFields.RT_INTERMEDIATE_HOST);
            case DnsTypes.NSAP -> r.tree.item(DnsRdataFields.NSAP_RDATA, r.start, r.length);
            case DnsTypes.NSAP_PTR -> r.nameField(DnsRdataFields.NSAP_PTR_OWNER, r.start);
            case DnsTypes.KEY -> RdataDnssec.key(r);
            case DnsTypes.PX -> RdataNames.px(r);
            case DnsTypes.GPOS -> RdataText.gpos(r);
            case DnsTypes.AAAA -> r.tree.item(DnsRdataFields.AAAA, r.start, 16);
            case DnsTypes.LOC -> RdataAddresses.loc(r);
            case DnsTypes.NXT -> RdataDnssec.nxt(r);
            case DnsTypes.SRV -> RdataNames.srv(r);
            case DnsTypes.NAPTR -> RdataText.naptr(r);
            case DnsTypes.KX -> RdataNames.kx(r);
            case DnsTypes.CERT -> RdataDnssec.cert(r);
            case DnsTypes.A6 -> RdataAddresses.a6(r);
            case DnsTypes.DNAME -> r.nameField(DnsRdataFields.DNAME, r.start);
            case DnsTypes.OPT -> RdataOpt.options(r);
            case DnsTypes.APL -> RdataAddresses.apl(r);
            case DnsTypes.DS, DnsTypes.CDS, DnsTypes.DLV -> RdataDnssec.ds(r);
            case DnsTypes.SSHFP -> RdataDnssec.sshfp(r);
            case DnsTypes.IPSECKEY -> RdataDnssec.ipseckey(r);
            case DnsTypes.RRSIG, DnsTypes.SIG -> RdataDnssec.rrsig(r);
            case DnsTypes.NSEC -> RdataDnssec.nsec(r);
            case DnsTypes.DNSKEY, DnsTypes.CDNSKEY -> RdataDnssec.dnskey(r);
            case DnsTypes.DHCID -> r.tree.item(DnsRdataFields.DHCID_RDATA, r.start, r.length);
            case DnsTypes.NSEC3 -> RdataDnssec.nsec3(r);
            case DnsTypes.NSEC3PARAM -> RdataDnssec.nsec3param(r);
            case DnsTypes.TLSA -> RdataDnssec.tlsa(r);
            case DnsTypes.HIP -> RdataDnssec.hip(r);
            case DnsTypes.OPENPGPKEY -> r.tree.item(DnsRdataFields.OPENPGPKEY, r.start, r.length);
            case DnsTypes.CSYNC -> RdataDnssec.csync(r);
            case DnsTypes.ZONEMD -> RdataDnssec.zonemd(r);
            case DnsTypes.SVCB, DnsTypes.HTTPS -> RdataSvcb.svcb(r);
            case DnsTypes.SPF -> RdataText.strings(r, DnsRdataFields.SPF_LENGTH, DnsRdataFields.SPF, false);
            case DnsTypes.NID -> RdataAddresses.ilnp(r, DnsRdataFields.ILNP_NID_PREFERENCE,
                    DnsRdataFields.ILNP_NID, 8);
            case DnsTypes.L32 -> RdataAddresses.ilnp(r, DnsRdataFields.ILNP_L32_PREFERENCE,
                    DnsRdataFields.ILNP_L32, 4);
            case DnsTypes.L64 -> RdataAddresses.ilnp(r, DnsRdataFields.ILNP_L64_PREFERENCE,
                    DnsRdataFields.ILNP_L64, 8);
            case DnsTypes.LP -> {
                r.tree.item(DnsRdataFields.ILNP_LP_PREFERENCE, r.start, 2);
                r.nameField(DnsRdataFields.ILNP_LP, r.start + 2);
            }
            case DnsTypes.EUI48 -> r.tree.item(DnsRdataFields.EUI48, r.start, 6);
            case DnsTypes.EUI64 -> r.tree.item(DnsRdataFields.EUI64, r.start, 8);
            case DnsTypes.TKEY -> RdataTransaction.tkey(r);
            case DnsTypes.TSIG -> RdataTransaction.tsig(r);
            case DnsTypes.CAA -> RdataText.caa(r);
            case DnsTypes.WINS -> RdataAddresses.wins(r);
            case DnsTypes.WINS_R -> RdataAddresses.winsR(r);
            case DnsTypes.XPF -> RdataAddresses.xpf(r);
            default -> undecoded(r);
        }
    }

    private static void undecoded(DnsRecord r) {
        if (Expert.wanted(r.packet(), DnsFields.UNDECODED_TYPE)) {
            r.expert(-1, DnsFields.UNDECODED_TYPE, Expert.Severity.NOTE, Expert.Group.UNDECODED,
                    "Dissector for DNS Type (" + r.type + ") code not implemented, Contact"
                            + " Wireshark developers if you want this supported");
        }
        r.tree.item(DnsRdataFields.DATA, r.start, r.length);
    }
}
