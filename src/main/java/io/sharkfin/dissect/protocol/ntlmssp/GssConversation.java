package io.sharkfin.dissect.protocol.ntlmssp;

import io.sharkfin.dissect.Packet;

/**
 * What GSS-API, SPNEGO and NTLMSSP keep for one connection: the mechanism GSS-API's first
 * token named (which inner tokens without an OID are read as), the one SPNEGO's mechanism lists
 * chose, and NTLMSSP's negotiated flags from its CHALLENGE (which say whether an AUTHENTICATE
 * without flags has Unicode strings). The protocol that carries the tokens owns it and enters it
 * before handing a token on.
 */
public final class GssConversation {
    Mechanism gssMechanism;
    Mechanism spnegoMechanism;
    long ntlmFlags;
    boolean sawChallenge;
    byte[] serverChallenge;

    /** The conversation of the token being dissected. */
    static final class Current {
        GssConversation conv;
    }

    public static void enter(Packet p, GssConversation conv) {
        p.session().state(Current.class, Current::new).conv = conv;
    }

    static GssConversation current(Packet p) {
        Current c = p.session().state(Current.class, Current::new);
        if (c.conv == null) {
            c.conv = new GssConversation();
        }
        return c.conv;
    }

    /**
     * The mechanisms Wireshark registers with GSS-API, by OID ({@code gssapi_oid_value}):
     * sharkfin dissects SPNEGO's and NTLMSSP's tokens; Kerberos' and NegoEx's are known, so that
     * they are chosen as in Wireshark, but not read.
     */
    enum Mechanism {
        SPNEGO("1.3.6.1.5.5.2"),
        NTLMSSP("1.3.6.1.4.1.311.2.2.10"),
        KERBEROS_MS("1.2.840.48018.1.2.2"),
        KERBEROS("1.2.840.113554.1.2.2"),
        KERBEROS_USER_TO_USER("1.2.840.113554.1.2.2.3"),
        NEGOEX("1.3.6.1.4.1.311.2.2.30");

        final String oid;

        Mechanism(String oid) {
            this.oid = oid;
        }

        static Mechanism of(String oid) {
            for (Mechanism m : values()) {
                if (m.oid.equals(oid)) {
                    return m;
                }
            }
            return null;
        }
    }
}
