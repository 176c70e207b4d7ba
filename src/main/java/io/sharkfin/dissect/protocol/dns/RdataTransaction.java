package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.Packet;

/**
 * Transaction security records: TKEY (RFC 2930) and TSIG (RFC 8945).
 *
 * <p>Not done: Wireshark hands a GSS-API TKEY key and a "gss.microsoft.com" TSIG MAC to its
 * GSS-API/NTLMSSP dissectors; here they stay bytes (and such a MAC gets no "no dissector" expert
 * info, as in Wireshark).
 */
final class RdataTransaction {
    /** The one TSIG algorithm Wireshark 4.0 has a MAC dissector for. */
    private static final String GSS_TSIG = "gss.microsoft.com";

    private RdataTransaction() {
    }

    static void tkey(DnsRecord r) {
        int cur = r.start;
        cur += r.nameField(DnsRdataFields.TKEY_ALGO_NAME, cur);
        r.tree.item(DnsRdataFields.TKEY_SIGNATURE_INCEPTION, cur, 4);
        cur += 4;
        r.tree.item(DnsRdataFields.TKEY_SIGNATURE_EXPIRATION, cur, 4);
        cur += 4;
        r.tree.item(DnsRdataFields.TKEY_MODE, cur, 2);
        cur += 2;
        r.tree.item(DnsRdataFields.TKEY_ERROR, cur, 2);
        cur += 2;
        r.tree.item(DnsRdataFields.TKEY_KEY_SIZE, cur, 2);
        int keyLength = r.span.u16(cur);
        cur += 2;
        if (keyLength != 0) {
            r.tree.item(DnsRdataFields.TKEY_KEY_DATA, cur, keyLength);
            cur += keyLength;
        }
        r.tree.item(DnsRdataFields.TKEY_OTHER_SIZE, cur, 2);
        int otherLength = r.span.u16(cur);
        cur += 2;
        if (otherLength != 0) {
            r.tree.item(DnsRdataFields.TKEY_OTHER_DATA, cur, otherLength);
        }
    }

    static void tsig(DnsRecord r) {
        Packet p = r.packet();
        int cur = r.start;
        cur += r.nameField(DnsRdataFields.TSIG_ALGORITHM_NAME, cur);
        String algorithm = r.names.rawString();
        r.tree.item(DnsRdataFields.TSIG_TIME_SIGNED, cur, 6);
        cur += 6;
        r.tree.item(DnsRdataFields.TSIG_FUDGE, cur, 2);
        cur += 2;
        int macLength = r.span.u16(cur);
        r.tree.item(DnsRdataFields.TSIG_MAC_SIZE, cur, 2);
        cur += 2;
        if (macLength != 0) {
            int mac = r.tree.item(DnsRdataFields.TSIG_MAC, cur, macLength);
            r.span.check(cur, 0); // Wireshark makes a sub-buffer of the MAC here
            if (!GSS_TSIG.equals(algorithm)) {
                r.expert(mac, DnsFields.TSIG_NOALG, Expert.Severity.WARN, Expert.Group.UNDECODED,
                        "No dissector for algorithm:" + algorithm);
            }
            cur += macLength;
        }
        r.tree.item(DnsRdataFields.TSIG_ORIGINAL_ID, cur, 2);
        cur += 2;
        r.tree.item(DnsRdataFields.TSIG_ERROR, cur, 2);
        cur += 2;
        r.tree.item(DnsRdataFields.TSIG_OTHER_LEN, cur, 2);
        int otherLength = r.span.u16(cur);
        cur += 2;
        if (otherLength != 0) {
            r.tree.item(DnsRdataFields.TSIG_OTHER_DATA, cur, otherLength);
        }
    }
}
