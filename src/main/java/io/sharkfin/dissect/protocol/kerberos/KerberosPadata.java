package io.sharkfin.dissect.protocol.kerberos;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.x509.Ber;
import io.sharkfin.dissect.protocol.x509.BerSequence;
import io.sharkfin.dissect.protocol.x509.BerSequence.Component;
import io.sharkfin.dissect.protocol.x509.BerValues;

import static io.sharkfin.dissect.protocol.kerberos.KerberosFields.*;
import static io.sharkfin.dissect.protocol.kerberos.KerberosMessages.SEQUENCE;

/**
 * Pre-authentication data (PA-DATA) and the KRB-ERROR e-data that carries it, as
 * {@code packet-kerberos.c}'s {@code dissect_kerberos_T_padata_value} and
 * {@code dissect_kerberos_T_e_data} dissect them: each padata-value is an octet string whose
 * contents are the type its padata-type names. Dissected here: PA-TGS-REQ (an AP-REQ),
 * PA-ENC-TIMESTAMP and PA-ENCRYPTED-CHALLENGE (encrypted data), PA-ETYPE-INFO and
 * PA-ETYPE-INFO2 (the salts a client needs: what AS-REP roasting reads), PA-PAC-REQUEST,
 * PA-FX-FAST (the armored request, dissected after the rest of its list as Wireshark defers it,
 * or reply), PA-FX-ERROR (a KRB-ERROR) and PA-REQ-ENC-PA-REP (a checksum). The values of other
 * types (PKINIT, S4U, PA-PW-SALT, PA-SUPPORTED-ETYPES, PA-PAC-OPTIONS, SPAKE, ...) are their bytes
 * only.
 */
final class KerberosPadata {
    private KerberosPadata() {
    }

    static final int PA_TGS_REQ = 1;
    static final int PA_ENC_TIMESTAMP = 2;
    static final int PA_ETYPE_INFO = 11;
    static final int PA_ETYPE_INFO2 = 19;
    static final int PA_PAC_REQUEST = 128;
    static final int PA_FX_FAST = 136;
    static final int PA_FX_ERROR = 137;
    static final int PA_ENCRYPTED_CHALLENGE = 138;
    static final int PA_REQ_ENC_PA_REP = 149;

    /** The FAST armor type whose value is an AP-REQ. */
    private static final int FX_FAST_ARMOR_AP_REQUEST = 1;

    /** The error codes whose e-data is a list of PA-DATA (METHOD-DATA). */
    private static final int[] PADATA_ERRORS = {
        14, // KDC_ERR_ETYPE_NOSUPP
        24, // KDC_ERR_PREAUTH_FAILED
        25, // KDC_ERR_PREAUTH_REQUIRED
        68, // KDC_ERR_WRONG_REALM
        90, // KDC_ERR_PREAUTH_EXPIRED
        91, // KDC_ERR_MORE_PREAUTH_DATA_REQUIRED
        92, // KDC_ERR_PREAUTH_BAD_AUTHENTICATION_SET
        93, // KDC_ERR_UNKNOWN_CRITICAL_FAST_OPTIONS
    };

    private static final Component[] PA_DATA = {
        Component.explicit(1, KerberosPadata::padataType),
        Component.explicit(2, KerberosPadata::padataValue),
    };

    private static void paData(Packet p, int buf, Ber el) {
        KerberosContext.current().padataTypeEntry = -1;
        BerSequence.sequence(p, buf, el, PA_DATA_ELEMENT, false, PA_DATA);
    }

    /**
     * A request's {@code padata} list: a PA-FX-FAST request in it waits until the list is done
     * and is then dissected in its padata-value's tree (only the first one is).
     */
    static void requestList(Packet p, int buf, Ber el) {
        KerberosContext c = KerberosContext.current();
        boolean savedDefer = c.deferFast;
        int savedEntry = c.fastEntry;
        int savedBuffer = c.fastBuffer;
        int savedOffset = c.fastOffset;
        int savedLength = c.fastLength;
        c.deferFast = true;
        c.fastLength = -1;
        try {
            BerSequence.sequenceOf(p, buf, el, PADATA, SEQUENCE, KerberosPadata::paData);
            if (c.fastLength >= 0) {
                int entry = c.fastEntry;
                int fastBuf = c.fastBuffer;
                int off = c.fastOffset;
                int len = c.fastLength;
                c.deferFast = false;
                c.fastLength = -1;
                int saved = p.openSubtree(entry);
                try {
                    fastRequest(p, fastBuf, off, len);
                } finally {
                    p.closeSubtree(saved);
                }
            }
        } finally {
            c.deferFast = savedDefer;
            c.fastEntry = savedEntry;
            c.fastBuffer = savedBuffer;
            c.fastOffset = savedOffset;
            c.fastLength = savedLength;
        }
    }

