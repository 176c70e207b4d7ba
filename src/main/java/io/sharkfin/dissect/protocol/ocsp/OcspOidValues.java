package io.sharkfin.dissect.protocol.ocsp;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.x509.BerSequence;
import io.sharkfin.dissect.protocol.x509.BerSequence.Component;
import io.sharkfin.dissect.protocol.x509.BerValues;
import io.sharkfin.dissect.protocol.x509.Ber;
import io.sharkfin.dissect.protocol.x509.X509;

import static io.sharkfin.dissect.protocol.ocsp.OcspFields.*;

/**
 * The types OCSP registers by OBJECT IDENTIFIER (id-pkix-ocsp 1 to 7), as Wireshark's
 * {@code register_ber_oid_dissector} calls do: the BasicOCSPResponse of a response's bytes and
 * the values of the OCSP extensions (nonce, CRL reference, acceptable responses, no-check,
 * archive cutoff, service locator), wherever an extension carries them, certificates included.
 * Each adds an {@code ocsp} layer.
 */
final class OcspOidValues {
    private OcspOidValues() {
    }

    private static final String PREFIX = "1.3.6.1.5.5.7.48.1.";

    private static final Component[] CRL_ID = {
        Component.optionalExplicit(0, (p, buf, el) -> {
            if (el.is(Ber.UNIVERSAL, 22)) {
                p.addString(CRL_URL, buf, el.contents, el.length, true);
            }
        }),
        Component.optionalExplicit(1, (p, buf, el) -> BerValues.integer(p, buf, el, CRL_NUM)),
        Component.optionalExplicit(2, (p, buf, el) -> X509.generalizedTime(p, buf, el, CRL_TIME)),
    };

    private static final Component[] SERVICE_LOCATOR = {
        Component.anyTag((p, buf, el) -> X509.name(p, buf, el, ISSUER)),
        Component.of(16, (p, buf, el) -> X509.authorityInfoAccess(p, buf, el, LOCATOR)),
    };

    /** Registers the seven OIDs with the X.509 walk's OID table (once per JVM). */
    static void register() {
        add("1", OcspMessages::basicResponse);
        add("2", (p, buf, el) -> BerValues.octetString(p, buf, el, RE_OCSP_NONCE));
        add("3", (p, buf, el) -> BerSequence.sequence(p, buf, el, CRL_ID_ELEMENT, false, CRL_ID));
        add("4", (p, buf, el) -> BerSequence.sequenceOf(p, buf, el, ACCEPTABLE_RESPONSES, 6,
                (q, b, oid) -> q.addBytes(ACCEPTABLE_RESPONSES_ITEM, b, oid.contents, oid.length)));
        add("5", (p, buf, el) -> BerValues.nullItem(p, buf, el, NULL_ELEMENT));
        add("6", (p, buf, el) -> X509.generalizedTime(p, buf, el, ARCHIVE_CUTOFF));
        add("7", (p, buf, el) -> BerSequence.sequence(p, buf, el, SERVICE_LOCATOR_ELEMENT, false, SERVICE_LOCATOR));
    }

    private static void add(String arc, BerSequence.Handler pdu) {
        X509.registerExtension(PREFIX + arc, OCSP, OcspFields.FIELDS, (Packet p, int buf, int off, int end) ->
                pdu.dissect(p, buf, Ber.read(p, buf, off, end)));
    }
}
