package io.sharkfin.dissect.protocol.ocsp;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.x509.BerSequence;
import io.sharkfin.dissect.protocol.x509.BerSequence.Component;
import io.sharkfin.dissect.protocol.x509.BerValues;
import io.sharkfin.dissect.protocol.x509.Ber;
import io.sharkfin.dissect.protocol.x509.X509;

import static io.sharkfin.dissect.protocol.ocsp.OcspFields.*;

/**
 * The OCSP messages of RFC 2560 (Wireshark's {@code asn1/ocsp/OCSP.asn}, explicit tags) as
 * schemas for {@link BerSequence}: OCSPRequest, OCSPResponse and the BasicOCSPResponse its
 * {@code responseBytes} select by OID, with the X.509 types they import (algorithm identifiers,
 * names, general names, extensions, certificates) dissected by
 * {@link io.sharkfin.dissect.protocol.x509.X509}.
 */
final class OcspMessages {
    private OcspMessages() {
    }

    private static final int INTEGER = 2;
    private static final int BIT_STRING = 3;
    private static final int OCTET_STRING = 4;
    private static final int OID = 6;
    private static final int ENUMERATED = 10;
    private static final int SEQUENCE = 16;
    private static final int GENERALIZED_TIME = 24;

    // ------------------------------------------------------------------ shared types

    /** {@code [0] EXPLICIT Version DEFAULT v1}. */
    private static final Component VERSION_COMPONENT =
            Component.optionalExplicit(0, (p, buf, el) -> BerValues.integer(p, buf, el, VERSION));

    /** {@code [0] EXPLICIT SEQUENCE OF Certificate}. */
    private static final Component CERTS_COMPONENT = Component.optionalExplicit(0, OcspMessages::certs);

    private static final Component[] CERT_ID = {
        Component.of(SEQUENCE, (p, buf, el) -> X509.algorithmIdentifier(p, buf, el, HASH_ALGORITHM_ELEMENT)),
        Component.of(OCTET_STRING, (p, buf, el) -> BerValues.octetString(p, buf, el, ISSUER_NAME_HASH)),
        Component.of(OCTET_STRING, (p, buf, el) -> BerValues.octetString(p, buf, el, ISSUER_KEY_HASH)),
        Component.of(INTEGER, (p, buf, el) -> BerValues.integer(p, buf, el, SERIAL_NUMBER)),
    };

    private static void certs(Packet p, int buf, Ber seq) {
        BerSequence.sequenceOf(p, buf, seq, CERTS, SEQUENCE,
                (q, b, cert) -> X509.certificate(q, b, cert.start, cert.span(), CERTIFICATE_ELEMENT));
    }

    private static void generalizedTime(Packet p, int buf, Ber el, FieldSpec f) {
        X509.generalizedTime(p, buf, el, f);
    }

    // ------------------------------------------------------------------ OCSPRequest

    private static final Component[] REQUEST = {
        Component.of(SEQUENCE, (p, buf, el) -> BerSequence.sequence(p, buf, el, REQ_CERT_ELEMENT, false, CERT_ID)),
        Component.optionalExplicit(0, (p, buf, el) -> X509.extensions(p, buf, el, SINGLE_REQUEST_EXTENSIONS)),
    };

    private static final Component[] TBS_REQUEST = {
        VERSION_COMPONENT,
        Component.optionalExplicit(1, (p, buf, el) -> X509.generalName(p, buf, el, REQUESTOR_NAME)),
        Component.of(SEQUENCE, (p, buf, el) -> BerSequence.sequenceOf(p, buf, el, REQUEST_LIST, SEQUENCE,
                (q, b, r) -> BerSequence.sequence(q, b, r, REQUEST_ELEMENT, false, REQUEST))),
        Component.optionalExplicit(2, (p, buf, el) -> X509.extensions(p, buf, el, REQUEST_EXTENSIONS)),
    };

    private static final Component[] SIGNATURE_COMPONENTS = {
        Component.of(SEQUENCE, (p, buf, el) -> X509.algorithmIdentifier(p, buf, el, SIGNATURE_ALGORITHM_ELEMENT)),
        Component.of(BIT_STRING, (p, buf, el) -> X509.bitString(p, buf, el, SIGNATURE)),
        CERTS_COMPONENT,
    };

    private static final Component[] OCSP_REQUEST = {
        Component.of(SEQUENCE, (p, buf, el) -> BerSequence.sequence(p, buf, el, TBS_REQUEST_ELEMENT, false, TBS_REQUEST)),
        Component.optionalExplicit(0, (p, buf, el) ->
                BerSequence.sequence(p, buf, el, OPTIONAL_SIGNATURE_ELEMENT, false, SIGNATURE_COMPONENTS)),
    };

    /** An OCSPRequest (no item of its own: the protocol item is its tree). */
    static void request(Packet p, int buf, Ber el) {
        BerSequence.sequence(p, buf, el, null, false, OCSP_REQUEST);
    }

    // ------------------------------------------------------------------ OCSPResponse

    private static final Component[] RESPONSE_BYTES = {
        Component.of(OID, OcspMessages::responseType),
        Component.of(OCTET_STRING, OcspMessages::responseValue),
    };

