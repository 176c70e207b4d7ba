package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Strings;

/** Record data made of character strings: TXT, SPF, HINFO, NAPTR, CAA, X25, ISDN, GPOS. */
final class RdataText {
    private RdataText() {
    }

    /**
     * Length-prefixed strings up to the record's length (TXT, SPF). Like Wireshark, a string that
     * runs past the record makes the count go negative and reading goes on until the message ends.
     */
    static void strings(DnsRecord r, FieldSpec length, FieldSpec text, boolean utf8) {
        int rest = r.length;
        int off = r.start;
        while (rest != 0) {
            int n = r.span.u8(off);
            r.tree.item(length, off, 1);
            off++;
            rest--;
            if (utf8) {
                r.tree.itemUtf8(text, off, n);
            } else {
                r.tree.item(text, off, n);
            }
            off += n;
            rest -= n;
        }
    }

    static void hinfo(DnsRecord r) {
        int cpu = r.start;
        int cpuLength = r.span.u8(cpu);
        r.span.check(cpu + 1, cpuLength);
        int os = cpu + 1 + cpuLength;
        int osLength = r.span.u8(os);
        r.span.check(os + 1, osLength);
        r.tree.item(DnsRdataFields.HINFO_CPU_LENGTH, cpu, 1);
        r.tree.item(DnsRdataFields.HINFO_CPU, cpu + 1, cpuLength);
        r.tree.item(DnsRdataFields.HINFO_OS_LENGTH, os, 1);
        r.tree.item(DnsRdataFields.HINFO_OS, os + 1, osLength);
    }

    static void x25(DnsRecord r) {
        r.tree.item(DnsRdataFields.X25_LENGTH, r.start, 1);
        int n = r.span.u8(r.start);
        r.tree.item(DnsRdataFields.X25_PSDN_ADDRESS, r.start + 1, n);
    }

    static void isdn(DnsRecord r) {
        int cur = r.start;
        int rest = r.length;
        r.tree.item(DnsRdataFields.IDSN_LENGTH, cur, 1);
        int n = r.span.u8(cur);
        cur++;
        rest--;
        r.tree.item(DnsRdataFields.IDSN_ADDRESS, cur, n);
        cur += n;
        rest -= n;
        if (rest > 1) { // the subaddress is optional
            r.tree.item(DnsRdataFields.IDSN_SA_LENGTH, cur, 1);
            int sa = r.span.u8(cur);
            r.tree.item(DnsRdataFields.IDSN_SA_ADDRESS, cur + 1, sa);
        }
    }

    static void gpos(DnsRecord r) {
        int cur = r.start;
        cur = lengthAndText(r, cur, DnsRdataFields.GPOS_LONGITUDE_LENGTH, DnsRdataFields.GPOS_LONGITUDE);
        cur = lengthAndText(r, cur, DnsRdataFields.GPOS_LATITUDE_LENGTH, DnsRdataFields.GPOS_LATITUDE);
        lengthAndText(r, cur, DnsRdataFields.GPOS_ALTITUDE_LENGTH, DnsRdataFields.GPOS_ALTITUDE);
    }

    /** A length byte item, then that many bytes of text; returns the offset after them. */
    private static int lengthAndText(DnsRecord r, int off, FieldSpec length, FieldSpec text) {
        r.tree.item(length, off, 1);
        int n = r.span.u8(off);
        r.tree.item(text, off + 1, n);
        return off + 1 + n;
    }

    static void naptr(DnsRecord r) {
        int off = r.start;
        r.tree.item(DnsRdataFields.NAPTR_ORDER, off, 2);
        r.tree.item(DnsRdataFields.NAPTR_PREFERENCE, off + 2, 2);
        off += 4;
        off = lengthAndText(r, off, DnsRdataFields.NAPTR_FLAGS_LENGTH, DnsRdataFields.NAPTR_FLAGS);
        off = lengthAndText(r, off, DnsRdataFields.NAPTR_SERVICE_LENGTH, DnsRdataFields.NAPTR_SERVICE);
        off = lengthAndText(r, off, DnsRdataFields.NAPTR_REGEX_LENGTH, DnsRdataFields.NAPTR_REGEX);
        int used = r.name(off);
        r.tree.uint(DnsRdataFields.NAPTR_REPLACEMENT_LENGTH, off, 0, r.names.nameLength());
        r.tree.name(DnsRdataFields.NAPTR_REPLACEMENT, off, used, r.names);
    }

    /**
     * CAA: flags, then tag and value, the value shown as Wireshark's format_text of its ASCII
     * decoding, the field named after the tag.
     */
    static void caa(DnsRecord r) {
        int cur = r.start;
        int flags = r.tree.item(DnsRdataFields.CAA_FLAGS, cur, 1);
        int saved = r.packet().openSubtree(flags);
        r.tree.item(DnsRdataFields.CAA_FLAGS_ISSUER_CRITICAL, cur, 1);
        r.packet().closeSubtree(saved);
        cur++;
        int tagLength = r.span.u8(cur);
        DnsText tag = ascii(r, cur + 1, tagLength);
        int valueLength = (r.length - (tagLength + 2)) & 0xffff;
        DnsText decoded = ascii(r, cur + 1 + tagLength, valueLength);
        DnsText value = new DnsText();
        value.appendFormatted(bytesOf(decoded), 0, Math.min(valueLength, decoded.length()));
        FieldSpec field;
        if (startsLike(tag, "issue", tagLength)) {
            field = DnsRdataFields.CAA_ISSUE;
        } else if (startsLike(tag, "issuewild", tagLength)) {
            field = DnsRdataFields.CAA_ISSUEWILD;
        } else if (startsLike(tag, "iodef", tagLength)) {
            field = DnsRdataFields.CAA_IODEF;
        } else {
            field = DnsRdataFields.CAA_UNKNOWN;
        }
        int item = r.tree.string(field, cur, 1 + tagLength + valueLength, value);
        int inner = r.packet().openSubtree(item);
        r.tree.uint(DnsRdataFields.CAA_TAG_LENGTH, cur, 1, tagLength);
        r.tree.string(DnsRdataFields.CAA_TAG, cur + 1, tagLength, tag, 0, cString(tag));
        r.tree.string(DnsRdataFields.CAA_VALUE, cur + 1 + tagLength, valueLength, value);
        r.packet().closeSubtree(inner);
    }

    /** Wireshark's ENC_ASCII decoding of message bytes (bytes above 0x7f become U+FFFD). */
    private static DnsText ascii(DnsRecord r, int off, int len) {
        r.span.check(off, len);
        DnsText t = new DnsText();
        for (int i = 0; i < len; i++) {
            int b = r.span.u8(off + i);
            if (b < 0x80) {
                t.append(b);
            } else {
                t.appendCodePoint(0xFFFD);
            }
        }
        return t;
    }

    private static byte[] bytesOf(DnsText t) {
        return t.bytes();
    }

    /** Length of the C string in {@code t}: up to its first NUL. */
    private static int cString(DnsText t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.byteAt(i) == 0) {
                return i;
            }
        }
        return t.length();
    }

    /** C's {@code strncmp(tag, word, n) == 0} with tag a NUL-terminated string. */
    private static boolean startsLike(DnsText tag, String word, int n) {
        return Strings.strncmpEquals(tag::byteAt, cString(tag), word, n);
    }
}
