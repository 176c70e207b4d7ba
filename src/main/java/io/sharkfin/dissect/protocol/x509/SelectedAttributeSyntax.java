package io.sharkfin.dissect.protocol.x509;

import io.sharkfin.dissect.Packet;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.sharkfin.dissect.protocol.x509.X509Fields.*;

/**
 * The values x509sat registers by OID with a plain syntax of its own (Microsoft's CA version,
 * next-publish time, template name ...), which appear as certificate, CRL and OCSP extensions:
 * an x509sat layer and the syntax's field ({@code x509sat.Integer}, {@code x509sat.UTCTime}, ...).
 * A value of another ASN.1 type than the syntax gets the layer only (Wireshark adds an error item).
 */
final class SelectedAttributeSyntax {
    private SelectedAttributeSyntax() {
    }

    private enum Syntax {
        INTEGER, OCTET_STRING, UTC_TIME, BMP_STRING, UTF8_STRING
    }

    private static final Map<String, Syntax> BY_OID = Map.of(
            "1.3.6.1.4.1.311.20.2", Syntax.BMP_STRING,      // id-ms-certificate-template-name
            "1.3.6.1.4.1.311.20.2.3", Syntax.UTF8_STRING,   // id-ms-user-principal-name
            "1.3.6.1.4.1.311.17.1", Syntax.BMP_STRING,      // id-ms-local-machine-keyset
            "1.3.6.1.4.1.311.21.1", Syntax.INTEGER,         // id-ms-ca-version
            "1.3.6.1.4.1.311.21.2", Syntax.OCTET_STRING,    // id-ms-previous-cert-hash
            "1.3.6.1.4.1.311.21.3", Syntax.INTEGER,         // id-ms-virtual-base
            "1.3.6.1.4.1.311.21.4", Syntax.UTC_TIME);       // id-ms-next-publish

    /** Dissects the value when x509sat registers {@code oid} here; returns whether it does. */
    static boolean dissect(Packet p, int buf, String oid, int off, int end) {
        Syntax syntax = BY_OID.get(oid);
        if (syntax == null) {
            return false;
        }
        p.enterLayer(X509SAT.id());
        Ber v = Ber.read(p, buf, off, end);
        switch (syntax) {
            case INTEGER -> {
                if (v.is(Ber.UNIVERSAL, 2)) {
                    p.addInt(SAT_INTEGER, buf, v.contents, v.length, (int) Ber.integer(p, buf, v.contents, v.length));
                }
            }
            case OCTET_STRING -> {
                if (v.is(Ber.UNIVERSAL, 4)) {
                    p.addBytes(SAT_OCTET_STRING, buf, v.contents, v.length);
                }
            }
            case UTC_TIME -> {
                String text = v.is(Ber.UNIVERSAL, 23) && p.wants(SAT_UTC_TIME)
                        ? X509.utcTimeWithCentury(p, buf, v) : null;
                if (text != null) {
                    p.addComputedString(SAT_UTC_TIME, buf, v.contents, v.length, text);
                }
            }
            case BMP_STRING -> {
                if (v.is(Ber.UNIVERSAL, 30) && p.wants(SAT_BMPSTRING)) {
                    p.addComputedString(SAT_BMPSTRING, buf, v.contents, v.length,
                            new String(p.copy(buf, v.contents, v.length), StandardCharsets.UTF_16BE));
                }
            }
            case UTF8_STRING -> {
                if (v.is(Ber.UNIVERSAL, 12)) {
                    p.addString(SAT_UTF8STRING, buf, v.contents, v.length, false);
                }
            }
        }
        return true;
    }
}
