package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.ValueStrings;

import java.nio.charset.StandardCharsets;

/**
 * Record data of DNSSEC and other key material: DNSKEY, KEY, RRSIG/SIG, DS, NSEC, NSEC3,
 * NSEC3PARAM, NXT, SSHFP, IPSECKEY, TLSA, CERT, HIP, CSYNC, ZONEMD, with Wireshark's key-tag
 * computation and type bit maps.
 */
final class RdataDnssec {
    private static final int ALGORITHM_RSAMD5 = 1;
    private static final byte[] BASE32HEX =
            "0123456789abcdefghijklmnopqrstuv".getBytes(StandardCharsets.US_ASCII);

    private RdataDnssec() {
    }

    static void dnskey(DnsRecord r) {
        int cur = r.start;
        int rest = r.length;
        int flags = r.tree.item(DnsRdataFields.DNSKEY_FLAGS, cur, 2);
        int saved = r.packet().openSubtree(flags);
        r.tree.item(DnsRdataFields.DNSKEY_FLAGS_ZONE_KEY, cur, 2);
        r.tree.item(DnsRdataFields.DNSKEY_FLAGS_KEY_REVOKED, cur, 2);
        r.tree.item(DnsRdataFields.DNSKEY_FLAGS_SECURE_ENTRY_POINT, cur, 2);
        r.tree.item(DnsRdataFields.DNSKEY_FLAGS_RESERVED, cur, 2);
        r.packet().closeSubtree(saved);
        cur += 2;
        rest -= 2;
        r.tree.item(DnsRdataFields.DNSKEY_PROTOCOL, cur, 1);
        cur++;
        rest--;
        r.tree.item(DnsRdataFields.DNSKEY_ALGORITHM, cur, 1);
        int algorithm = r.span.u8(cur);
        cur++;
        rest--;
        int keyId = keyId(r, cur - 4, rest + 4, algorithm);
        if (keyId >= 0) {
            r.tree.uint(DnsRdataFields.DNSKEY_KEY_ID, 0, 0, keyId);
        }
        r.tree.item(DnsRdataFields.DNSKEY_PUBLIC_KEY, cur, rest);
    }

    static void key(DnsRecord r) {
        int cur = r.start;
        int rest = r.length;
        int item = r.tree.item(DnsRdataFields.KEY_FLAGS, cur, 2);
        int flags = r.span.u16(cur);
        int saved = r.packet().openSubtree(item);
        r.tree.item(DnsRdataFields.KEY_FLAGS_AUTHENTICATION, cur, 2);
        r.tree.item(DnsRdataFields.KEY_FLAGS_CONFIDENTIALITY, cur, 2);
        if ((flags & 0xC000) != 0xC000) { // both set: "no key"
            r.tree.item(DnsRdataFields.KEY_FLAGS_REQUIRED, cur, 2);
            r.tree.item(DnsRdataFields.KEY_FLAGS_ASSOCIATED_USER, cur, 2);
            r.tree.item(DnsRdataFields.KEY_FLAGS_ASSOCIATED_NAMED_ENTITY, cur, 2);
            r.tree.item(DnsRdataFields.KEY_FLAGS_IPSEC, cur, 2);
            r.tree.item(DnsRdataFields.KEY_FLAGS_MIME, cur, 2);
            r.tree.item(DnsRdataFields.KEY_FLAGS_SIGNATORY, cur, 2);
        }
        r.packet().closeSubtree(saved);
        cur += 2;
        rest -= 2;
        r.tree.item(DnsRdataFields.KEY_PROTOCOL, cur, 1);
        cur++;
        rest--;
        r.tree.item(DnsRdataFields.KEY_ALGORITHM, cur, 1);
        int algorithm = r.span.u8(cur);
        cur++;
        rest--;
        int keyId = keyId(r, cur - 4, rest + 4, algorithm);
        if (keyId >= 0) {
            r.tree.uint(DnsRdataFields.KEY_KEY_ID, 0, 0, keyId);
        }
        if (rest != 0) {
            r.tree.item(DnsRdataFields.KEY_PUBLIC_KEY, cur, rest);
        }
    }

