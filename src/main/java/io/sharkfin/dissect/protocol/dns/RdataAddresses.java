package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.FieldSpec;

/**
 * Record data that holds addresses and locations: A, A6, APL, WKS, LOC, the ILNP records, the
 * Microsoft WINS records and XPF.
 */
final class RdataAddresses {
    private RdataAddresses() {
    }

    static void a(DnsRecord r) {
        r.span.check(r.start, 4); // Wireshark formats the address for the Info column first
        r.tree.item(DnsRdataFields.A, r.start, 4);
    }

    static void wks(DnsRecord r) {
        int cur = r.start;
        int rest = r.length;
        r.span.check(cur, 4);
        r.tree.item(DnsRdataFields.WKS_ADDRESS, cur, 4);
        cur += 4;
        rest -= 4;
        r.tree.item(DnsRdataFields.WKS_PROTOCOL, cur, 1);
        cur++;
        rest--;
        while (rest != 0) {
            if (r.span.u8(cur) != 0) {
                r.tree.item(DnsRdataFields.WKS_BITS, cur, 1);
            }
            cur++;
            rest--;
        }
    }

    static void loc(DnsRecord r) {
        int cur = r.start;
        int version = r.span.u8(cur);
        r.tree.item(DnsRdataFields.LOC_VERSION, cur, 1);
        if (version != 0) {
            r.tree.item(DnsRdataFields.LOC_UNKNOWN_DATA, cur, r.length);
            return;
        }
        cur++;
        r.tree.item(DnsRdataFields.LOC_SIZE, cur++, 1);
        r.tree.item(DnsRdataFields.LOC_HORIZONTAL_PRECISION, cur++, 1);
        r.tree.item(DnsRdataFields.LOC_VERTICAL_PRECISION, cur++, 1);
        r.tree.item(DnsRdataFields.LOC_LATITUDE, cur, 4);
        r.tree.item(DnsRdataFields.LOC_LONGITUDE, cur + 4, 4);
        r.tree.item(DnsRdataFields.LOC_ALTITUDE, cur + 8, 4);
    }

    /**
     * A6: a prefix length, the address bits after the prefix, and the prefix's name. Wireshark
     * computes the suffix size in 16 bits, so a prefix length above 128 gives a huge one; the
     * span of the suffix entry is kept within the message here.
     */
    static void a6(DnsRecord r) {
        int a6 = r.start;
        int cur = r.start;
        int prefixLength = r.span.u8(cur);
        cur++;
        int suffixBits = (128 - prefixLength) & 0xffff;
        int octets = suffixBits != 0 ? (((suffixBits - 1) / 8 + 1) & 0xffff) : 0;
        byte[] suffix = new byte[16];
        for (int i = Math.max(0, 16 - octets); i < 16; i++) {
            suffix[i] = (byte) r.span.u8(cur);
            cur++;
        }
        int used = 0;
        if (prefixLength > 0) {
            used = r.name(cur);
        }
        r.tree.item(DnsRdataFields.A6_PREFIX_LEN, a6, 1);
        a6++;
        if (suffixBits != 0) {
            int span = Math.min(octets, r.span.capturedRemaining(a6));
            r.tree.bytesValue(DnsRdataFields.A6_ADDRESS_SUFFIX, a6, span, suffix);
            a6 += octets;
        }
        if (prefixLength > 0) {
            r.tree.name(DnsRdataFields.A6_PREFIX_NAME, a6, used, r.names);
        }
    }

