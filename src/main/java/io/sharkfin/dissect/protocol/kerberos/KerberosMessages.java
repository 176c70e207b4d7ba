package io.sharkfin.dissect.protocol.kerberos;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.x509.Ber;
import io.sharkfin.dissect.protocol.x509.BerException;
import io.sharkfin.dissect.protocol.x509.BerSequence;
import io.sharkfin.dissect.protocol.x509.BerSequence.Component;
import io.sharkfin.dissect.protocol.x509.BerValues;
import io.sharkfin.dissect.protocol.x509.X509;

import static io.sharkfin.dissect.protocol.kerberos.KerberosFields.*;

/**
 * The Kerberos messages of RFC 4120 (Wireshark's {@code asn1/kerberos/KerberosV5Spec2.asn},
 * explicit tags) as schemas for {@link BerSequence}, walked as Wireshark 4.0's generated
 * {@code packet-kerberos.c} walks them: AS-REQ and TGS-REQ, AS-REP and TGS-REP, KRB-ERROR, AP-REQ
 * (the one PA-TGS-REQ carries), tickets as far as their clear parts go, and the
 * pre-authentication data of {@link KerberosPadata}. Encrypted parts are their bytes
 * ({@code kerberos.cipher}): sharkfin has no keytab. The other messages of the Applications
 * CHOICE (AP-REP, KRB-SAFE, KRB-PRIV, KRB-CRED, the encrypted parts' types) are not dissected,
 * nor are a KDC-REQ-BODY's addresses, enc-authorization-data and additional-tickets.
 */
final class KerberosMessages {
    private KerberosMessages() {
    }

    static final int BOOLEAN = 1;
    static final int INTEGER = 2;
    static final int BIT_STRING = 3;
    static final int OCTET_STRING = 4;
    static final int SEQUENCE = 16;
    static final int GENERAL_STRING = 27;

    private static final int APPLICATION = 1;

    /** The Applications CHOICE's tags this port dissects. */
    static final int TICKET = 1;
    static final int AS_REQ = 10;
    static final int AS_REP = 11;
    static final int TGS_REQ = 12;
    static final int TGS_REP = 13;
    static final int AP_REQ = 14;
    static final int KRB_ERROR = 30;

    // ------------------------------------------------------------------ shared types

    private static Component integer(int tag, FieldSpec f) {
        return Component.explicit(tag, (p, buf, el) -> BerValues.integer(p, buf, el, f));
    }

    private static Component optionalInteger(int tag, FieldSpec f) {
        return Component.optionalExplicit(tag, (p, buf, el) -> BerValues.integer(p, buf, el, f));
    }

    private static Component string(int tag, FieldSpec f) {
        return Component.explicit(tag, (p, buf, el) -> generalString(p, buf, el, f));
    }

    private static Component optionalString(int tag, FieldSpec f) {
        return Component.optionalExplicit(tag, (p, buf, el) -> generalString(p, buf, el, f));
    }

    private static Component time(int tag, FieldSpec f) {
        return Component.explicit(tag, (p, buf, el) -> kerberosTime(p, buf, el, f));
    }

    private static Component optionalTime(int tag, FieldSpec f) {
        return Component.optionalExplicit(tag, (p, buf, el) -> kerberosTime(p, buf, el, f));
    }

    /** A KerberosTime (GeneralizedTime); one cut short by its container fails, as Wireshark reads it whole. */
    private static void kerberosTime(Packet p, int buf, Ber el, FieldSpec f) {
        requireWhole(el);
        X509.generalizedTime(p, buf, el, f);
    }

    /** Fails for a value that claims more bytes than its container holds (Wireshark's bounds error). */
    static void requireWhole(Ber el) {
        if (!el.whole()) {
            throw BerException.INSTANCE;
        }
    }

    /** A KerberosString (GeneralString), read as ASCII as Wireshark's restricted strings are. */
    static void generalString(Packet p, int buf, Ber el, FieldSpec f) {
        p.need(buf, el.contents, el.length); // read whether or not the field is kept, as tshark's tree does
        if (p.wants(f)) {
            p.addString(f, buf, el.contents, el.length, true);
        }
    }

    /** A PrincipalName: the element item, its name-type and its strings (counted by {@code count}). */
    private static Component principal(int tag, boolean optional, FieldSpec element, FieldSpec count,
                                       FieldSpec item) {
        Component[] name = {
            integer(0, NAME_TYPE),
            Component.explicit(1, (p, buf, el) -> BerSequence.sequenceOf(p, buf, el, count, GENERAL_STRING,
                    (q, b, s) -> generalString(q, b, s, item))),
        };
        BerSequence.Handler h = (p, buf, el) -> BerSequence.sequence(p, buf, el, element, false, name);
        return optional ? Component.optionalExplicit(tag, h) : Component.explicit(tag, h);
    }

