package io.sharkfin.dissect.protocol.ocsp;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.x509.Ber;
import io.sharkfin.dissect.protocol.x509.BerException;
import io.sharkfin.dissect.protocol.x509.X509;

import java.util.ArrayList;
import java.util.List;

/**
 * OCSP (RFC 2560) as Wireshark 4.0's {@code packet-ocsp.c} dissects it, for the protocols that
 * carry it: TLS's CertificateStatus ({@link #tlsResponse}) and HTTP bodies of the media types
 * {@code application/ocsp-request} and {@code application/ocsp-response}
 * ({@link OcspDissector}). Loading this class registers OCSP's OID-selected types (the
 * BasicOCSPResponse and the OCSP extensions) with the X.509 walk, as Wireshark's handoff does;
 * it loads when a dissector set lists the fields of TLS or of {@link OcspDissector}, before any
 * packet is seen.
 */
public final class Ocsp {
    private Ocsp() {
    }

    static {
        OcspOidValues.register();
    }

    /** Every field OCSP may add: its own and the X.509 fields of the types it imports. */
    public static final List<FieldSpec> FIELDS = allFields();

    private static List<FieldSpec> allFields() {
        List<FieldSpec> out = new ArrayList<>(OcspFields.FIELDS);
        out.addAll(X509.FIELDS);
        return List.copyOf(out);
    }

    /** Whether the packet needs anything OCSP adds (its fields, X.509's, frame.protocols). */
    static boolean needed(Packet p) {
        if (X509.needed(p)) {
            return true;
        }
        for (FieldSpec f : OcspFields.FIELDS) {
            if (p.wants(f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The OCSPResponse of a TLS CertificateStatus message ({@code len} bytes at {@code off}):
     * an {@code ocsp} protocol item reading "OCSP Response", without a layer of its own (TLS adds
     * it as an item, not by calling a dissector), and the response inside it. The
     * BasicOCSPResponse its bytes hold adds the {@code ocsp} layer.
     */
    public static void tlsResponse(Packet p, int buf, int off, int len) {
        if (!needed(p)) {
            return;
        }
        int e = p.addBytes(OcspFields.OCSP, buf, off, len);
        if (e >= 0) {
            p.setLabel(e, "OCSP Response");
        }
        int saved = p.openSubtree(e);
        try {
            OcspMessages.response(p, buf, Ber.read(p, buf, off, off + len));
        } catch (BerException bad) {
            // a length that lies ends the response; what came before stays
        } finally {
            p.closeSubtree(saved);
        }
    }

    /** An OCSPRequest or OCSPResponse filling {@code len} bytes at {@code off} (an HTTP body). */
    static void message(Packet p, int buf, int off, int len, boolean request) {
        try {
            Ber el = Ber.read(p, buf, off, off + len);
            if (request) {
                OcspMessages.request(p, buf, el);
            } else {
                OcspMessages.response(p, buf, el);
            }
        } catch (BerException bad) {
            // as above
        }
    }
}
