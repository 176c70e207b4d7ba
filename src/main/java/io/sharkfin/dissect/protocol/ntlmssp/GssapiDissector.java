package io.sharkfin.dissect.protocol.ntlmssp;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.OidNames;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;
import io.sharkfin.dissect.protocol.Tvb;
import io.sharkfin.dissect.protocol.x509.Ber;
import io.sharkfin.dissect.protocol.x509.BerException;

import java.util.List;

/**
 * GSS-API's initial-context token as packet-gssapi.c 4.0 reads a security blob: an [APPLICATION
 * 0] token names its mechanism by OID (remembered for the connection) and carries that
 * mechanism's token; any other token is NTLMSSP when it starts with its signature, else the
 * token of the mechanism the connection's first token named (SPNEGO's negTokenTarg). SPNEGO's
 * and NTLMSSP's tokens are dissected; Kerberos' and NegoEx's are recognised and not read.
 *
 * <p>Not ported: the reassembly of a token split over several blobs (a blob cut short of its
 * announced length starts it: its OID is shown and its bytes are left), NTLMSSP's encrypted payloads and
 * Kerberos' wrap tokens (which only DCE/RPC and LDAP carry). An exception inside the token is
 * shown and ends the token, as the C code's TRY does.
 */
public final class GssapiDissector implements Dissector {
    private final Dissector spnego;
    private final Dissector ntlmssp;

    public GssapiDissector(Dissector spnego, Dissector ntlmssp) {
        this.spnego = spnego;
        this.ntlmssp = ntlmssp;
    }

    @Override
    public FieldSpec protocol() {
        return NtlmsspFields.GSSAPI;
    }

    @Override
    public List<FieldSpec> fields() {
        return List.of(NtlmsspFields.GSSAPI, NtlmsspFields.GSS_API_OID);
    }

    @Override
    public String shortName() {
        return "GSS-API";
    }

    @Override
    public List<String> calls() {
        return List.of("spnego", "ntlmssp");
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        GssConversation conv = GssConversation.current(p);
        Tvb t = Tvb.of(p, buf, offset, length);
        try {
            token(p, t, conv);
        } catch (Truncated e) {
            if (!e.isMalformed()) {
                throw e;
            }
            p.showException(e, buf, offset);
        }
        return t.capturedLength();
    }

    private void token(Packet p, Tvb t, GssConversation conv) {
        int end = t.at(0) + t.capturedLength();
        Ber header;
        try {
            // get_ber_length does not hold the length to the blob: a token cut short still names its OID
            header = Ber.readClamped(p, t.buf, t.at(0), end);
        } catch (BerException e) {
            header = null;
        }
        if (header == null || !(header.tagClass == 1 && header.constructed && header.tag == 0)) {
            innerToken(p, t, conv);
            return;
        }
        Ber oid;
        try {
            oid = Ber.read(p, t.buf, header.contents, end);
        } catch (BerException e) {
            return;
        }
        if (!oid.is(Ber.UNIVERSAL, 6)) {
            return;
        }
        String dotted = Ber.oid(p, t.buf, oid.contents, oid.length);
        GssConversation.Mechanism mech = GssConversation.Mechanism.of(dotted);
        oidItem(p, t.buf, oid, dotted);
        if (mech == null || !header.whole() && t.capturedLength() == t.reportedLength()) {
            // a known mechanism's token shorter than announced (not cut by the capture) starts
            // packet-gssapi.c's reassembly (not ported): its bytes are not dissected
            return;
        }
        if (conv.gssMechanism == null) {
            conv.gssMechanism = mech;
        }
        call(p, mech, t.buf, oid.end(), end - oid.end());
    }

    /**
     * dissect_ber_object_identifier_str of {@code gss-api.OID}: the dotted OID over its contents,
     * with its name beside it (the one the mechanism registered through gssapi_init_oid).
     */
    private static void oidItem(Packet p, int buf, Ber oid, String dotted) {
        int e = p.addComputedString(NtlmsspFields.GSS_API_OID, buf, oid.contents, oid.length, dotted);
        if (e >= 0 && p.wantsText()) {
            p.setLabel(e, "OID: " + dotted + " (" + OidNames.resolve(dotted) + ")");
        }
    }

    /** A token without the [APPLICATION 0] wrapper. */
    private void innerToken(Packet p, Tvb t, GssConversation conv) {
        if (t.capturedLength() > 7 && startsWith(t, "NTLMSSP")) {
            p.call(ntlmssp, t.buf, t.at(0), t.capturedLength());
            return;
        }
        if (t.capturedLength() >= 16 && t.u8(0) == 1 && t.u8(1) == 0 && t.u8(2) == 0 && t.u8(3) == 0) {
            // NTLMSSP's sealed payloads and verifiers are not dissected
            return;
        }
        if (conv.gssMechanism != null) {
            call(p, conv.gssMechanism, t.buf, t.at(0), t.capturedLength());
        }
    }

    private void call(Packet p, GssConversation.Mechanism mech, int buf, int off, int len) {
        switch (mech) {
            case SPNEGO -> p.call(spnego, buf, off, len);
            case NTLMSSP -> p.call(ntlmssp, buf, off, len);
            default -> {
                // Kerberos and NegoEx tokens are not dissected
            }
        }
    }

    private static boolean startsWith(Tvb t, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (t.u8(i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
