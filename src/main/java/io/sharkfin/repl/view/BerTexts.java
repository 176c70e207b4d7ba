package io.sharkfin.repl.view;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.OidNames;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.ValueStrings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The texts of items dissected from ASN.1 BER (X.509 certificates, OCSP, Kerberos), as
 * packet-ber.c and the X.509 and Kerberos dissectors append them: a SEQUENCE OF's count in items ({@code extensions: 9 items}),
 * an AlgorithmIdentifier's algorithm by name ({@code signature (sha256WithRSAEncryption)}), a long
 * INTEGER in hex ({@code serialNumber: 0x064b...}), and distinguished names spelled out with their
 * attributes' names ({@code rdnSequence: 4 items (id-at-commonName=example.com,...)}), which TLS
 * also puts after each certificate.
 */
final class BerTexts {
    /** Protocols whose items asn2wrs generated from their ASN.1 and packet-ber.c dissects. */
    private static final Set<String> BER_PROTOCOLS = Set.of("x509af", "x509ce", "x509if", "x509sat",
            "ocsp", "pkix1explicit", "pkix1implicit", "pkcs1");
    /** INTEGERs registered as bytes, for values past 64 bits, which packet-ber.c shows in hex. */
    private static final Set<String> INTEGER_BYTES = Set.of("x509af.serialNumber",
            "x509ce.authorityCertSerialNumber", "ocsp.serialNumber", "pkcs1.modulus");
    /** OIDs registered as strings, which packet-ber.c shows with their names appended. */
    private static final Set<String> STRING_OIDS = Set.of("ocsp.responseType.id", "pkix1explicit.id");
    /** Items a Certificate is dissected in, whose text gains the certificate's subject. */
    private static final Set<String> CERTIFICATES = Set.of("tls.handshake.certificate", "ocsp.Certificate_element");
    private static final String OID = "x509if.oid";
    private static final String AVA = "x509if.RelativeDistinguishedName_item_element";
    private static final String RDN = "x509if.RDNSequence_item";
    private static final Set<String> DN = Set.of("x509if.rdnSequence", "x509af.rdnSequence");
    /**
     * CHOICEs whose number has no names in their registration (an imported type), so the tree
     * shows the bare number ({@code accessLocation: 6}), not a count.
     */
    private static final Set<String> UNNAMED_CHOICES = Set.of("pkix1implicit.accessLocation");
    /**
     * Kerberos's and SPNEGO's SEQUENCE OF counts: their other unsigned fields without names are
     * numbers (nonce, kvno, susec), so the counts are listed rather than found by type.
     */
    private static final Set<String> SEQUENCE_OF_COUNTS = Set.of("kerberos.padata", "kerberos.cname_string",
            "kerberos.sname_string", "kerberos.kdc-req-body.etype", "spnego.mechTypes");
    /** A Kerberos PA-DATA, whose item packet-kerberos.c follows with the name of its type. */
    private static final String PA_DATA = "kerberos.PA_DATA_element";
    private static final String PADATA_TYPE = "kerberos.padata_type";
    /** OIDs whose name the item they are in takes: an algorithm's, an extension's. */
    private static final List<String> NAMED_BY_OID = List.of("x509af.algorithm.id", "x509af.extension.id");

    private BerTexts() {
    }