    static Component cname(int tag, boolean optional) {
        return principal(tag, optional, CNAME_ELEMENT, CNAME_STRINGS, CNAME_STRING);
    }

    static Component sname(int tag, boolean optional) {
        return principal(tag, optional, SNAME_ELEMENT, SNAME_STRINGS, SNAME_STRING);
    }

    /** The components of every EncryptedData type: etype, an optional kvno, the cipher bytes. */
    private static final Component[] ENCRYPTED_DATA = {
        Component.explicit(0, (p, buf, el) -> BerValues.integer(p, buf, el, ETYPE)),
        optionalInteger(1, KVNO),
        Component.explicit(2, (p, buf, el) -> BerValues.octetString(p, buf, el, CIPHER)),
    };

    /** An EncryptedData of some type, under the item {@code element} (none when null). */
    static void encryptedData(Packet p, int buf, Ber el, FieldSpec element) {
        BerSequence.sequence(p, buf, el, element, false, ENCRYPTED_DATA);
    }

    private static final Component[] CHECKSUM_PARTS = {
        integer(0, CKSUMTYPE),
        Component.explicit(1, (p, buf, el) -> BerValues.octetString(p, buf, el, CHECKSUM)),
    };

    /** A Checksum under the item {@code element} (none when null). */
    static void checksum(Packet p, int buf, Ber el, FieldSpec element) {
        BerSequence.sequence(p, buf, el, element, false, CHECKSUM_PARTS);
    }

