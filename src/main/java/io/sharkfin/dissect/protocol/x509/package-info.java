/**
 * X.509 certificates as Wireshark 4.0's BER dissectors show them (x509af, x509if, x509sat,
 * x509ce, pkcs-1, pkix1implicit, pkix1explicit fields), walked from the DER bytes without a
 * general ASN.1 library.
 *
 * <p>Values selected by an OBJECT IDENTIFIER (attribute values, algorithm parameters, extension
 * values) become protocol layers of the protocol Wireshark registered for the OID, as
 * {@code call_ber_oid_callback} makes them, so frame.protocols reads
 * {@code ...:tls:x509sat:x509sat:...:pkcs-1:x509ce:...:pkix1implicit:...}. Other protocols
 * register the extensions they own with {@link io.sharkfin.dissect.protocol.x509.X509#registerExtension}
 * (TLS's signed certificate timestamps, OCSP's types) and walk the X.509 types they import
 * (algorithm identifiers, names, general names, pkix1explicit extensions, certificates) through
 * {@link io.sharkfin.dissect.protocol.x509.X509}'s public methods and
 * {@link io.sharkfin.dissect.protocol.x509.Ber}.
 *
 * <p>Decoded extensions: subject/authority key identifiers, key usage, extended key usage,
 * subject and issuer alternative names, basic constraints, CRL distribution points, certificate
 * policies (CPS qualifiers; also as Microsoft application policies), Microsoft certificate
 * templates, authority information access, the Microsoft values x509sat registers (CA version,
 * next-publish time, ...); other x509ce extensions give their layer but no fields.
 * GeneralizedTime values are read as Wireshark reads them ({@code BerTime}), with its BER errors
 * for those that are not times.
 *
 * <p>Bounds: the walk follows the certificate schema, so its depth is fixed whatever the input
 * (a general name's directory name is the deepest point); an element whose length runs past its
 * container ends the walk of the structure it belongs to, never the frame. Values selected by OID
 * may hold certificates with more such values: that nesting stops at
 * {@code X509.MAX_OID_NESTING} levels (the packet is then malformed).
 */
package io.sharkfin.dissect.protocol.x509;