    /** A reply's {@code padata} list. */
    static void replyList(Packet p, int buf, Ber el) {
        BerSequence.sequenceOf(p, buf, el, PADATA, SEQUENCE, KerberosPadata::paData);
    }

    /**
     * KRB-ERROR's e-data: its bytes, and for the errors that send one, the list of PA-DATA they
     * hold (without a count item). The errors whose e-data Windows fills with an NT status
     * (BADOPTION, CLIENT_REVOKED, KEY_EXP, POLICY) are left as bytes.
     */
    static void errorData(Packet p, int buf, Ber el) {
        if (!BerValues.isOctetString(el)) {
            return;
        }
        p.need(buf, el.contents, el.length);
        int e = p.addBytes(E_DATA, buf, el.contents, el.length);
        int code = KerberosContext.current().errorCode;
        for (int listed : PADATA_ERRORS) {
            if (code == listed && el.length > 0) {
                int saved = p.openSubtree(e);
                try {
                    BerSequence.sequenceOf(p, buf, contents(p, buf, el), null, SEQUENCE, KerberosPadata::paData);
                } finally {
                    p.closeSubtree(saved);
                }
                return;
            }
        }
    }

    /** The one element an octet string's contents hold (the rest, if any, is not read). */
    private static Ber contents(Packet p, int buf, Ber octets) {
        return Ber.readClamped(p, buf, octets.contents, octets.end());
    }

    private static void padataType(Packet p, int buf, Ber el) {
        int before = p.entryCount();
        BerValues.integer(p, buf, el, PADATA_TYPE);
        KerberosContext c = KerberosContext.current();
        c.padataType = el.length > 0 ? (int) Ber.integer(p, buf, el.contents, el.length) : 0;
        c.padataTypeEntry = p.entryCount() > before ? p.entryCount() - 1 : -1;
    }