    /**
     * A BIT STRING of named flags ({@code dissect_ber_bitstring} with named bits): padding and
     * value as {@link X509#bitString} adds them (a value cut short by its container fails there), then each flag of each byte the names cover, a
     * byte past the value's end read as 0 and placed on its last byte.
     */
    static void namedBits(Packet p, int buf, Ber b, FieldSpec value, FieldSpec[] bits) {
        if (b.length < 1 || (b.declared == 1 && p.u8(buf, b.contents) == 0)) {
            X509.bitString(p, buf, b, value); // empty (no flags), or cut before its count
            return;
        }
        int e = X509.bitString(p, buf, b, value);
        int len = b.length - 1;
        int saved = p.openSubtree(e);
        try {
            for (int i = 0; i * 8 < bits.length; i++) {
                int at = b.contents + 1 + Math.min(i, len - 1);
                int octet = i < len ? p.u8(buf, b.contents + 1 + i) : 0;
                for (int bit = 0; bit < 8 && i * 8 + bit < bits.length; bit++) {
                    p.addBoolean(bits[i * 8 + bit], buf, at, 1, (octet & (0x80 >> bit)) != 0);
                }
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    // ------------------------------------------------------------------ Ticket

    private static final Component[] TICKET_PARTS = {
        integer(0, TKT_VNO),
        string(1, REALM),
        sname(2, false),
        Component.explicit(3, (p, buf, el) -> encryptedData(p, buf, el, ENC_PART_ELEMENT)),
    };

    /** A Ticket ({@code [APPLICATION 1]}): nothing when the tag is another. */
    static void ticket(Packet p, int buf, Ber el) {
        if (el.tagClass == APPLICATION && el.tag == TICKET) {
            BerSequence.sequence(p, buf, BerSequence.inside(p, buf, el), TICKET_ELEMENT, false, TICKET_PARTS);
        }
    }

    // ------------------------------------------------------------------ KDC-REQ

    private static final Component[] KDC_REQ_BODY = {
        Component.explicit(0, (p, buf, el) -> namedBits(p, buf, el, KDC_OPTIONS, KDC_OPTION_BITS)),
        cname(1, true),
        string(2, REALM),
        sname(3, true),
        optionalTime(4, FROM),
        optionalTime(5, TILL),
        optionalTime(6, RTIME),
        integer(7, NONCE),
        Component.explicit(8, (p, buf, el) -> BerSequence.sequenceOf(p, buf, el, KDC_REQ_BODY_ETYPE, INTEGER,
                (q, b, t) -> BerValues.integer(q, b, t, ENCTYPE))),
        // addresses, enc-authorization-data and additional-tickets: known components (no BER
        // error for them, as in Wireshark) whose contents this port does not dissect
        Component.optionalExplicit(9, KerberosMessages::notDissected),
        Component.optionalExplicit(10, KerberosMessages::notDissected),
        Component.optionalExplicit(11, KerberosMessages::notDissected),
    };

    /** A component whose contents are not dissected here (the class comment lists them). */
    private static void notDissected(Packet p, int buf, Ber el) {
    }

    private static final Component[] KDC_REQ = {
        integer(1, PVNO),
        Component.explicit(2, KerberosMessages::msgType),
        Component.optionalExplicit(3, KerberosPadata::requestList),
        Component.explicit(4, (p, buf, el) -> BerSequence.sequence(p, buf, el, REQ_BODY_ELEMENT, false, KDC_REQ_BODY)),
    };

    // ------------------------------------------------------------------ KDC-REP

    private static final Component[] KDC_REP = {
        integer(0, PVNO),
        Component.explicit(1, KerberosMessages::msgType),
        Component.optionalExplicit(2, KerberosPadata::replyList),
        string(3, CREALM),
        cname(4, false),
        Component.explicit(5, KerberosMessages::ticket),
        Component.explicit(6, (p, buf, el) -> encryptedData(p, buf, el, ENC_PART_ELEMENT)),
    };

    // ------------------------------------------------------------------ AP-REQ

    private static final Component[] AP_REQ_PARTS = {
        integer(0, PVNO),
        Component.explicit(1, KerberosMessages::msgType),
        Component.explicit(2, (p, buf, el) -> namedBits(p, buf, el, AP_OPTIONS, AP_OPTION_BITS)),
        Component.explicit(3, KerberosMessages::ticket),
        Component.explicit(4, (p, buf, el) -> encryptedData(p, buf, el, AUTHENTICATOR_ELEMENT)),
    };

    // ------------------------------------------------------------------ KRB-ERROR

    private static final Component[] KRB_ERROR_PARTS = {
        integer(0, PVNO),
        Component.explicit(1, KerberosMessages::msgType),
        optionalTime(2, CTIME),
        optionalInteger(3, CUSEC),
        time(4, STIME),
        integer(5, SUSEC),
        Component.explicit(6, KerberosMessages::errorCode),
        optionalString(7, CREALM),
        cname(8, true),
        string(9, REALM),
        sname(10, false),
        optionalString(11, E_TEXT),
        Component.optionalExplicit(12, KerberosPadata::errorData),
        Component.optionalExplicit(13, (p, buf, el) -> checksum(p, buf, el, E_CHECKSUM_ELEMENT)),
    };

    // ------------------------------------------------------------------ the CHOICE

    /**
     * One message of the Applications CHOICE ({@code dissect_kerberos_Applications}): an
     * {@code [APPLICATION n]} element whose type the tag names. An element of another class or
     * tag is no alternative: nothing (Wireshark 4.0 compiles its "choice field was not found"
     * error out).
     */
    static void applications(Packet p, int buf, Ber el) {
        if (el.tagClass != APPLICATION) {
            return;
        }
        switch (el.tag) {
            case TICKET -> ticket(p, buf, el);
            case AS_REQ -> tagged(p, buf, el, AS_REQ_ELEMENT, KDC_REQ);
            case TGS_REQ -> tagged(p, buf, el, TGS_REQ_ELEMENT, KDC_REQ);
            case AS_REP -> tagged(p, buf, el, AS_REP_ELEMENT, KDC_REP);
            case TGS_REP -> tagged(p, buf, el, TGS_REP_ELEMENT, KDC_REP);
            case AP_REQ -> tagged(p, buf, el, AP_REQ_ELEMENT, AP_REQ_PARTS);
            case KRB_ERROR -> tagged(p, buf, el, KRB_ERROR_ELEMENT, KRB_ERROR_PARTS);
            default -> {
                // a message this port does not dissect (see the class comment)
            }
        }
    }

    /** An {@code [APPLICATION n] SEQUENCE}: the item over the SEQUENCE inside the tag. */
    private static void tagged(Packet p, int buf, Ber el, FieldSpec item, Component[] parts) {
        BerSequence.sequence(p, buf, BerSequence.inside(p, buf, el), item, false, parts);
    }

    /** MESSAGE-TYPE: the value; the first of a message is the context's (whether it is a request). */
    private static void msgType(Packet p, int buf, Ber el) {
        BerValues.integer(p, buf, el, MSG_TYPE);
        KerberosContext c = KerberosContext.current();
        if (c.msgType == 0 && el.length > 0) {
            c.msgType = (int) Ber.integer(p, buf, el.contents, el.length);
        }
    }

    /** ERROR-CODE: the value, kept for the e-data that follows. */
    private static void errorCode(Packet p, int buf, Ber el) {
        BerValues.integer(p, buf, el, ERROR_CODE);
        KerberosContext.current().errorCode = el.length > 0 ? (int) Ber.integer(p, buf, el.contents, el.length) : 0;
    }
}