    /**
     * The key tag of a KEY/DNSKEY record's data (RFC 4034 appendix B), or -1 with an expert info
     * when the data is shorter than 4 bytes.
     */
    private static int keyId(DnsRecord r, int off, int size, int algorithm) {
        if (size < 4) {
            r.tree.text(off, size);
            r.expert(-1, DnsFields.KEY_ID_BUFFER_TOO_SHORT, Expert.Severity.WARN, Expert.Group.PROTOCOL,
                    "Buffer too short to compute a key id");
            return -1;
        }
        if (algorithm == ALGORITHM_RSAMD5) {
            return (r.span.u8(off + size - 3) << 8) + r.span.u8(off + size - 2);
        }
        long sum = 0;
        for (; size > 1; size -= 2, off += 2) {
            sum += ((long) r.span.u8(off) << 8) + r.span.u8(off + 1);
        }
        if (size > 0) {
            sum += (long) r.span.u8(off) << 8;
        }
        sum &= 0xffffffffL;
        sum += (sum >>> 16) & 0xffff;
        return (int) (sum & 0xffff);
    }

    static void rrsig(DnsRecord r) {
        int cur = r.start;
        int rest = r.length;
        r.tree.item(DnsRdataFields.RRSIG_TYPE_COVERED, cur, 2);
        r.tree.item(DnsRdataFields.RRSIG_ALGORITHM, cur + 2, 1);
        r.tree.item(DnsRdataFields.RRSIG_LABELS, cur + 3, 1);
        r.tree.item(DnsRdataFields.RRSIG_ORIGINAL_TTL, cur + 4, 4);
        r.tree.item(DnsRdataFields.RRSIG_SIGNATURE_EXPIRATION, cur + 8, 4);
        r.tree.item(DnsRdataFields.RRSIG_SIGNATURE_INCEPTION, cur + 12, 4);
        r.tree.item(DnsRdataFields.RRSIG_KEY_TAG, cur + 16, 2);
        cur += 18;
        rest -= 18;
        int used = r.nameField(DnsRdataFields.RRSIG_SIGNERS_NAME, cur);
        cur += used;
        rest -= used;
        if (rest != 0) {
            r.tree.item(DnsRdataFields.RRSIG_SIGNATURE, cur, rest);
        }
    }

    static void ds(DnsRecord r) {
        int cur = r.start;
        r.tree.item(DnsRdataFields.DS_KEY_ID, cur, 2);
        r.tree.item(DnsRdataFields.DS_ALGORITHM, cur + 2, 1);
        r.tree.item(DnsRdataFields.DS_DIGEST_TYPE, cur + 3, 1);
        r.tree.item(DnsRdataFields.DS_DIGEST, cur + 4, r.length - 4);
    }

    static void sshfp(DnsRecord r) {
        int cur = r.start;
        r.tree.item(DnsRdataFields.SSHFP_ALGORITHM, cur, 1);
        r.tree.item(DnsRdataFields.SSHFP_FINGERPRINT_TYPE, cur + 1, 1);
        if (r.length - 2 != 0) {
            r.tree.item(DnsRdataFields.SSHFP_FINGERPRINT, cur + 2, r.length - 2);
        }
    }

    static void ipseckey(DnsRecord r) {
        int cur = r.start;
        int rest = r.length;
        r.tree.item(DnsRdataFields.IPSECKEY_GATEWAY_PRECEDENCE, cur, 1);
        r.tree.item(DnsRdataFields.IPSECKEY_GATEWAY_TYPE, cur + 1, 1);
        int gatewayType = r.span.u8(cur + 1);
        r.tree.item(DnsRdataFields.IPSECKEY_GATEWAY_ALGORITHM, cur + 2, 1);
        cur += 3;
        rest -= 3;
        switch (gatewayType) {
            case 1 -> {
                r.tree.item(DnsRdataFields.IPSECKEY_GATEWAY_IPV4, cur, 4);
                cur += 4;
                rest -= 4;
            }
            case 2 -> {
                r.tree.item(DnsRdataFields.IPSECKEY_GATEWAY_IPV6, cur, 16);
                cur += 16;
                rest -= 16;
            }
            case 3 -> {
                int used = r.nameField(DnsRdataFields.IPSECKEY_GATEWAY_DNS, cur);
                cur += used;
                rest -= used;
            }
            default -> {
                // 0: no gateway; others: unknown, nothing to show
            }
        }
        if (rest != 0) {
            r.tree.item(DnsRdataFields.IPSECKEY_PUBLIC_KEY, cur, rest);
        }
    }

