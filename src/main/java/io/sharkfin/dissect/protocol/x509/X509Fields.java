package io.sharkfin.dissect.protocol.x509;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/**
 * The X.509 fields Wireshark 4.0's ASN.1 dissectors add for certificates (x509af, x509if,
 * x509sat, x509ce, pkcs-1, pkix1implicit, pkix1explicit), made with
 * {@code src/tools/gen-field-specs.py} from {@code src/tools/x509-fields.txt}, and their protocols
 * (which name layers in frame.protocols but never occur as items).
 */
public final class X509Fields {
    private X509Fields() {
    }

    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec X509AF = SPECS.add(FieldSpec.protocol("x509af", "X.509 Authentication Framework"));
    public static final FieldSpec X509IF = SPECS.add(FieldSpec.protocol("x509if", "X.509 Information Framework"));
    public static final FieldSpec X509SAT = SPECS.add(FieldSpec.protocol("x509sat", "X.509 Selected Attribute Types"));
    public static final FieldSpec X509CE = SPECS.add(FieldSpec.protocol("x509ce", "X.509 Certificate Extensions"));
    public static final FieldSpec PKCS1 = SPECS.add(FieldSpec.protocol("pkcs-1", "PKCS#1"));
    public static final FieldSpec PKIX1IMPLICIT = SPECS.add(FieldSpec.protocol("pkix1implicit", "PKIX1Implitit"));
    public static final FieldSpec PKIX1EXPLICIT = SPECS.add(FieldSpec.protocol("pkix1explicit", "PKIX1Explicit"));

