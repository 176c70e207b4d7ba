package io.sharkfin.dissect.protocol.x509;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static io.sharkfin.dissect.protocol.x509.X509Fields.*;

/**
 * X.509 certificates as Wireshark 4.0's BER dissectors show them: the x509af structure, names
 * (x509if with x509sat attribute values), public keys (pkcs-1) and extensions (x509ce,
 * pkix1implicit, pkix1explicit). Values whose syntax an OBJECT IDENTIFIER selects (attribute
 * values, algorithm parameters, extension values) are dissected by the protocol registered for
 * the OID, which becomes a protocol layer (frame.protocols
 * {@code ...:tls:x509sat:x509sat:...:pkcs-1:x509ce:...}) when it adds something, as Wireshark's
 * {@code call_ber_oid_callback} does.
 *
 * <p>The walk follows the certificate schema, so its depth is fixed (names inside general names
 * inside extensions at most); an element whose length lies ends the walk of the structure it is
 * in. Nothing is walked when the packet wants no x509 field and not frame.protocols.
 */
public final class X509 {

    /** Every X.509 field and BER finding (for the dissector that carries certificates to list). */
    public static final List<FieldSpec> FIELDS = Stream.concat(X509Fields.FIELDS.stream(),
            BerExperts.FIELDS.stream()).toList();

    /**
     * The BER findings and items alone, for the protocols that use {@link #generalizedTime} and
     * {@link #bitString} without carrying certificates (Kerberos).
     */
    public static final List<FieldSpec> BER_FIELDS = BerExperts.FIELDS;

    /** A dissector for the value of an extension (or attribute) selected by its OID. */
    @FunctionalInterface
    public interface ValueDissector {
        /** Dissects the value at {@code off} up to {@code end}. */
        void dissect(Packet p, int buf, int off, int end);
    }

    private record Registered(FieldSpec layer, ValueDissector dissector) {
    }

    /** OID-registered extension dissectors of other protocols (TLS's SCT list). */
    private static final Map<String, Registered> EXTERNAL = new ConcurrentHashMap<>();
    /** The layers and fields of the {@link #EXTERNAL} dissectors. */
    private static final Set<FieldSpec> EXTERNAL_FIELDS = ConcurrentHashMap.newKeySet();

    private static final String RSA = "1.2.840.113549.1.1.1";
    private static final Set<String> EC_PARAMETERS = Set.of("1.2.840.10045.2.1", "1.3.132.1.12", "1.2.840.10045.2.13");
    private static final Set<String> DIRECTORY_STRING = Set.of("2.5.4.3", "2.5.4.4", "2.5.4.7", "2.5.4.8",
            "2.5.4.9", "2.5.4.10", "2.5.4.11", "2.5.4.12", "2.5.4.13", "2.5.4.15", "2.5.4.17", "2.5.4.42",
            "2.5.4.43", "2.5.4.44", "2.5.4.65", "1.3.6.1.4.1.311.60.2.1.1", "1.3.6.1.4.1.311.60.2.1.2");
    private static final Set<String> COUNTRY_NAME = Set.of("2.5.4.6", "1.3.6.1.4.1.311.60.2.1.3");
    private static final Set<String> SYNTAX_PRINTABLE = Set.of("2.5.4.5", "2.5.4.46");
    private static final Set<String> SYNTAX_IA5 = Set.of("1.2.840.113549.1.9.1", "0.9.2342.19200300.100.1.25");
    /** Extension OIDs x509ce registers: a layer even where sharkfin adds no field of its own. */
    private static final Set<String> X509CE_EXTENSIONS = Set.of("2.5.29.3", "2.5.29.9", "2.5.29.14",
            "2.5.29.15", "2.5.29.16", "2.5.29.17", "2.5.29.18", "2.5.29.19", "2.5.29.20", "2.5.29.21",
            "2.5.29.23", "2.5.29.27", "2.5.29.28", "2.5.29.29", "2.5.29.30", "2.5.29.31", "2.5.29.32",
            "2.5.29.33", "2.5.29.35", "2.5.29.36", "2.5.29.37", "2.5.29.40", "2.5.29.44", "2.5.29.45",
            "2.5.29.46", "2.5.29.47", "2.5.29.53", "2.5.29.54", "2.5.29.58", "2.5.29.59", "2.5.29.60",
            "2.5.29.61", "2.5.29.24", "2.5.29.51", "1.3.6.1.4.1.311.21.7", "1.3.6.1.4.1.311.21.10");
    /** Extension OIDs pkix1explicit registers. */
    private static final Set<String> PKIX1EXPLICIT_EXTENSIONS = Set.of("1.3.6.1.5.5.7.1.7",
            "1.3.6.1.5.5.7.1.8", "1.3.6.1.5.5.7.1.24", "1.2.840.113549.1.9.14");

    private X509() {
    }

    /**
     * Registers the dissector of an extension value another protocol owns (Wireshark's
     * {@code register_ber_oid_dissector}); {@code layer} names the protocol layer it adds.
     */
    public static void registerExtension(String oid, FieldSpec layer, ValueDissector d) {
        registerExtension(oid, layer, List.of(), d);
    }

