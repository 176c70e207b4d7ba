package io.sharkfin.ioc.tls;

import io.sharkfin.dissect.Packet;
import io.sharkfin.ioc.IocFields;
import io.sharkfin.ioc.PacketValues;

import java.util.ArrayList;
import java.util.List;

/**
 * The certificates of one frame as the {@code tls.cert.*} fields describe them, each field entry
 * given to the certificate it belongs to. Every entry of a certificate spans that certificate's
 * DER bytes, so entries are grouped by span, not by occurrence: a certificate may have no common
 * name or several, subject alternative names only when it has the extension, and a certificate
 * the JDK could not parse has no subject at all (it is left out).
 */
final class FrameCertificates {

    /** The entries of one certificate (-1: the field is absent). */
    static final class Entries {
        final int subject;
        int issuer = -1;
        /** The most specific common name: the last one the dissector adds (the first in the subject text). */
        int commonName = -1;
        int notBefore = -1;
        int notAfter = -1;
        int selfSigned = -1;
        final List<Integer> san = new ArrayList<>();
        private final int buffer;
        private final int offset;

        private Entries(Packet p, int subject) {
            this.subject = subject;
            this.buffer = p.rawBuffer(subject);
            this.offset = p.rawOffsetInBuffer(subject);
        }

        private boolean spans(Packet p, int e) {
            return p.rawBuffer(e) == buffer && p.rawOffsetInBuffer(e) == offset;
        }
    }

    private FrameCertificates() {
    }

    /** The certificates of the frame in message order (the first is the leaf of its chain). */
    static List<Entries> of(Packet p, IocFields f) {
        List<Entries> certs = new ArrayList<>();
        for (int e = PacketValues.first(p, f.certSubject); e >= 0; e = p.next(e)) {
            certs.add(new Entries(p, e));
        }
        if (certs.isEmpty()) {
            return certs;
        }
        give(p, certs, f.certIssuer, (c, e) -> c.issuer = c.issuer < 0 ? e : c.issuer);
        give(p, certs, f.certSubjectCn, (c, e) -> c.commonName = e);
        give(p, certs, f.certNotBefore, (c, e) -> c.notBefore = c.notBefore < 0 ? e : c.notBefore);
        give(p, certs, f.certNotAfter, (c, e) -> c.notAfter = c.notAfter < 0 ? e : c.notAfter);
        give(p, certs, f.certSelfSigned, (c, e) -> c.selfSigned = c.selfSigned < 0 ? e : c.selfSigned);
        give(p, certs, f.certSan, (c, e) -> c.san.add(e));
        return certs;
    }

    /** How a certificate takes an entry of one field. */
    private interface Taker {
        void take(Entries certificate, int entry);
    }

    /** Gives every entry of {@code field} to the certificate it belongs to. */
    private static void give(Packet p, List<Entries> certs, int field, Taker taker) {
        for (int e = PacketValues.first(p, field); e >= 0; e = p.next(e)) {
            Entries c = owner(p, certs, e);
            if (c != null) {
                taker.take(c, e);
            }
        }
    }

    /**
     * The certificate an entry describes: the one with the same span, searched from the last
     * certificate that starts at or before the entry (entries follow their certificate's subject).
     */
    private static Entries owner(Packet p, List<Entries> certs, int e) {
        for (int i = certs.size() - 1; i >= 0; i--) {
            Entries c = certs.get(i);
            if (c.subject <= e && c.spans(p, e)) {
                return c;
            }
        }
        for (Entries c : certs) {
            if (c.spans(p, e)) {
                return c;
            }
        }
        return null;
    }
}