    static void nsec(DnsRecord r) {
        int used = r.nameField(DnsRdataFields.NSEC_NEXT_DOMAIN_NAME, r.start);
        typeBitmap(r, r.start + used, r.length - used);
    }

    static void nxt(DnsRecord r) {
        int used = r.nameField(DnsRdataFields.NXT_NEXT_DOMAIN_NAME, r.start);
        int cur = r.start + used;
        int rest = r.length - used;
        int type = 0;
        while (rest != 0) {
            int bits = r.span.u8(cur);
            for (int mask = 0x80; mask != 0; mask >>= 1, type++) {
                if ((bits & mask) != 0) {
                    bitmapType(r, cur, type);
                }
            }
            cur++;
            rest--;
        }
    }

    /** A type a bit map holds, as {@code dns.resp.type} worded "RR type in bit map: A (Host Address)". */
    private static void bitmapType(DnsRecord r, int at, int type) {
        int e = r.tree.uint(DnsFields.RESP_TYPE, at, 1, type);
        Packet p = r.packet();
        if (e >= 0 && p.wantsText()) {
            ValueStrings names = p.registry().byId(DnsFields.RESP_TYPE.id()).strings();
            String name = names == null ? null : names.nameOf(type);
            p.setLabel(e, "RR type in bit map: " + (name != null ? name : "Unknown (" + type + ")"));
        }
    }

    /**
     * The NSEC/NSEC3/CSYNC type bit map: windows of a base and a size, each bit one type, each
     * type added as {@code dns.resp.type}. Like Wireshark, a map longer than the record goes on
     * until the message ends.
     */
    private static void typeBitmap(DnsRecord r, int cur, int rest) {
        while (rest != 0) {
            int base = r.span.u8(cur);
            int size = r.span.u8(cur + 1);
            cur += 2;
            rest -= 2;
            int type = base * 256;
            for (; size > 0; size--) {
                int bits = r.span.u8(cur);
                for (int mask = 0x80; mask != 0; mask >>= 1, type++) {
                    if ((bits & mask) != 0) {
                        bitmapType(r, cur, type);
                    }
                }
                cur++;
                rest--;
            }
        }
    }

    static void nsec3(DnsRecord r) {
        int cur = r.start;
        Packet p = r.packet();
        r.tree.item(DnsRdataFields.NSEC3_ALGO, cur, 1);
        cur++;
        int flags = r.tree.item(DnsRdataFields.NSEC3_FLAGS, cur, 1);
        int saved = p.openSubtree(flags);
        r.tree.item(DnsRdataFields.NSEC3_FLAGS_OPT_OUT, cur, 1);
        p.closeSubtree(saved);
        cur++;
        r.tree.item(DnsRdataFields.NSEC3_ITERATIONS, cur, 2);
        cur += 2;
        r.tree.item(DnsRdataFields.NSEC3_SALT_LENGTH, cur, 1);
        int saltLength = r.span.u8(cur);
        cur++;
        r.tree.item(DnsRdataFields.NSEC3_SALT_VALUE, cur, saltLength);
        cur += saltLength;
        r.tree.item(DnsRdataFields.NSEC3_HASH_LENGTH, cur, 1);
        int hashLength = r.span.u8(cur);
        cur++;
        if (hashLength != 0) {
            DnsText hash = base32hex(r, cur, hashLength);
            r.tree.string(DnsRdataFields.NSEC3_HASH_VALUE, cur, hashLength, hash);
            cur += hashLength;
        }
        typeBitmap(r, cur, r.length - (cur - r.start));
    }

    /**
     * Base 32 with the extended hex alphabet, 5 bits at a time, without padding; like Wireshark
     * the last group may read bits of the byte after the hash.
     */
    private static DnsText base32hex(DnsRecord r, int off, int length) {
        DnsText out = new DnsText();
        for (int bit = 0; bit / 8 < length; bit += 5) {
            int first = off + bit / 8;
            int last = off + (bit + 4) / 8;
            int word = r.span.u8(first) << 8;
            if (last != first) {
                word |= r.span.u8(last);
            }
            int shift = 16 - (bit % 8) - 5;
            out.append(BASE32HEX[(word >> shift) & 0x1f]);
        }
        return out;
    }