    public static final FieldSpec AF_SIGNED_CERTIFICATE_ELEMENT = SPECS.add(f("x509af.signedCertificate_element", "signedCertificate", FieldType.NONE, "", 0x0));
    public static final FieldSpec AF_VERSION = SPECS.add(f("x509af.version", "version", FieldType.INT32, "BASE_DEC", 0x0));
    public static final FieldSpec AF_SERIAL_NUMBER = SPECS.add(f("x509af.serialNumber", "serialNumber", FieldType.BYTES, "", 0x0));
    public static final FieldSpec AF_SIGNATURE_ELEMENT = SPECS.add(f("x509af.signature_element", "signature", FieldType.NONE, "", 0x0));
    public static final FieldSpec AF_ALGORITHM_ID = SPECS.add(f("x509af.algorithm.id", "Algorithm Id", FieldType.OID, "", 0x0));
    public static final FieldSpec AF_ISSUER = SPECS.add(f("x509af.issuer", "issuer", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec AF_RDN_SEQUENCE = SPECS.add(f("x509af.rdnSequence", "rdnSequence", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec AF_VALIDITY_ELEMENT = SPECS.add(f("x509af.validity_element", "validity", FieldType.NONE, "", 0x0));
    public static final FieldSpec AF_NOT_BEFORE = SPECS.add(f("x509af.notBefore", "notBefore", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec AF_NOT_AFTER = SPECS.add(f("x509af.notAfter", "notAfter", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec AF_UTC_TIME = SPECS.add(f("x509af.utcTime", "utcTime", FieldType.STRING, "", 0x0));
    public static final FieldSpec AF_GENERALIZED_TIME = SPECS.add(f("x509af.generalizedTime", "generalizedTime", FieldType.ABSOLUTE_TIME, "", 0x0));
    public static final FieldSpec AF_SUBJECT = SPECS.add(f("x509af.subject", "subject", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec AF_SUBJECT_PUBLIC_KEY_INFO_ELEMENT = SPECS.add(f("x509af.subjectPublicKeyInfo_element", "subjectPublicKeyInfo", FieldType.NONE, "", 0x0));
    public static final FieldSpec AF_ALGORITHM_ELEMENT = SPECS.add(f("x509af.algorithm_element", "algorithm", FieldType.NONE, "", 0x0));
    public static final FieldSpec AF_SUBJECT_PUBLIC_KEY = SPECS.add(f("x509af.subjectPublicKey", "subjectPublicKey", FieldType.BYTES, "", 0x0));
    public static final FieldSpec AF_EXTENSIONS = SPECS.add(f("x509af.extensions", "extensions", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec AF_EXTENSION_ELEMENT = SPECS.add(f("x509af.Extension_element", "Extension", FieldType.NONE, "", 0x0));
    public static final FieldSpec AF_EXTENSION_ID = SPECS.add(f("x509af.extension.id", "Extension Id", FieldType.OID, "", 0x0));
    public static final FieldSpec AF_CRITICAL = SPECS.add(f("x509af.critical", "critical", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec AF_ALGORITHM_IDENTIFIER_ELEMENT = SPECS.add(f("x509af.algorithmIdentifier_element", "algorithmIdentifier", FieldType.NONE, "", 0x0));
    public static final FieldSpec AF_ENCRYPTED = SPECS.add(f("x509af.encrypted", "encrypted", FieldType.BYTES, "", 0x0));
    public static final FieldSpec IF_RDNSEQUENCE_ITEM = SPECS.add(f("x509if.RDNSequence_item", "RDNSequence item", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec IF_RELATIVE_DISTINGUISHED_NAME_ITEM_ELEMENT = SPECS.add(f("x509if.RelativeDistinguishedName_item_element", "RelativeDistinguishedName item", FieldType.NONE, "", 0x0));
    public static final FieldSpec IF_OID = SPECS.add(f("x509if.oid", "Object Id", FieldType.OID, "", 0x0));
    public static final FieldSpec IF_RDN_SEQUENCE = SPECS.add(f("x509if.rdnSequence", "rdnSequence", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec SAT_COUNTRY_NAME = SPECS.add(f("x509sat.CountryName", "CountryName", FieldType.STRING, "", 0x0));
    public static final FieldSpec SAT_DIRECTORY_STRING = SPECS.add(f("x509sat.DirectoryString", "DirectoryString", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec SAT_TELETEX_STRING = SPECS.add(f("x509sat.teletexString", "teletexString", FieldType.STRING, "", 0x0));
    public static final FieldSpec SAT_PRINTABLE_STRING = SPECS.add(f("x509sat.printableString", "printableString", FieldType.STRING, "", 0x0));
    public static final FieldSpec SAT_UNIVERSAL_STRING = SPECS.add(f("x509sat.universalString", "universalString", FieldType.STRING, "", 0x0));
    public static final FieldSpec SAT_BMP_STRING = SPECS.add(f("x509sat.bmpString", "bmpString", FieldType.STRING, "", 0x0));
    public static final FieldSpec SAT_U_TF8_STRING = SPECS.add(f("x509sat.uTF8String", "uTF8String", FieldType.STRING, "", 0x0));
    public static final FieldSpec SAT_IA5_STRING = SPECS.add(f("x509sat.IA5String", "IA5String", FieldType.STRING, "", 0x0));
    public static final FieldSpec SAT_SYNTAX_PRINTABLE_STRING = SPECS.add(f("x509sat.PrintableString", "PrintableString", FieldType.STRING, "", 0x0));
    public static final FieldSpec SAT_OCTET_STRING = SPECS.add(f("x509sat.OctetString", "OctetString", FieldType.BYTES, "", 0x0));
    public static final FieldSpec SAT_INTEGER = SPECS.add(f("x509sat.Integer", "Integer", FieldType.INT32, "BASE_DEC", 0x0));
    public static final FieldSpec SAT_UTC_TIME = SPECS.add(f("x509sat.UTCTime", "UTCTime", FieldType.STRING, "", 0x0));
    public static final FieldSpec SAT_BMPSTRING = SPECS.add(f("x509sat.BMPString", "BMPString", FieldType.STRING, "", 0x0));
    public static final FieldSpec SAT_UTF8STRING = SPECS.add(f("x509sat.UTF8String", "UTF8String", FieldType.STRING, "", 0x0));
    public static final FieldSpec PKCS1_MODULUS = SPECS.add(f("pkcs1.modulus", "modulus", FieldType.BYTES, "", 0x0).inProtocol("pkcs-1"));
    public static final FieldSpec PKCS1_PUBLIC_EXPONENT = SPECS.add(f("pkcs1.publicExponent", "publicExponent", FieldType.INT32, "BASE_DEC", 0x0).inProtocol("pkcs-1"));
    public static final FieldSpec PKCS1_ECPARAMETERS = SPECS.add(f("pkcs1.ECParameters", "ECParameters", FieldType.UINT32, "BASE_DEC", 0x0).inProtocol("pkcs-1"));
    public static final FieldSpec PKCS1_NAMED_CURVE = SPECS.add(f("pkcs1.namedCurve", "namedCurve", FieldType.OID, "", 0x0).inProtocol("pkcs-1"));
    public static final FieldSpec CE_SUBJECT_KEY_IDENTIFIER = SPECS.add(f("x509ce.SubjectKeyIdentifier", "SubjectKeyIdentifier", FieldType.BYTES, "", 0x0));
    public static final FieldSpec CE_AUTHORITY_KEY_IDENTIFIER_ELEMENT = SPECS.add(f("x509ce.AuthorityKeyIdentifier_element", "AuthorityKeyIdentifier", FieldType.NONE, "", 0x0));
    public static final FieldSpec CE_KEY_IDENTIFIER = SPECS.add(f("x509ce.keyIdentifier", "keyIdentifier", FieldType.BYTES, "", 0x0));
    public static final FieldSpec CE_AUTHORITY_CERT_ISSUER = SPECS.add(f("x509ce.authorityCertIssuer", "authorityCertIssuer", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec CE_AUTHORITY_CERT_SERIAL_NUMBER = SPECS.add(f("x509ce.authorityCertSerialNumber", "authorityCertSerialNumber", FieldType.BYTES, "", 0x0));
    public static final FieldSpec CE_KEY_USAGE = SPECS.add(f("x509ce.KeyUsage", "KeyUsage", FieldType.BYTES, "", 0x0));
    public static final FieldSpec CE_KEY_USAGE_DIGITAL_SIGNATURE = SPECS.add(f("x509ce.KeyUsage.digitalSignature", "digitalSignature", FieldType.BOOLEAN, "8", 0x80));
    public static final FieldSpec CE_KEY_USAGE_CONTENT_COMMITMENT = SPECS.add(f("x509ce.KeyUsage.contentCommitment", "contentCommitment", FieldType.BOOLEAN, "8", 0x40));
    public static final FieldSpec CE_KEY_USAGE_KEY_ENCIPHERMENT = SPECS.add(f("x509ce.KeyUsage.keyEncipherment", "keyEncipherment", FieldType.BOOLEAN, "8", 0x20));
    public static final FieldSpec CE_KEY_USAGE_DATA_ENCIPHERMENT = SPECS.add(f("x509ce.KeyUsage.dataEncipherment", "dataEncipherment", FieldType.BOOLEAN, "8", 0x10));
    public static final FieldSpec CE_KEY_USAGE_KEY_AGREEMENT = SPECS.add(f("x509ce.KeyUsage.keyAgreement", "keyAgreement", FieldType.BOOLEAN, "8", 0x8));
    public static final FieldSpec CE_KEY_USAGE_KEY_CERT_SIGN = SPECS.add(f("x509ce.KeyUsage.keyCertSign", "keyCertSign", FieldType.BOOLEAN, "8", 0x4));
    public static final FieldSpec CE_KEY_USAGE_C_RLSIGN = SPECS.add(f("x509ce.KeyUsage.cRLSign", "cRLSign", FieldType.BOOLEAN, "8", 0x2));
    public static final FieldSpec CE_KEY_USAGE_ENCIPHER_ONLY = SPECS.add(f("x509ce.KeyUsage.encipherOnly", "encipherOnly", FieldType.BOOLEAN, "8", 0x1));
    public static final FieldSpec CE_KEY_USAGE_DECIPHER_ONLY = SPECS.add(f("x509ce.KeyUsage.decipherOnly", "decipherOnly", FieldType.BOOLEAN, "8", 0x80));
    public static final FieldSpec CE_KEY_PURPOSE_IDS = SPECS.add(f("x509ce.KeyPurposeIDs", "KeyPurposeIDs", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec CE_KEY_PURPOSE_ID = SPECS.add(f("x509ce.KeyPurposeId", "KeyPurposeId", FieldType.OID, "", 0x0));
    public static final FieldSpec CE_GENERAL_NAMES = SPECS.add(f("x509ce.GeneralNames", "GeneralNames", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec CE_GENERAL_NAME = SPECS.add(f("x509ce.GeneralName", "GeneralName", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec CE_RFC822_NAME = SPECS.add(f("x509ce.rfc822Name", "rfc822Name", FieldType.STRING, "", 0x0));
    public static final FieldSpec CE_D_NSNAME = SPECS.add(f("x509ce.dNSName", "dNSName", FieldType.STRING, "", 0x0));
    public static final FieldSpec CE_DIRECTORY_NAME = SPECS.add(f("x509ce.directoryName", "directoryName", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec CE_UNIFORM_RESOURCE_IDENTIFIER = SPECS.add(f("x509ce.uniformResourceIdentifier", "uniformResourceIdentifier", FieldType.STRING, "", 0x0));
    // registered by Wireshark, never added: an iPAddress shows as one of the two below
    public static final FieldSpec CE_I_PADDRESS = SPECS.add(f("x509ce.iPAddress", "iPAddress", FieldType.BYTES, "", 0x0));
    public static final FieldSpec CE_IPADDRESS_IPV4 = SPECS.add(f("x509ce.IPAddress.ipv4", "iPAddress", FieldType.IPv4, "", 0x0)
            .describe("IPv4 address"));
    public static final FieldSpec CE_IPADDRESS_IPV6 = SPECS.add(f("x509ce.IPAddress.ipv6", "iPAddress", FieldType.IPv6, "", 0x0)
            .describe("IPv6 address"));
    public static final FieldSpec CE_REGISTERED_ID = SPECS.add(f("x509ce.registeredID", "registeredID", FieldType.OID, "", 0x0));
    public static final FieldSpec CE_BASIC_CONSTRAINTS_SYNTAX_ELEMENT = SPECS.add(f("x509ce.BasicConstraintsSyntax_element", "BasicConstraintsSyntax", FieldType.NONE, "", 0x0));
    public static final FieldSpec CE_C_A = SPECS.add(f("x509ce.cA", "cA", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec CE_PATH_LEN_CONSTRAINT = SPECS.add(f("x509ce.pathLenConstraint", "pathLenConstraint", FieldType.UINT64, "BASE_DEC", 0x0));
    public static final FieldSpec CE_CRLDIST_POINTS_SYNTAX = SPECS.add(f("x509ce.CRLDistPointsSyntax", "CRLDistPointsSyntax", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec CE_DISTRIBUTION_POINT_ELEMENT = SPECS.add(f("x509ce.DistributionPoint_element", "DistributionPoint", FieldType.NONE, "", 0x0));
    public static final FieldSpec CE_DISTRIBUTION_POINT = SPECS.add(f("x509ce.distributionPoint", "distributionPoint", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec CE_FULL_NAME = SPECS.add(f("x509ce.fullName", "fullName", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec CE_CERTIFICATE_POLICIES_SYNTAX = SPECS.add(f("x509ce.CertificatePoliciesSyntax", "CertificatePoliciesSyntax", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec CE_POLICY_INFORMATION_ELEMENT = SPECS.add(f("x509ce.PolicyInformation_element", "PolicyInformation", FieldType.NONE, "", 0x0));
    public static final FieldSpec CE_POLICY_IDENTIFIER = SPECS.add(f("x509ce.policyIdentifier", "policyIdentifier", FieldType.OID, "", 0x0));
    public static final FieldSpec CE_POLICY_QUALIFIERS = SPECS.add(f("x509ce.policyQualifiers", "policyQualifiers", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec CE_POLICY_QUALIFIER_INFO_ELEMENT = SPECS.add(f("x509ce.PolicyQualifierInfo_element", "PolicyQualifierInfo", FieldType.NONE, "", 0x0));
    public static final FieldSpec CE_ID = SPECS.add(f("x509ce.id", "Id", FieldType.OID, "", 0x0));
    public static final FieldSpec CE_CERTIFICATE_TEMPLATE_ELEMENT = SPECS.add(f("x509ce.CertificateTemplate_element", "CertificateTemplate", FieldType.NONE, "", 0x0));
    public static final FieldSpec CE_TEMPLATE_ID = SPECS.add(f("x509ce.templateID", "templateID", FieldType.OID, "", 0x0));
    public static final FieldSpec CE_TEMPLATE_MAJOR_VERSION = SPECS.add(f("x509ce.templateMajorVersion", "templateMajorVersion", FieldType.INT32, "BASE_DEC", 0x0));
    public static final FieldSpec CE_TEMPLATE_MINOR_VERSION = SPECS.add(f("x509ce.templateMinorVersion", "templateMinorVersion", FieldType.INT32, "BASE_DEC", 0x0));
    public static final FieldSpec PKIX1I_AUTHORITY_INFO_ACCESS_SYNTAX = SPECS.add(f("pkix1implicit.AuthorityInfoAccessSyntax", "AuthorityInfoAccessSyntax", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec PKIX1I_ACCESS_DESCRIPTION_ELEMENT = SPECS.add(f("pkix1implicit.AccessDescription_element", "AccessDescription", FieldType.NONE, "", 0x0));
    public static final FieldSpec PKIX1I_ACCESS_METHOD = SPECS.add(f("pkix1implicit.accessMethod", "accessMethod", FieldType.OID, "", 0x0));
    public static final FieldSpec PKIX1I_ACCESS_LOCATION = SPECS.add(f("pkix1implicit.accessLocation", "accessLocation", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec PKIX1E_EXTENSION_ELEMENT = SPECS.add(f("pkix1explicit.Extension_element", "Extension", FieldType.NONE, "", 0x0));
    public static final FieldSpec PKIX1E_ID = SPECS.add(f("pkix1explicit.id", "Id", FieldType.STRING, "", 0x0));
    public static final FieldSpec PKIX1E_CRITICAL = SPECS.add(f("pkix1explicit.critical", "critical", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec PKIX1E_DIRECTORY_STRING = SPECS.add(f("pkix1explicit.DirectoryString", "DirectoryString", FieldType.STRING, "", 0x0));

    /** Every field of this class, protocols first. */
    public static final List<FieldSpec> FIELDS = SPECS.list();
}