    /**
     * A padata-value: its bytes, and inside them the type its padata-type names. Wireshark hangs
     * the value under the padata-type item (the helper's "last created item"), so the tree does too.
     */
    private static void padataValue(Packet p, int buf, Ber el) {
        if (!BerValues.isOctetString(el)) {
            return; // Wireshark's BER error, no item
        }
        int saved = p.openSubtree(KerberosContext.current().padataTypeEntry);
        try {
            padataValueItem(p, buf, el);
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static void padataValueItem(Packet p, int buf, Ber el) {
        p.need(buf, el.contents, el.length);
        int e = p.addBytes(PADATA_VALUE, buf, el.contents, el.length);
        KerberosContext c = KerberosContext.current();
        if (c.padataType == PA_FX_FAST && c.isKdcRequest() && c.deferFast) {
            c.deferFast = false;
            c.fastEntry = e;
            c.fastBuffer = buf;
            c.fastOffset = el.contents;
            c.fastLength = el.length;
            return;
        }
        if (el.length == 0) {
            return; // Wireshark calls no dissector on empty contents
        }
        if (!dissected(c.padataType)) {
            return;
        }
        int saved = p.openSubtree(e);
        try {
            value(p, buf, c, contents(p, buf, el));
        } finally {
            p.closeSubtree(saved);
        }
    }

    /** Whether the value of a PA-DATA type is read as a type (see the class comment), not left as bytes. */
    private static boolean dissected(int padataType) {
        return switch (padataType) {
            case PA_TGS_REQ, PA_FX_ERROR, PA_ENC_TIMESTAMP, PA_ENCRYPTED_CHALLENGE, PA_ETYPE_INFO, PA_ETYPE_INFO2,
                 PA_PAC_REQUEST, PA_FX_FAST, PA_REQ_ENC_PA_REP -> true;
            default -> false;
        };
    }

    private static void value(Packet p, int buf, KerberosContext c, Ber v) {
        switch (c.padataType) {
            case PA_TGS_REQ, PA_FX_ERROR -> KerberosMessages.applications(p, buf, v);
            case PA_ENC_TIMESTAMP, PA_ENCRYPTED_CHALLENGE -> KerberosMessages.encryptedData(p, buf, v, null);
            case PA_ETYPE_INFO -> BerSequence.sequenceOf(p, buf, v, null, SEQUENCE,
                    (q, b, entry) -> BerSequence.sequence(q, b, entry, ETYPE_INFO_ENTRY_ELEMENT, false, ETYPE_INFO_ENTRY));
            case PA_ETYPE_INFO2 -> BerSequence.sequenceOf(p, buf, v, null, SEQUENCE,
                    (q, b, entry) -> BerSequence.sequence(q, b, entry, ETYPE_INFO2_ENTRY_ELEMENT, false, ETYPE_INFO2_ENTRY));
            case PA_PAC_REQUEST -> BerSequence.sequence(p, buf, v, null, false, PAC_REQUEST);
            case PA_FX_FAST -> {
                if (c.isKdcRequest()) {
                    fastRequestChoice(p, buf, v); // a second PA-FX-FAST of a list: not deferred
                } else {
                    fastChoice(p, buf, v, ARMORED_REPLY);
                }
            }
            case PA_REQ_ENC_PA_REP -> KerberosMessages.checksum(p, buf, v, null);
            default -> throw new IllegalStateException("not a dissected PA-DATA type: " + c.padataType);
        }
    }

    // ------------------------------------------------------------------ value types

    private static final Component[] ETYPE_INFO_ENTRY = {
        Component.explicit(0, (p, buf, el) -> BerValues.integer(p, buf, el, ETYPE)),
        Component.optionalExplicit(1, (p, buf, el) -> BerValues.octetString(p, buf, el, INFO_SALT)),
    };

    private static final Component[] ETYPE_INFO2_ENTRY = {
        Component.explicit(0, (p, buf, el) -> BerValues.integer(p, buf, el, ETYPE)),
        Component.optionalExplicit(1, (p, buf, el) -> KerberosMessages.generalString(p, buf, el, INFO2_SALT)),
        Component.optionalExplicit(2, (p, buf, el) -> BerValues.octetString(p, buf, el, S2KPARAMS)),
    };

    private static final Component[] PAC_REQUEST = {
        Component.explicit(0, KerberosPadata::includePac),
    };

    /** BOOLEAN ({@code dissect_ber_boolean}): any non-zero first byte is true; nothing when empty. */
    private static void includePac(Packet p, int buf, Ber el) {
        if (el.length > 0) {
            p.addBoolean(INCLUDE_PAC, buf, el.contents, el.length, p.u8(buf, el.contents) != 0);
        }
    }

    private static final Component[] ARMOR = {
        Component.explicit(0, KerberosPadata::armorType),
        Component.explicit(1, KerberosPadata::armorValue),
    };

    private static final Component[] ARMORED_REQUEST = {
        Component.optionalExplicit(0, (p, buf, el) -> BerSequence.sequence(p, buf, el, ARMOR_ELEMENT, false, ARMOR)),
        Component.explicit(1, (p, buf, el) -> KerberosMessages.checksum(p, buf, el, REQ_CHECKSUM_ELEMENT)),
        Component.explicit(2, (p, buf, el) -> KerberosMessages.encryptedData(p, buf, el, ENC_FAST_REQ_ELEMENT)),
    };

    private static final Component[] ARMORED_REPLY = {
        Component.explicit(0, (p, buf, el) -> KerberosMessages.encryptedData(p, buf, el, ENC_FAST_REP_ELEMENT)),
    };

    private static void armorType(Packet p, int buf, Ber el) {
        BerValues.integer(p, buf, el, ARMOR_TYPE);
        KerberosContext.current().fastType = el.length > 0 ? (int) Ber.integer(p, buf, el.contents, el.length) : 0;
    }

    /** The armor's value: bytes, and an AP-REQ inside when the armor type says so. */
    private static void armorValue(Packet p, int buf, Ber el) {
        BerValues.octetString(p, buf, el, ARMOR_VALUE);
        if (KerberosContext.current().fastType == FX_FAST_ARMOR_AP_REQUEST && el.length > 0) {
            KerberosMessages.applications(p, buf, contents(p, buf, el));
        }
    }

    /** The PA-FX-FAST request a list deferred, dissected from its padata-value's contents. */
    private static void fastRequest(Packet p, int buf, int off, int len) {
        if (len > 0) {
            fastRequestChoice(p, buf, Ber.readClamped(p, buf, off, off + len));
        }
    }

    private static void fastRequestChoice(Packet p, int buf, Ber v) {
        fastChoice(p, buf, v, ARMORED_REQUEST);
    }

    /**
     * PA-FX-FAST-REQUEST or -REPLY: a CHOICE of one alternative, {@code [0]} around the armored
     * data (no item for the CHOICE itself: Wireshark calls it without a field).
     */
    private static void fastChoice(Packet p, int buf, Ber v, Component[] armored) {
        if (v.tagClass == Ber.CONTEXT && v.tag == 0) {
            BerSequence.sequence(p, buf, BerSequence.inside(p, buf, v), ARMORED_DATA_ELEMENT, false, armored);
        }
    }
}
