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
 * (TLS's signed certificate timestamps).
 *
 * <p>Decoded extensions: subject/authority key identifiers, key usage, extended key usage,
 * subject and issuer alternative names, basic constraints, CRL distribution points, certificate
 * policies (CPS qualifiers), Microsoft certificate templates, authority information access;
 * other x509ce extensions give their layer but no fields.
 *
 * <p>Bounds: the walk follows the certificate schema, so its depth is fixed whatever the input
 * (a general name's directory name is the deepest point); an element whose length runs past its
 * container ends the walk of the structure it belongs to, never the frame.
 */
package io.sharkfin.dissect.protocol.x509;