    /** The item's text, or null when it is no BER item or has no text of its own. */
    static String of(Packet p, int e, FieldDef d) {
        String name = d.name();
        if (CERTIFICATES.contains(name)) {
            // packet-x509af.c's SubjectName appends the subject to the item the certificate is in
            int subject = ItemTexts.firstUnder(p, e, "x509af.subject");
            int dn = subject < 0 ? -1 : ItemTexts.firstUnder(p, subject, "x509af.rdnSequence");
            return dn < 0 ? null : ProtocolTree.appended(ProtocolTree.plain(p, e, d), " (" + dn(p, dn) + ")");
        }
        if (SEQUENCE_OF_COUNTS.contains(name)) {
            return items(p, e, d);
        }
        if (name.equals(PA_DATA)) {
            return paData(p, e, d);
        }
        int dot = name.indexOf('.');
        if (dot < 0 || !BER_PROTOCOLS.contains(name.substring(0, dot))) {
            return null;
        }
        if (STRING_OIDS.contains(name)) {
            // dissect_ber_object_identifier_str appends the name to an OID kept as a string
            return ProtocolTree.plain(p, e, d) + " (" + OidNames.resolve(FieldFormat.format(p, e)) + ")";
        }
        if (INTEGER_BYTES.contains(name)) {
            String plain = ProtocolTree.plain(p, e, d);
            return d.title() + ": 0x" + plain.substring(d.title().length() + 2);
        }
        if (name.equals(AVA)) {
            // " (name=" from the type, "value)" from a value that is a string
            String value = avaValue(p, e);
            return d.title() + " (" + avaName(p, e) + "=" + (value == null ? "" : value + ")");
        }
        if (d.type() == FieldType.UINT32 && d.strings() == null && !UNNAMED_CHOICES.contains(name)) {
            // a SEQUENCE OF counts its elements
            String items = items(p, e, d);
            // the names are appended piece by piece: a long list is cut silently, as there
            if (name.equals(RDN)) {
                return ProtocolTree.appended(items, " (" + rdn(p, e) + ")");
            }
            return DN.contains(name) ? ProtocolTree.appended(items, " (" + dn(p, e) + ")") : items;
        }
        if (d.type() == FieldType.NONE) {
            // an AlgorithmIdentifier or Extension names what its OID is
            for (String id : NAMED_BY_OID) {
                int oid = childOf(p, e, id);
                if (oid >= 0) {
                    return d.title() + " (" + OidNames.resolve(FieldFormat.format(p, oid)) + ")";
                }
            }
        }
        return null;
    }

    /** A SEQUENCE OF's count: "N items" ({@code dissect_ber_sq_of}). */
    private static String items(Packet p, int e, FieldDef d) {
        return d.title() + ": " + p.num(e) + (p.num(e) == 1 ? " item" : " items");
    }

    /** A PA-DATA: its title and the name of its type, as its padata-type appends it ("Unknown:N" unnamed). */
    private static String paData(Packet p, int e, FieldDef d) {
        int type = childOf(p, e, PADATA_TYPE);
        if (type < 0) {
            return null;
        }
        ValueStrings names = p.registry().byId(p.field(type)).strings();
        String name = names == null ? null : names.nameOf(p.num(type));
        return d.title() + " " + (name != null ? name : "Unknown:" + (int) p.num(type));
    }

    /** A distinguished name: its RDNs last first, joined by commas (x509if's last_dn). */
    private static String dn(Packet p, int e) {
        List<String> rdns = new ArrayList<>();
        for (int c : ItemTexts.children(p, e)) {
            if (fieldName(p, c).equals(RDN)) {
                rdns.add(rdn(p, c));
            }
        }
        Collections.reverse(rdns);
        return String.join(",", rdns);
    }

    /** A relative distinguished name: its attributes as name=value, joined by plus signs. */
    private static String rdn(Packet p, int e) {
        StringBuilder sb = new StringBuilder();
        for (int c : ItemTexts.children(p, e)) {
            if (fieldName(p, c).equals(AVA)) {
                String value = avaValue(p, c);
                sb.append(sb.isEmpty() ? "" : "+").append(avaName(p, c)).append('=')
                        .append(value == null ? "" : value);
            }
        }
        return sb.toString();
    }

    private static String avaName(Packet p, int ava) {
        int oid = childOf(p, ava, OID);
        return oid < 0 ? "" : OidNames.resolve(FieldFormat.format(p, oid));
    }

    /** The attribute's value when it is a string, as tvb_format_text writes it; else null. */
    private static String avaValue(Packet p, int ava) {
        for (int c = ava + 1; c < p.entryCount() && p.isUnder(c, ava); c++) {
            if (p.registry().byId(p.field(c)).type() == FieldType.STRING) {
                return Strings.formatText(FieldFormat.format(p, c));
            }
        }
        return null;
    }

    private static int childOf(Packet p, int e, String name) {
        for (int c : ItemTexts.children(p, e)) {
            if (fieldName(p, c).equals(name)) {
                return c;
            }
        }
        return -1;
    }

    private static String fieldName(Packet p, int e) {
        return p.registry().byId(p.field(e)).name();
    }
}