    /**
     * As {@link #registerExtension(String, FieldSpec, ValueDissector)}, for a dissector that adds
     * {@code fields}: a packet needing one of them needs the walk that reaches the value.
     */
    public static void registerExtension(String oid, FieldSpec layer, List<FieldSpec> fields, ValueDissector d) {
        EXTERNAL.put(oid, new Registered(layer, d));
        EXTERNAL_FIELDS.add(layer);
        EXTERNAL_FIELDS.addAll(fields);
    }

    /**
     * Whether the packet needs anything the X.509 walk adds: an X.509 field, frame.protocols, a
     * protocol registered for an OID (whose layer and fields the walk may add), or an expert-info
     * field (the walk reports BER errors).
     */
    public static boolean needed(Packet p) {
        if (p.wantsAll()) {
            return true;
        }
        FieldSpec protocols = p.session().dissectors().frameProtocolsField();
        if (protocols != null && p.wants(protocols)) {
            return true;
        }
        for (FieldSpec f : FIELDS) {
            if (p.wants(f)) {
                return true;
            }
        }
        for (FieldSpec f : EXTERNAL_FIELDS) {
            if (p.wants(f)) {
                return true;
            }
        }
        for (FieldSpec f : p.session().dissectors().sharedFields()) {
            if (p.wants(f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A certificate of {@code len} bytes at {@code off}; {@code item} is the field the whole
     * certificate is added as ({@code tls.handshake.certificate}).
     */
    public static void certificate(Packet p, int buf, int off, int len, FieldSpec item) {
        int limit = off + len;
        if (!needed(p)) {
            addItem(p, item, buf, off, Math.min(len, Math.max(0, p.bufferLength(buf) - off)));
            return;
        }
        int saved = -2;
        try {
            Ber cert = Ber.read(p, buf, off, limit);
            int e = addItem(p, item, buf, cert.start, cert.span());
            saved = p.openSubtree(e);
            int o = cert.contents;
            Ber tbs = Ber.read(p, buf, o, cert.end());
            tbsCertificate(p, buf, tbs);
            o = tbs.end();
            Ber alg = Ber.read(p, buf, o, cert.end());
            algorithmIdentifier(p, buf, alg, AF_ALGORITHM_IDENTIFIER_ELEMENT);
            o = alg.end();
            Ber sig = Ber.read(p, buf, o, cert.end());
            bitString(p, buf, sig, AF_ENCRYPTED);
        } catch (BerException e) {
            // a lying length ends the certificate; what came before stays
        } finally {
            if (saved != -2) {
                p.closeSubtree(saved);
            }
        }
    }

    /** The certificate's item: its bytes (TLS), or an element without a value (OCSP's). */
    private static int addItem(Packet p, FieldSpec item, int buf, int off, int len) {
        return item.type() == FieldType.NONE ? p.addNone(item, buf, off, len) : p.addBytes(item, buf, off, len);
    }

    /** A DistinguishedName on its own (TLS CertificateRequest's certificate authorities). */
    public static void distinguishedName(Packet p, int buf, int off, int len) {
        if (!needed(p)) {
            return;
        }
        try {
            Ber name = Ber.read(p, buf, off, off + len);
            rdnSequence(p, buf, name, null);
        } catch (BerException e) {
            // ends the name
        }
    }

    private static void tbsCertificate(Packet p, int buf, Ber tbs) {
        int e = p.addNone(AF_SIGNED_CERTIFICATE_ELEMENT, buf, tbs.start, tbs.end() - tbs.start);
        int saved = p.openSubtree(e);
        try {
            int o = tbs.contents;
            int end = tbs.end();
            Ber el = Ber.read(p, buf, o, end);
            if (el.is(Ber.CONTEXT, 0)) {
                Ber v = Ber.read(p, buf, el.contents, el.end());
                p.addInt(AF_VERSION, buf, v.contents, v.length, Ber.integer(p, buf, v.contents, v.length));
                o = el.end();
                el = Ber.read(p, buf, o, end);
            }
            p.addBytes(AF_SERIAL_NUMBER, buf, el.contents, el.length);
            o = el.end();
            el = Ber.read(p, buf, o, end);
            algorithmIdentifier(p, buf, el, AF_SIGNATURE_ELEMENT);
            o = el.end();
            el = Ber.read(p, buf, o, end);
            nameUnder(p, buf, el, AF_ISSUER, IF_RDN_SEQUENCE);
            o = el.end();
            el = Ber.read(p, buf, o, end);
            validity(p, buf, el);
            o = el.end();
            el = Ber.read(p, buf, o, end);
            nameUnder(p, buf, el, AF_SUBJECT, AF_RDN_SEQUENCE);
            o = el.end();
            el = Ber.read(p, buf, o, end);
            subjectPublicKeyInfo(p, buf, el);
            o = el.end();
            while (o < end) {
                el = Ber.read(p, buf, o, end);
                if (el.is(Ber.CONTEXT, 3)) {
                    extensions(p, buf, Ber.read(p, buf, el.contents, el.end()), AF_EXTENSIONS, X509AF_EXTENSION);
                }
                o = el.end();
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static void validity(Packet p, int buf, Ber v) {
        int e = p.addNone(AF_VALIDITY_ELEMENT, buf, v.start, v.end() - v.start);
        int saved = p.openSubtree(e);
        try {
            Ber t = Ber.read(p, buf, v.contents, v.end());
            time(p, buf, t, AF_NOT_BEFORE);
            time(p, buf, Ber.read(p, buf, t.end(), v.end()), AF_NOT_AFTER);
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static void time(Packet p, int buf, Ber t, FieldSpec choiceField) {
        boolean utc = t.is(Ber.UNIVERSAL, 23);
        int e = p.addUInt(choiceField, buf, t.start, t.end() - t.start, utc ? 0 : 1);
        int saved = p.openSubtree(e);
        try {
            if (utc) {
                String text = utcTimeWithCentury(p, buf, t);
                if (text != null) {
                    p.addComputedString(AF_UTC_TIME, buf, t.contents, t.length, text);
                }
            } else if (t.is(Ber.UNIVERSAL, 24)) {
                generalizedTime(p, buf, t, AF_GENERALIZED_TIME);
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    /**
     * A GeneralizedTime element as the absolute time {@code f}, when Wireshark reads it as one
     * ({@link BerTime}); for another type, a bad length or an unreadable time, Wireshark's BER
     * error instead (a malformed-group finding).
     */
    public static void generalizedTime(Packet p, int buf, Ber t, FieldSpec f) {
        if (!t.is(Ber.UNIVERSAL, 24)) {
            BerExperts.expectedGeneralizedTime(p, buf, t);
            return;
        }
        if (t.length < 12 || t.length > 29) {
            BerExperts.generalizedTimeLength(p, buf, t);
            return;
        }
        byte[] text = p.copy(buf, t.contents, t.length);
        long nanos = BerTime.generalizedTime(text);
        if (nanos == BerTime.INVALID) {
            BerExperts.invalidGeneralizedTime(p, buf, t, () -> BerTime.quoted(text));
        } else {
            p.addTime(f, buf, t.contents, t.length, nanos);
        }
    }

    /**
     * A UTCTime's contents as x509af and x509sat show them: the rendering of {@link #utcTime}
     * with the century (20 before year 50, else 19); null when malformed.
     */
    static String utcTimeWithCentury(Packet p, int buf, Ber t) {
        String s = new String(p.copy(buf, t.contents, t.length), StandardCharsets.ISO_8859_1);
        String text = utcTime(s);
        return text == null ? null : (s.charAt(0) < '5' ? "20" : "19") + text;
    }

    /** Wireshark's rendering of a UTCTime ({@code YY-MM-DD hh:mm[:ss] (UTC)}), null when malformed. */
    static String utcTime(String s) {
        int len = s.length();
        if (len < 10 || len > 19) {
            return null;
        }
        for (int i = 0; i < 10; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return null;
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(s, 0, 2).append('-').append(s, 2, 4).append('-').append(s, 4, 6).append(' ')
                .append(s, 6, 8).append(':').append(s, 8, 10);
        int i = 10;
        if (len >= 12 && Character.isDigit(s.charAt(10))) {
            if (!Character.isDigit(s.charAt(11))) {
                return null;
            }
            out.append(':').append(s, 10, 12);
            i = 12;
        }
        if (i < len && s.charAt(i) == 'Z' && i + 1 == len) {
            return out.append(" (UTC)").toString();
        }
        if (i + 5 == len && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            return out.append(" (UTC ").append(s, i, i + 3).append(':').append(s, i + 3, i + 5).append(')').toString();
        }
        return null;
    }

    /**
     * An AlgorithmIdentifier added as {@code item} (an FT_NONE element field), with its
     * parameters; returns the algorithm's OID in dotted form.
     */
    public static String algorithmIdentifier(Packet p, int buf, Ber a, FieldSpec item) {
        int e = p.addNone(item, buf, a.start, a.end() - a.start);
        int saved = p.openSubtree(e);
        try {
            Ber oid = Ber.read(p, buf, a.contents, a.end());
            p.addBytes(AF_ALGORITHM_ID, buf, oid.contents, oid.length);
            String id = Ber.oid(p, buf, oid.contents, oid.length);
            if (oid.end() < a.end()) {
                Ber params = Ber.read(p, buf, oid.end(), a.end());
                algorithmParameters(p, buf, id, params);
            }
            return id;
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static void algorithmParameters(Packet p, int buf, String oid, Ber params) {
        if (EC_PARAMETERS.contains(oid)) {
            p.enterLayer(PKCS1.id());
            int choice = params.is(Ber.UNIVERSAL, 6) ? 1 : params.is(Ber.UNIVERSAL, 5) ? 2 : 0;
            int e = p.addUInt(PKCS1_ECPARAMETERS, buf, params.start, params.end() - params.start, choice);
            if (choice == 1) {
                int saved = p.openSubtree(e);
                p.addBytes(PKCS1_NAMED_CURVE, buf, params.contents, params.length);
                p.closeSubtree(saved);
            }
        } else if (oid.equals("1.2.840.113549.1.1.10") && !params.is(Ber.UNIVERSAL, 5)) {
            p.enterLayer(PKCS1.id()); // RSASSA-PSS parameters: their fields are not produced
        }
    }

    private static void subjectPublicKeyInfo(Packet p, int buf, Ber spki) {
        int e = p.addNone(AF_SUBJECT_PUBLIC_KEY_INFO_ELEMENT, buf, spki.start, spki.end() - spki.start);
        int saved = p.openSubtree(e);
        try {
            Ber alg = Ber.read(p, buf, spki.contents, spki.end());
            String oid = algorithmIdentifier(p, buf, alg, AF_ALGORITHM_ELEMENT);
            Ber key = Ber.read(p, buf, alg.end(), spki.end());
            if (oid.equals(RSA) && key.length > 1) {
                Ber seq = Ber.read(p, buf, key.contents + 1, key.end());
                int k = p.addBytes(AF_SUBJECT_PUBLIC_KEY, buf, seq.start, seq.end() - seq.start);
                int inner = p.openSubtree(k);
                try {
                    Ber mod = Ber.read(p, buf, seq.contents, seq.end());
                    p.addBytes(PKCS1_MODULUS, buf, mod.contents, mod.length);
                    Ber exp = Ber.read(p, buf, mod.end(), seq.end());
                    p.addInt(PKCS1_PUBLIC_EXPONENT, buf, exp.contents, exp.length,
                            (int) Ber.integer(p, buf, exp.contents, exp.length));
                } finally {
                    p.closeSubtree(inner);
                }
            } else {
                bitString(p, buf, key, AF_SUBJECT_PUBLIC_KEY);
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    /**
     * A BIT STRING as dissect_ber_constrained_bitstring adds it: the unused-bits count
     * ({@code Padding: 0}), then the value, its bytes after the count; an empty one (a single 0)
     * is the value over that byte and an {@code Empty} mark. One that {@link Ber#readClamped} cut
     * fails ({@link BerException}) where Wireshark reads past the data: after the count.
     */
    public static int bitString(Packet p, int buf, Ber b, FieldSpec f) {
        if (b.declared < 1) {
            return -1;
        }
        if (b.length < 1) {
            throw BerException.INSTANCE; // the count is past what the container holds
        }
        int pad = p.u8(buf, b.contents);
        if (pad == 0 && b.declared == 1) {
            int e = p.addBytes(f, buf, b.contents, 1);
            p.addUInt(BerExperts.BITSTRING_EMPTY, buf, b.contents, 1, 0);
            return e;
        }
        p.addUInt(BerExperts.BITSTRING_PADDING, buf, b.contents, 1, pad);
        if (!b.whole()) {
            throw BerException.INSTANCE; // the value is (Ber#readClamped cut it)
        }
        return p.addBytes(f, buf, b.contents + 1, b.length - 1);
    }

    /** RDNSequence: a SEQUENCE OF RelativeDistinguishedName; {@code f} counts them (null: no item). */
    private static void rdnSequence(Packet p, int buf, Ber seq, FieldSpec f) {
        int count = countElements(p, buf, seq);
        int e = f == null ? -1 : p.addUInt(f, buf, seq.start, seq.end() - seq.start, count);
        int saved = p.openSubtree(e);
        try {
            int o = seq.contents;
            while (o < seq.end()) {
                Ber rdn = Ber.read(p, buf, o, seq.end());
                int r = p.addUInt(IF_RDNSEQUENCE_ITEM, buf, rdn.start, rdn.end() - rdn.start, countElements(p, buf, rdn));
                int inner = p.openSubtree(r);
                try {
                    int a = rdn.contents;
                    while (a < rdn.end()) {
                        Ber atav = Ber.read(p, buf, a, rdn.end());
                        attributeTypeAndValue(p, buf, atav);
                        a = atav.end();
                    }
                } finally {
                    p.closeSubtree(inner);
                }
                o = rdn.end();
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    /**
     * A Name (x509if): the CHOICE item {@code choiceItem} (always rdnSequence, 0), then the
     * RDNSequence as {@code x509if.rdnSequence}.
     */
    public static void name(Packet p, int buf, Ber name, FieldSpec choiceItem) {
        nameUnder(p, buf, name, choiceItem, IF_RDN_SEQUENCE);
    }

    /** A Name's CHOICE item ({@code issuer: rdnSequence (0)}) with its RDNSequence under it. */
    private static void nameUnder(Packet p, int buf, Ber name, FieldSpec choiceItem, FieldSpec sequence) {
        int e = p.addUInt(choiceItem, buf, name.start, name.span(), 0);
        int saved = p.openSubtree(e);
        try {
            rdnSequence(p, buf, name, sequence);
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static int countElements(Packet p, int buf, Ber container) {
        return Ber.countElements(p, buf, container);
    }

    private static void attributeTypeAndValue(Packet p, int buf, Ber atav) {
        int e = p.addNone(IF_RELATIVE_DISTINGUISHED_NAME_ITEM_ELEMENT, buf, atav.start, atav.end() - atav.start);
        int saved = p.openSubtree(e);
        try {
            Ber type = Ber.read(p, buf, atav.contents, atav.end());
            p.addBytes(IF_OID, buf, type.contents, type.length);
            String oid = Ber.oid(p, buf, type.contents, type.length);
            if (type.end() >= atav.end()) {
                return;
            }
            Ber value = Ber.read(p, buf, type.end(), atav.end());
            attributeValue(p, buf, oid, value);
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static void attributeValue(Packet p, int buf, String oid, Ber v) {
        if (COUNTRY_NAME.contains(oid)) {
            p.enterLayer(X509SAT.id());
            string(p, buf, v, SAT_COUNTRY_NAME);
        } else if (DIRECTORY_STRING.contains(oid)) {
            p.enterLayer(X509SAT.id());
            directoryString(p, buf, v, SAT_DIRECTORY_STRING);
        } else if (SYNTAX_PRINTABLE.contains(oid)) {
            p.enterLayer(X509SAT.id());
            string(p, buf, v, SAT_SYNTAX_PRINTABLE_STRING);
        } else if (SYNTAX_IA5.contains(oid)) {
            p.enterLayer(X509SAT.id());
            string(p, buf, v, SAT_IA5_STRING);
        }
    }

    private static void directoryString(Packet p, int buf, Ber v, FieldSpec choiceField) {
        int choice;
        FieldSpec f;
        if (v.is(Ber.UNIVERSAL, 20)) {
            choice = 0;
            f = SAT_TELETEX_STRING;
        } else if (v.is(Ber.UNIVERSAL, 19)) {
            choice = 1;
            f = SAT_PRINTABLE_STRING;
        } else if (v.is(Ber.UNIVERSAL, 28)) {
            choice = 2;
            f = SAT_UNIVERSAL_STRING;
        } else if (v.is(Ber.UNIVERSAL, 30)) {
            choice = 3;
            f = SAT_BMP_STRING;
        } else if (v.is(Ber.UNIVERSAL, 12)) {
            choice = 4;
            f = SAT_U_TF8_STRING;
        } else {
            return;
        }
        int e = p.addUInt(choiceField, buf, v.start, v.end() - v.start, choice);
        int saved = p.openSubtree(e);
        try {
            string(p, buf, v, f);
        } finally {
            p.closeSubtree(saved);
        }
    }

    /** A string type's value: UTF-8, UCS-2 and UCS-4 decoded, the others as ASCII. */
    private static void string(Packet p, int buf, Ber v, FieldSpec f) {
        if (!p.wants(f)) {
            return;
        }
        if (v.is(Ber.UNIVERSAL, 30) || v.is(Ber.UNIVERSAL, 28)) {
            java.nio.charset.Charset cs = v.tag == 30 ? StandardCharsets.UTF_16BE : java.nio.charset.Charset.forName("UTF-32BE");
            p.addComputedString(f, buf, v.contents, v.length, new String(p.copy(buf, v.contents, v.length), cs));
        } else {
            p.addString(f, buf, v.contents, v.length, !v.is(Ber.UNIVERSAL, 12));
        }
    }

    // ------------------------------------------------------------------ extensions

    /**
     * The fields of an Extension: x509af's inside certificates, pkix1explicit's where other
     * modules import {@code Extensions} (OCSP); the extension id is an OID field in the first,
     * a string (its dotted form) in the second.
     */
    private record ExtensionFields(FieldSpec element, FieldSpec id, FieldSpec critical) {
    }

    private static final ExtensionFields X509AF_EXTENSION =
            new ExtensionFields(AF_EXTENSION_ELEMENT, AF_EXTENSION_ID, AF_CRITICAL);
    private static final ExtensionFields PKIX1EXPLICIT_EXTENSION =
            new ExtensionFields(PKIX1E_EXTENSION_ELEMENT, PKIX1E_ID, PKIX1E_CRITICAL);

    /**
     * Extensions as pkix1explicit dissects them for the modules that import it (OCSP's request,
     * response and single extensions): {@code countField} counts them, each is a
     * {@code pkix1explicit.Extension_element} whose value goes to the dissector of its OID.
     */
    public static void extensions(Packet p, int buf, Ber seq, FieldSpec countField) {
        extensions(p, buf, seq, countField, PKIX1EXPLICIT_EXTENSION);
    }

    private static void extensions(Packet p, int buf, Ber seq, FieldSpec countField, ExtensionFields f) {
        int e = p.addUInt(countField, buf, seq.start, seq.span(), countElements(p, buf, seq));
        int saved = p.openSubtree(e);
        try {
            int o = seq.contents;
            while (o < seq.end()) {
                Ber ext = Ber.read(p, buf, o, seq.end());
                extension(p, buf, ext, f);
                o = ext.end();
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static void extension(Packet p, int buf, Ber ext, ExtensionFields f) {
        int e = p.addNone(f.element(), buf, ext.start, ext.span());
        int saved = p.openSubtree(e);
        try {
            Ber id = Ber.read(p, buf, ext.contents, ext.end());
            String oid = Ber.oid(p, buf, id.contents, id.length);
            if (f.id().type() == FieldType.STRING) {
                if (p.wants(f.id())) {
                    p.addComputedString(f.id(), buf, id.contents, id.length, oid);
                }
            } else {
                p.addBytes(f.id(), buf, id.contents, id.length);
            }
            Ber el = Ber.read(p, buf, id.end(), ext.end());
            if (el.is(Ber.UNIVERSAL, 1)) {
                p.addBoolean(f.critical(), buf, el.contents, el.length, el.length > 0 && p.u8(buf, el.contents) != 0);
                el = Ber.read(p, buf, el.end(), ext.end());
            }
            try {
                dissectByOid(p, buf, oid, el.contents, el.end());
            } catch (BerException bad) {
                // a bad extension value ends that extension only
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    /** Nesting of OID-selected values in the walk now running (a value may hold certificates). */
    private static final ThreadLocal<int[]> OID_NESTING = ThreadLocal.withInitial(() -> new int[1]);
    /**
     * How deep OID-selected values may nest (an OCSP response inside a certificate extension
     * inside an OCSP response ...): deeper ones are malformed. Wireshark stops such data at its
     * tree depth limit, a few dozen levels down; real data nests two or three.
     */
    static final int MAX_OID_NESTING = 16;

    /**
     * The value at {@code off}..{@code end} of a type selected by {@code oid} (an extension's
     * value, an OCSP response's bytes), dissected by the protocol registered for the OID, whose
     * layer is entered first (Wireshark's {@code call_ber_oid_callback}). Returns whether a
     * dissector is registered for the OID; nothing is added when none is.
     *
     * @throws BerException when the value lies about a length
     */
    public static boolean dissectByOid(Packet p, int buf, String oid, int off, int end) {
        int[] nesting = OID_NESTING.get();
        if (nesting[0] >= MAX_OID_NESTING) {
            p.markMalformed();
            return true;
        }
        nesting[0]++;
        try {
            return oidValue(p, buf, oid, off, end);
        } finally {
            nesting[0]--;
        }
    }

    private static boolean oidValue(Packet p, int buf, String oid, int off, int end) {
        Registered r = EXTERNAL.get(oid);
        if (r != null) {
            p.enterLayer(r.layer().id());
            r.dissector().dissect(p, buf, off, end);
            return true;
        }
        if (oid.equals("1.3.6.1.5.5.7.1.1")) {
            p.enterLayer(PKIX1IMPLICIT.id());
            authorityInfoAccess(p, buf, Ber.read(p, buf, off, end), PKIX1I_AUTHORITY_INFO_ACCESS_SYNTAX);
            return true;
        }
        if (PKIX1EXPLICIT_EXTENSIONS.contains(oid)) {
            p.enterLayer(PKIX1EXPLICIT.id());
            return true;
        }
        if (SelectedAttributeSyntax.dissect(p, buf, oid, off, end)) {
            return true;
        }
        if (!X509CE_EXTENSIONS.contains(oid)) {
            return false;
        }
        p.enterLayer(X509CE.id());
        Ber v = Ber.read(p, buf, off, end);
        switch (oid) {
            case "2.5.29.14" -> p.addBytes(CE_SUBJECT_KEY_IDENTIFIER, buf, v.contents, v.length);
            case "2.5.29.35" -> authorityKeyIdentifier(p, buf, v);
            case "2.5.29.19" -> basicConstraints(p, buf, v);
            case "2.5.29.15" -> keyUsage(p, buf, v);
            case "2.5.29.37" -> {
                int e = p.addUInt(CE_KEY_PURPOSE_IDS, buf, v.start, v.end() - v.start, countElements(p, buf, v));
                int saved = p.openSubtree(e);
                try {
                    for (int o = v.contents; o < v.end(); ) {
                        Ber k = Ber.read(p, buf, o, v.end());
                        p.addBytes(CE_KEY_PURPOSE_ID, buf, k.contents, k.length);
                        o = k.end();
                    }
                } finally {
                    p.closeSubtree(saved);
                }
            }
            case "2.5.29.17", "2.5.29.18" -> generalNames(p, buf, v, CE_GENERAL_NAMES);
            case "2.5.29.31" -> crlDistributionPoints(p, buf, v);
            case "2.5.29.32", "1.3.6.1.4.1.311.21.10" -> certificatePolicies(p, buf, v);
            case "1.3.6.1.4.1.311.21.7" -> certificateTemplate(p, buf, v);
            default -> {
            }
        }
        return true;
    }

    private static void authorityKeyIdentifier(Packet p, int buf, Ber v) {
        int e = p.addNone(CE_AUTHORITY_KEY_IDENTIFIER_ELEMENT, buf, v.start, v.end() - v.start);
        int saved = p.openSubtree(e);
        try {
            for (int o = v.contents; o < v.end(); ) {
                Ber el = Ber.read(p, buf, o, v.end());
                if (el.is(Ber.CONTEXT, 0)) {
                    p.addBytes(CE_KEY_IDENTIFIER, buf, el.contents, el.length);
                } else if (el.is(Ber.CONTEXT, 1)) {
                    generalNames(p, buf, el, CE_AUTHORITY_CERT_ISSUER);
                } else if (el.is(Ber.CONTEXT, 2)) {
                    p.addBytes(CE_AUTHORITY_CERT_SERIAL_NUMBER, buf, el.contents, el.length);
                }
                o = el.end();
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static void basicConstraints(Packet p, int buf, Ber v) {
        int e = p.addNone(CE_BASIC_CONSTRAINTS_SYNTAX_ELEMENT, buf, v.start, v.end() - v.start);
        if (v.length == 0 && p.wantsText()) {
            // dissect_ber_sequence's words for a SEQUENCE with nothing in it
            p.setLabel(e, CE_BASIC_CONSTRAINTS_SYNTAX_ELEMENT.title() + " [0 length]");
        }
        int saved = p.openSubtree(e);
        try {
            for (int o = v.contents; o < v.end(); ) {
                Ber el = Ber.read(p, buf, o, v.end());
                if (el.is(Ber.UNIVERSAL, 1)) {
                    p.addBoolean(CE_C_A, buf, el.contents, el.length, el.length > 0 && p.u8(buf, el.contents) != 0);
                } else if (el.is(Ber.UNIVERSAL, 2)) {
                    p.addUInt(CE_PATH_LEN_CONSTRAINT, buf, el.contents, el.length, Ber.integer(p, buf, el.contents, el.length));
                }
                o = el.end();
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static final FieldSpec[][] KEY_USAGE_BITS = {
        {CE_KEY_USAGE_DIGITAL_SIGNATURE, CE_KEY_USAGE_CONTENT_COMMITMENT, CE_KEY_USAGE_KEY_ENCIPHERMENT,
            CE_KEY_USAGE_DATA_ENCIPHERMENT, CE_KEY_USAGE_KEY_AGREEMENT, CE_KEY_USAGE_KEY_CERT_SIGN,
            CE_KEY_USAGE_C_RLSIGN, CE_KEY_USAGE_ENCIPHER_ONLY},
        {CE_KEY_USAGE_DECIPHER_ONLY}};

    private static void keyUsage(Packet p, int buf, Ber v) {
        int e = bitString(p, buf, v, CE_KEY_USAGE);
        int saved = p.openSubtree(e);
        try {
            for (int byteIndex = 0; byteIndex < KEY_USAGE_BITS.length; byteIndex++) {
                int at = v.contents + 1 + byteIndex;
                boolean present = at < v.end();
                int bits = present ? p.u8(buf, at) : 0;
                for (int bit = 0; bit < KEY_USAGE_BITS[byteIndex].length; bit++) {
                    p.addBoolean(KEY_USAGE_BITS[byteIndex][bit], buf, present ? at : v.end(), present ? 1 : 0,
                            (bits & (0x80 >> bit)) != 0);
                }
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    /** GeneralNames: a count item, then each GeneralName. */
    private static void generalNames(Packet p, int buf, Ber v, FieldSpec countField) {
        int e = p.addUInt(countField, buf, v.start, v.end() - v.start, countElements(p, buf, v));
        int saved = p.openSubtree(e);
        try {
            for (int o = v.contents; o < v.end(); ) {
                Ber name = Ber.read(p, buf, o, v.end());
                generalName(p, buf, name, CE_GENERAL_NAME);
                o = name.end();
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    /** A GeneralName (x509ce) as the CHOICE item {@code choiceField}, with its alternative's field. */
    public static void generalName(Packet p, int buf, Ber n, FieldSpec choiceField) {
        if (n.tagClass != Ber.CONTEXT) {
            return;
        }
        int e = p.addUInt(choiceField, buf, n.start, n.end() - n.start, n.tag);
        int saved = p.openSubtree(e);
        try {
            switch (n.tag) {
                case 1 -> p.addString(CE_RFC822_NAME, buf, n.contents, n.length, true);
                case 2 -> p.addString(CE_D_NSNAME, buf, n.contents, n.length, true);
                case 4 -> {
                    Ber name = Ber.read(p, buf, n.contents, n.end());
                    int d = p.addUInt(CE_DIRECTORY_NAME, buf, name.start, name.end() - name.start, 0);
                    int inner = p.openSubtree(d);
                    try {
                        rdnSequence(p, buf, name, IF_RDN_SEQUENCE);
                    } finally {
                        p.closeSubtree(inner);
                    }
                }
                case 6 -> p.addString(CE_UNIFORM_RESOURCE_IDENTIFIER, buf, n.contents, n.length, true);
                // an IPv4 or IPv6 address by its length, nothing otherwise (x509ce.cnf)
                case 7 -> {
                    if (n.length == 4) {
                        p.addIPv4(CE_IPADDRESS_IPV4, buf, n.contents);
                    } else if (n.length == 16) {
                        p.addBytes(CE_IPADDRESS_IPV6, buf, n.contents, 16);
                    }
                }
                case 8 -> p.addBytes(CE_REGISTERED_ID, buf, n.contents, n.length);
                default -> {
                }
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static void crlDistributionPoints(Packet p, int buf, Ber v) {
        int e = p.addUInt(CE_CRLDIST_POINTS_SYNTAX, buf, v.start, v.end() - v.start, countElements(p, buf, v));
        int saved = p.openSubtree(e);
        try {
            for (int o = v.contents; o < v.end(); ) {
                Ber dp = Ber.read(p, buf, o, v.end());
                int d = p.addNone(CE_DISTRIBUTION_POINT_ELEMENT, buf, dp.start, dp.end() - dp.start);
                int inner = p.openSubtree(d);
                try {
                    for (int q = dp.contents; q < dp.end(); ) {
                        Ber el = Ber.read(p, buf, q, dp.end());
                        if (el.is(Ber.CONTEXT, 0)) {
                            Ber name = Ber.read(p, buf, el.contents, el.end());
                            int c = p.addUInt(CE_DISTRIBUTION_POINT, buf, name.start, name.end() - name.start, name.tag);
                            int in2 = p.openSubtree(c);
                            try {
                                if (name.is(Ber.CONTEXT, 0)) {
                                    generalNames(p, buf, name, CE_FULL_NAME);
                                }
                            } finally {
                                p.closeSubtree(in2);
                            }
                        }
                        q = el.end();
                    }
                } finally {
                    p.closeSubtree(inner);
                }
                o = dp.end();
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static void certificatePolicies(Packet p, int buf, Ber v) {
        int e = p.addUInt(CE_CERTIFICATE_POLICIES_SYNTAX, buf, v.start, v.end() - v.start, countElements(p, buf, v));
        int saved = p.openSubtree(e);
        try {
            for (int o = v.contents; o < v.end(); ) {
                Ber pi = Ber.read(p, buf, o, v.end());
                policyInformation(p, buf, pi);
                o = pi.end();
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static void policyInformation(Packet p, int buf, Ber pi) {
        int e = p.addNone(CE_POLICY_INFORMATION_ELEMENT, buf, pi.start, pi.end() - pi.start);
        int saved = p.openSubtree(e);
        try {
            Ber id = Ber.read(p, buf, pi.contents, pi.end());
            p.addBytes(CE_POLICY_IDENTIFIER, buf, id.contents, id.length);
            if (id.end() >= pi.end()) {
                return;
            }
            Ber qs = Ber.read(p, buf, id.end(), pi.end());
            int q = p.addUInt(CE_POLICY_QUALIFIERS, buf, qs.start, qs.end() - qs.start, countElements(p, buf, qs));
            int inner = p.openSubtree(q);
            try {
                for (int o = qs.contents; o < qs.end(); ) {
                    Ber qi = Ber.read(p, buf, o, qs.end());
                    policyQualifier(p, buf, qi);
                    o = qi.end();
                }
            } finally {
                p.closeSubtree(inner);
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static void policyQualifier(Packet p, int buf, Ber qi) {
        int e = p.addNone(CE_POLICY_QUALIFIER_INFO_ELEMENT, buf, qi.start, qi.end() - qi.start);
        int saved = p.openSubtree(e);
        try {
            Ber id = Ber.read(p, buf, qi.contents, qi.end());
            p.addBytes(CE_ID, buf, id.contents, id.length);
            String oid = Ber.oid(p, buf, id.contents, id.length);
            if (id.end() >= qi.end()) {
                return;
            }
            Ber q = Ber.read(p, buf, id.end(), qi.end());
            if (oid.equals("1.3.6.1.5.5.7.2.1")) {
                p.enterLayer(PKIX1EXPLICIT.id());
                string(p, buf, q, PKIX1E_DIRECTORY_STRING);
            } else if (oid.equals("1.3.6.1.5.5.7.2.2")) {
                p.enterLayer(PKIX1IMPLICIT.id()); // UserNotice: its fields are not produced
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static void certificateTemplate(Packet p, int buf, Ber v) {
        int e = p.addNone(CE_CERTIFICATE_TEMPLATE_ELEMENT, buf, v.start, v.end() - v.start);
        int saved = p.openSubtree(e);
        try {
            Ber id = Ber.read(p, buf, v.contents, v.end());
            p.addBytes(CE_TEMPLATE_ID, buf, id.contents, id.length);
            FieldSpec[] versions = {CE_TEMPLATE_MAJOR_VERSION, CE_TEMPLATE_MINOR_VERSION};
            int o = id.end();
            for (int i = 0; i < 2 && o < v.end(); i++) {
                Ber n = Ber.read(p, buf, o, v.end());
                p.addInt(versions[i], buf, n.contents, n.length, Ber.integer(p, buf, n.contents, n.length));
                o = n.end();
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    /** AuthorityInfoAccessSyntax (pkix1implicit), counted by {@code countField}. */
    public static void authorityInfoAccess(Packet p, int buf, Ber v, FieldSpec countField) {
        int e = p.addUInt(countField, buf, v.start, v.span(), countElements(p, buf, v));
        int saved = p.openSubtree(e);
        try {
            for (int o = v.contents; o < v.end(); ) {
                Ber ad = Ber.read(p, buf, o, v.end());
                int d = p.addNone(PKIX1I_ACCESS_DESCRIPTION_ELEMENT, buf, ad.start, ad.end() - ad.start);
                int inner = p.openSubtree(d);
                try {
                    Ber method = Ber.read(p, buf, ad.contents, ad.end());
                    p.addBytes(PKIX1I_ACCESS_METHOD, buf, method.contents, method.length);
                    if (method.end() < ad.end()) {
                        generalName(p, buf, Ber.read(p, buf, method.end(), ad.end()), PKIX1I_ACCESS_LOCATION);
                    }
                } finally {
                    p.closeSubtree(inner);
                }
                o = ad.end();
            }
        } finally {
            p.closeSubtree(saved);
        }
    }
}
