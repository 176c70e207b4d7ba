package io.sharkfin.dissect.protocol.x509;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

/**
 * Primitive values as Wireshark's BER helpers add them: which encodings each accepts and what
 * it makes of odd lengths.
 */
public final class BerValues {
    private BerValues() {
    }

    /**
     * An INTEGER or ENUMERATED ({@code dissect_ber_integer}): no tag check; a value cut short by
     * its container fails ({@link BerException}); nothing for an empty value or one over 64 bits (Wireshark shows an error or a field of its own); otherwise the
     * low 32 bits, sign-extended for a signed field. A bytes field (a serial number) gets the
     * contents as they are.
     */
    public static void integer(Packet p, int buf, Ber el, FieldSpec f) {
        int len = el.length;
        if (len < 1 && el.declared < 1) {
            return;
        }
        if (!el.whole()) {
            throw BerException.INSTANCE; // Wireshark reads the bytes one by one, past the data
        }
        int first = p.u8(buf, el.contents);
        if (f.type() == FieldType.BYTES) {
            p.addBytes(f, buf, el.contents, len);
            return;
        }
        if (len > 9 || (len == 9 && first != 0)) {
            return;
        }
        boolean signed = f.type() == FieldType.INT32;
        long v = signed && (first & 0x80) != 0 ? -1 : 0;
        for (int i = 0; i < len; i++) {
            v = (v << 8) | p.u8(buf, el.contents + i);
        }
        if (signed) {
            p.addInt(f, buf, el.contents, len, (int) v);
        } else {
            p.addUInt(f, buf, el.contents, len, v & 0xffffffffL);
        }
    }

    /**
     * An OCTET STRING ({@code dissect_ber_octet_string}): universal OCTET STRING, UTF8String or
     * any string type, or any application or private tag; primitive only (a constructed one,
     * which Wireshark reassembles, is left out).
     */
    public static void octetString(Packet p, int buf, Ber el, FieldSpec f) {
        if (isOctetString(el)) {
            p.need(buf, el.contents, el.length); // read whether or not the field is kept, as tshark's tree does
            p.addBytes(f, buf, el.contents, el.length);
        }
    }

    /** Whether {@link #octetString} takes the element (and a type inside its contents may be read). */
    public static boolean isOctetString(Ber el) {
        boolean accepted = el.tagClass == 1 || el.tagClass == 3
                || (el.tagClass == Ber.UNIVERSAL && (el.tag == 4 || el.tag == 12 || el.tag >= 18));
        return accepted && !el.constructed;
    }

    /** A NULL ({@code dissect_ber_null}): the item whatever the element holds (Wireshark complains but adds it). */
    public static void nullItem(Packet p, int buf, Ber el, FieldSpec f) {
        p.addNone(f, buf, el.end(), 0);
    }

    /** An OBJECT IDENTIFIER as a string field holding its dotted form (Wireshark's {@code _str} variant). */
    public static String oidString(Packet p, int buf, Ber el, FieldSpec f) {
        String oid = Ber.oid(p, buf, el.contents, el.length);
        if (p.wants(f)) {
            p.addComputedString(f, buf, el.contents, el.length, oid);
        }
        return oid;
    }
}