    static void nsec3param(DnsRecord r) {
        int cur = r.start;
        r.tree.item(DnsRdataFields.NSEC3_ALGO, cur, 1);
        r.tree.item(DnsRdataFields.NSEC3_FLAGS, cur + 1, 1);
        r.tree.item(DnsRdataFields.NSEC3_ITERATIONS, cur + 2, 2);
        r.tree.item(DnsRdataFields.NSEC3_SALT_LENGTH, cur + 4, 1);
        int saltLength = r.span.u8(cur + 4);
        r.tree.item(DnsRdataFields.NSEC3_SALT_VALUE, cur + 5, saltLength);
    }

    static void tlsa(DnsRecord r) {
        int cur = r.start;
        r.tree.item(DnsRdataFields.TLSA_CERTIFICATE_USAGE, cur, 1);
        r.tree.item(DnsRdataFields.TLSA_SELECTOR, cur + 1, 1);
        r.tree.item(DnsRdataFields.TLSA_MATCHING_TYPE, cur + 2, 1);
        r.tree.item(DnsRdataFields.TLSA_CERTIFICATE_ASSOCIATION_DATA, cur + 3, r.length - 3);
    }

    static void cert(DnsRecord r) {
        int cur = r.start;
        r.tree.item(DnsRdataFields.CERT_TYPE, cur, 2);
        r.tree.item(DnsRdataFields.CERT_KEY_TAG, cur + 2, 2);
        r.tree.item(DnsRdataFields.CERT_ALGORITHM, cur + 4, 1);
        if (r.length - 5 != 0) {
            r.tree.item(DnsRdataFields.CERT_CERTIFICATE, cur + 5, r.length - 5);
        }
    }

    static void hip(DnsRecord r) {
        int cur = r.start;
        int rest = r.length;
        int hitLength = r.span.u8(cur);
        r.tree.item(DnsRdataFields.HIP_HIT_LENGTH, cur, 1);
        r.tree.item(DnsRdataFields.HIP_HIT_PK_ALGO, cur + 1, 1);
        int pkLength = r.span.u16(cur + 2);
        r.tree.item(DnsRdataFields.HIP_PK_LENGTH, cur + 2, 2);
        cur += 4;
        rest -= 4;
        r.tree.item(DnsRdataFields.HIP_HIT, cur, hitLength);
        cur += hitLength;
        rest -= hitLength;
        r.tree.item(DnsRdataFields.HIP_PK, cur, pkLength);
        cur += pkLength;
        rest -= pkLength;
        while (rest > 1) {
            int used = r.nameField(DnsRdataFields.HIP_RENDEZVOUS_SERVER, cur);
            cur += used;
            rest -= used;
        }
    }

    static void csync(DnsRecord r) {
        int cur = r.start;
        r.tree.item(DnsRdataFields.CSYNC_SOA, cur, 4);
        cur += 4;
        int flags = r.tree.item(DnsRdataFields.CSYNC_FLAGS, cur, 2);
        int saved = r.packet().openSubtree(flags);
        r.tree.item(DnsRdataFields.CSYNC_FLAGS_IMMEDIATE, cur, 2);
        r.tree.item(DnsRdataFields.CSYNC_FLAGS_SOAMINIMUM, cur, 2);
        r.packet().closeSubtree(saved);
        cur += 2;
        int rest = r.length - (cur - r.start);
        r.tree.item(DnsRdataFields.CSYNC_TYPE_BITMAP, cur, rest);
        typeBitmap(r, cur, rest);
    }

    static void zonemd(DnsRecord r) {
        int cur = r.start;
        r.tree.item(DnsRdataFields.ZONEMD_SERIAL, cur, 4);
        r.tree.item(DnsRdataFields.ZONEMD_SCHEME, cur + 4, 1);
        r.tree.item(DnsRdataFields.ZONEMD_HASH_ALGO, cur + 5, 1);
        r.tree.item(DnsRdataFields.ZONEMD_DIGEST, cur + 6, r.length - 6);
    }
}