    static void apl(DnsRecord r) {
        int cur = r.start;
        int rest = r.length;
        while (rest > 1) {
            int family = r.span.u16(cur);
            r.tree.item(DnsRdataFields.APL_ADDRESS_FAMILY, cur, 2);
            cur += 2;
            rest -= 2;
            r.tree.item(DnsRdataFields.APL_CODED_PREFIX, cur, 1);
            cur++;
            rest--;
            int n = r.span.u8(cur) & 0x7f;
            r.tree.item(DnsRdataFields.APL_NEGATION, cur, 1);
            r.tree.item(DnsRdataFields.APL_AFDLENGTH, cur, 1);
            cur++;
            rest--;
            if (family == 1 && n <= 4) {
                r.tree.ipv4(DnsRdataFields.APL_AFDPART_IPV4, cur, n, (zeroPadded(r, cur, n, 4)));
            } else if (family == 2 && n <= 16) {
                r.tree.bytesValue(DnsRdataFields.APL_AFDPART_IPV6, cur, n, zeroPaddedBytes(r, cur, n, 16));
            } else {
                r.tree.item(DnsRdataFields.APL_AFDPART_DATA, cur, n);
            }
            cur += n;
            rest -= n;
        }
    }

    /** {@code n} message bytes followed by zeros, as a big-endian number of {@code size} bytes. */
    private static long zeroPadded(DnsRecord r, int off, int n, int size) {
        byte[] b = zeroPaddedBytes(r, off, n, size);
        long v = 0;
        for (byte x : b) {
            v = (v << 8) | (x & 0xff);
        }
        return v;
    }

    private static byte[] zeroPaddedBytes(DnsRecord r, int off, int n, int size) {
        r.span.check(off, n);
        byte[] b = new byte[size];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) r.span.u8(off + i);
        }
        return b;
    }

    /** NID, L32, L64: a preference and a locator of a fixed size. */
    static void ilnp(DnsRecord r, FieldSpec preference, FieldSpec locator, int size) {
        r.tree.item(preference, r.start, 2);
        r.tree.item(locator, r.start + 2, size);
    }

    static void wins(DnsRecord r) {
        int cur = r.start;
        int rest = r.length;
        r.tree.item(DnsRdataFields.WINS_LOCAL_FLAG, cur, 4);
        r.tree.item(DnsRdataFields.WINS_LOOKUP_TIMEOUT, cur + 4, 4);
        r.tree.item(DnsRdataFields.WINS_CACHE_TIMEOUT, cur + 8, 4);
        r.tree.item(DnsRdataFields.WINS_NB_WINS_SERVERS, cur + 12, 4);
        long servers = r.span.u32(cur + 12);
        cur += 16;
        rest -= 16;
        while (rest != 0 && servers != 0) {
            r.tree.item(DnsRdataFields.WINS_WINS_SERVER, cur, 4);
            cur += 4;
            rest -= 4;
            servers--;
        }
    }

    static void winsR(DnsRecord r) {
        int cur = r.start;
        r.tree.item(DnsRdataFields.WINSR_LOCAL_FLAG, cur, 4);
        r.tree.item(DnsRdataFields.WINSR_LOOKUP_TIMEOUT, cur + 4, 4);
        r.tree.item(DnsRdataFields.WINSR_CACHE_TIMEOUT, cur + 8, 4);
        r.nameField(DnsRdataFields.WINSR_NAME_RESULT_DOMAIN, cur + 12);
    }

    static void xpf(DnsRecord r) {
        int cur = r.start;
        long version = r.tree.itemValue(DnsRdataFields.XPF_IP_VERSION, cur, 1);
        cur++;
        int addressSize;
        FieldSpec source;
        FieldSpec destination;
        if (version == 4) {
            addressSize = 4;
            source = DnsRdataFields.XPF_SOURCE_IPV4;
            destination = DnsRdataFields.XPF_DESTINATION_IPV4;
        } else if (version == 6) {
            addressSize = 16;
            source = DnsRdataFields.XPF_SOURCE_IPV6;
            destination = DnsRdataFields.XPF_DESTINATION_IPV6;
        } else {
            return;
        }
        r.tree.item(DnsRdataFields.XPF_PROTOCOL, cur, 1);
        cur++;
        r.tree.item(source, cur, addressSize);
        cur += addressSize;
        r.tree.item(destination, cur, addressSize);
        cur += addressSize;
        r.tree.item(DnsRdataFields.XPF_SPORT, cur, 2);
        r.tree.item(DnsRdataFields.XPF_DPORT, cur + 2, 2);
    }
}
