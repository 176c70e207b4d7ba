package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.Packet;

import javax.security.auth.x500.X500Principal;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import static io.sharkfin.dissect.protocol.tls.TlsFields.*;

/**
 * sharkfin's own certificate fields ({@code tls.cert.*}), computed with the JDK's X.509 support:
 * names in RFC 4514 form, validity, serial number, fingerprints, subject alternative names. A
 * certificate the JDK rejects gets {@code tls.cert.unparsed} (and only its fingerprints); the
 * x509* fields come from sharkfin's own BER walk either way.
 */
final class TlsCertificates {
    /** Larger certificates are not handed to the JDK (a chain entry is rarely over 16 KiB). */
    static final int MAX_PARSED = 64 * 1024;

    private TlsCertificates() {
    }

    private static boolean wanted(Packet p) {
        for (var f : CERT_FIELDS) {
            if (p.wants(f)) {
                return true;
            }
        }
        return false;
    }

    static void add(Packet p, int buf, int off, int len) {
        if (!wanted(p) || len <= 0 || !p.available(buf, off, len)) {
            return;
        }
        byte[] der = p.copy(buf, off, len);
        if (p.wants(CERT_SHA1)) {
            p.addComputedBytes(CERT_SHA1, buf, off, len, digest("SHA-1", der));
        }
        if (p.wants(CERT_SHA256)) {
            p.addComputedBytes(CERT_SHA256, buf, off, len, digest("SHA-256", der));
        }
        X509Certificate cert = len <= MAX_PARSED ? parse(der) : null;
        if (cert == null) {
            p.addNone(CERT_UNPARSED, buf, off, len);
            return;
        }
        try {
            p.addComputedString(CERT_SUBJECT, buf, off, len, cert.getSubjectX500Principal().getName(X500Principal.RFC2253));
            p.addComputedString(CERT_ISSUER, buf, off, len, cert.getIssuerX500Principal().getName(X500Principal.RFC2253));
            commonNames(p, buf, off, len, CERT_SUBJECT_CN, cert.getSubjectX500Principal());
            commonNames(p, buf, off, len, CERT_ISSUER_CN, cert.getIssuerX500Principal());
            p.addComputedString(CERT_SERIAL, buf, off, len, cert.getSerialNumber().toString(16));
            p.addTime(CERT_NOT_BEFORE, buf, off, len, cert.getNotBefore().getTime() * 1_000_000L);
            p.addTime(CERT_NOT_AFTER, buf, off, len, cert.getNotAfter().getTime() * 1_000_000L);
            if (p.wants(CERT_SELF_SIGNED)) {
                p.addBoolean(CERT_SELF_SIGNED, buf, off, len, selfSigned(cert));
            }
            if (p.wants(CERT_SAN)) {
                subjectAltNames(p, buf, off, len, cert);
            }
        } catch (RuntimeException e) {
            // a certificate the JDK parsed but cannot describe: what was added stays
            p.addNone(CERT_UNPARSED, buf, off, len);
        }
    }

    private static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | RuntimeException e) {
            return null;
        }
    }

    private static void commonNames(Packet p, int buf, int off, int len, io.sharkfin.dissect.FieldSpec f,
                                    X500Principal name) {
        if (!p.wants(f)) {
            return;
        }
        try {
            var ldap = new javax.naming.ldap.LdapName(name.getName(X500Principal.RFC2253));
            for (var rdn : ldap.getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    p.addComputedString(f, buf, off, len, String.valueOf(rdn.getValue()));
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            // not an RFC 4514 name after all: no common name to report
        }
    }

    private static boolean selfSigned(X509Certificate cert) {
        if (!cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
            return false;
        }
        try {
            cert.verify(cert.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static void subjectAltNames(Packet p, int buf, int off, int len, X509Certificate cert) {
        Collection<List<?>> names;
        try {
            names = cert.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return;
        }
        if (names == null) {
            return;
        }
        for (List<?> n : names) {
            if (n.size() >= 2 && n.get(1) instanceof String s) {
                p.addComputedString(CERT_SAN, buf, off, len, s);
            }
        }
    }

    private static byte[] digest(String alg, byte[] der) {
        try {
            return MessageDigest.getInstance(alg).digest(der);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
