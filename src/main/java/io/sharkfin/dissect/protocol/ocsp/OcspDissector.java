package io.sharkfin.dissect.protocol.ocsp;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import java.util.List;

/**
 * OCSP messages in their own layer, as HTTP hands bodies of the media types
 * {@code application/ocsp-request} and {@code application/ocsp-response} to Wireshark's
 * {@code dissect_ocsp_request} and {@code dissect_ocsp_response}: one instance per message kind,
 * both of protocol {@code ocsp}. The response one is the dissector the set registers by name.
 */
public final class OcspDissector implements Dissector {
    private final boolean request;

    private OcspDissector(boolean request) {
        this.request = request;
    }

    /** The dissector of {@code application/ocsp-response} bodies. */
    public static OcspDissector responses() {
        return new OcspDissector(false);
    }

    /** The dissector of {@code application/ocsp-request} bodies. */
    public static OcspDissector requests() {
        return new OcspDissector(true);
    }

    @Override
    public FieldSpec protocol() {
        return OcspFields.OCSP;
    }

    @Override
    public List<FieldSpec> fields() {
        return Ocsp.FIELDS;
    }

    @Override
    public String shortName() {
        return "OCSP";
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        if (Ocsp.needed(p)) {
            int captured = Math.max(0, Math.min(length, p.bufferLength(buf) - offset));
            Ocsp.message(p, buf, offset, captured, request);
        }
        return length;
    }
}