    private static final Component[] OCSP_RESPONSE = {
        Component.of(ENUMERATED, (p, buf, el) -> BerValues.integer(p, buf, el, RESPONSE_STATUS)),
        Component.optionalExplicit(0, OcspMessages::responseBytes),
    };

    /** An OCSPResponse (no item of its own: the protocol item is its tree). */
    static void response(Packet p, int buf, Ber el) {
        BerSequence.sequence(p, buf, el, null, false, OCSP_RESPONSE);
    }

    /**
     * The response type, kept for the response bytes that follow it (Wireshark keeps it in the
     * ASN.1 context as the "direct reference"); one slot per thread, as dissection runs on one.
     */
    private static final ThreadLocal<String[]> DIRECT_REFERENCE = ThreadLocal.withInitial(() -> new String[1]);

    private static void responseBytes(Packet p, int buf, Ber el) {
        DIRECT_REFERENCE.get()[0] = null;
        BerSequence.sequence(p, buf, el, RESPONSE_BYTES_ELEMENT, false, RESPONSE_BYTES);
    }

    private static void responseType(Packet p, int buf, Ber el) {
        DIRECT_REFERENCE.get()[0] = BerValues.oidString(p, buf, el, RESPONSE_TYPE_ID);
    }

    /** The response bytes: the structure the response type's OID selects (BasicOCSPResponse). */
    private static void responseValue(Packet p, int buf, Ber el) {
        String[] type = DIRECT_REFERENCE.get();
        String oid = type[0];
        type[0] = null;
        if (oid != null && el.length > 0) {
            X509.dissectByOid(p, buf, oid, el.contents, el.end());
        }
    }

    // ------------------------------------------------------------------ BasicOCSPResponse

    private static final Component[] REVOKED_INFO = {
        Component.of(GENERALIZED_TIME, (p, buf, el) -> generalizedTime(p, buf, el, REVOCATION_TIME)),
        Component.optionalExplicit(0, (p, buf, el) -> BerValues.integer(p, buf, el, REVOCATION_REASON)),
    };

    private static final Component[] CERT_STATUS_CHOICE = {
        Component.alternative(0, false, 0, (p, buf, el) -> BerValues.nullItem(p, buf, el, GOOD_ELEMENT)),
        Component.alternative(1, false, 1, (p, buf, el) ->
                BerSequence.sequence(p, buf, el, REVOKED_ELEMENT, true, REVOKED_INFO)),
        Component.alternative(2, false, 2, (p, buf, el) -> BerValues.nullItem(p, buf, el, UNKNOWN_ELEMENT)),
    };

    private static final Component[] SINGLE_RESPONSE = {
        Component.of(SEQUENCE, (p, buf, el) -> BerSequence.sequence(p, buf, el, CERT_ID_ELEMENT, false, CERT_ID)),
        Component.anyTag((p, buf, el) -> BerSequence.choice(p, buf, el, CERT_STATUS, CERT_STATUS_CHOICE)),
        Component.of(GENERALIZED_TIME, (p, buf, el) -> generalizedTime(p, buf, el, THIS_UPDATE)),
        Component.optionalExplicit(0, (p, buf, el) -> generalizedTime(p, buf, el, NEXT_UPDATE)),
        Component.optionalExplicit(1, (p, buf, el) -> X509.extensions(p, buf, el, SINGLE_EXTENSIONS)),
    };

    private static final Component[] RESPONDER_ID_CHOICE = {
        Component.alternative(1, true, 1, (p, buf, el) -> X509.name(p, buf, el, BY_NAME)),
        Component.alternative(2, true, 2, (p, buf, el) -> BerValues.octetString(p, buf, el, BY_KEY)),
    };

    private static final Component[] RESPONSE_DATA = {
        VERSION_COMPONENT,
        Component.anyTag((p, buf, el) -> BerSequence.choice(p, buf, el, RESPONDER_ID, RESPONDER_ID_CHOICE)),
        Component.of(GENERALIZED_TIME, (p, buf, el) -> generalizedTime(p, buf, el, PRODUCED_AT)),
        Component.of(SEQUENCE, (p, buf, el) -> BerSequence.sequenceOf(p, buf, el, RESPONSES, SEQUENCE,
                (q, b, r) -> BerSequence.sequence(q, b, r, SINGLE_RESPONSE_ELEMENT, false, SINGLE_RESPONSE))),
        Component.optionalExplicit(1, (p, buf, el) -> X509.extensions(p, buf, el, RESPONSE_EXTENSIONS)),
    };

    private static final Component[] BASIC_RESPONSE = {
        Component.of(SEQUENCE, (p, buf, el) -> BerSequence.sequence(p, buf, el, TBS_RESPONSE_DATA_ELEMENT, false, RESPONSE_DATA)),
        Component.of(SEQUENCE, (p, buf, el) -> X509.algorithmIdentifier(p, buf, el, SIGNATURE_ALGORITHM_ELEMENT)),
        Component.of(BIT_STRING, (p, buf, el) -> X509.bitString(p, buf, el, SIGNATURE)),
        CERTS_COMPONENT,
    };

    /** A BasicOCSPResponse (id-pkix-ocsp-basic). */
    static void basicResponse(Packet p, int buf, Ber el) {
        BerSequence.sequence(p, buf, el, BASIC_OCSPRESPONSE_ELEMENT, false, BASIC_RESPONSE);
    }
}
