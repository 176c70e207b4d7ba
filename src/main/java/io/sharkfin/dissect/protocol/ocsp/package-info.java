/**
 * OCSP (RFC 2560, Wireshark's {@code asn1/ocsp}) as tshark 4.0.17 dissects it: OCSPRequest
 * (tbsRequest with version, requestor name, request list of CertIDs and extensions, optional
 * signature with certificates) and OCSPResponse (status, response bytes whose type selects the
 * BasicOCSPResponse: responder by name or key hash, produced-at time, single responses with
 * CertID, good/revoked/unknown status, revocation time and reason, this/next update and
 * extensions, signature algorithm and value, certificates), with the {@code ocsp.*} fields
 * Wireshark registers.
 *
 * <h2>Where OCSP is found</h2>
 * TLS's CertificateStatus message (and a TLS 1.3 certificate entry's status_request extension)
 * adds an {@code ocsp} item "OCSP Response" without a layer ({@link io.sharkfin.dissect.protocol.ocsp.Ocsp#tlsResponse});
 * HTTP hands bodies of {@code application/ocsp-request} and {@code application/ocsp-response} to
 * {@link io.sharkfin.dissect.protocol.ocsp.OcspDissector} (an {@code ocsp} layer). The types OCSP
 * registers by OID (BasicOCSPResponse, nonce, CRL reference, acceptable responses, no-check,
 * archive cutoff, service locator) are dissected wherever the X.509 walk meets their OID, in OCSP
 * messages and in certificate extensions alike, each adding an {@code ocsp} layer, so
 * frame.protocols reads {@code ...:tls:x509sat:...:ocsp:x509sat:...:x509ce:ocsp} as tshark's does.
 *
 * <h2>How</h2>
 * The ASN.1 structures are schemas ({@code BerSequence}) walked the way Wireshark's BER helpers
 * walk them (optional components skipped by tag, a wrong mandatory one given up with its
 * element, explicit tags looked inside); the X.509 types they import (algorithm identifiers,
 * names, general names, extensions, certificates) are
 * {@link io.sharkfin.dissect.protocol.x509.X509}'s.
 *
 * <h2>Not dissected, bounds</h2>
 * BER errors other than GeneralizedTime ones are not reported (Wireshark adds "BER Error" expert
 * items for wrong tags and lengths); a length that runs past its container ends the structure it
 * is in, silently, where Wireshark reads on to the end of the data and raises a malformed-packet
 * exception. Nothing is walked unless the packet needs an OCSP, X.509 or expert field or
 * frame.protocols. The walk's depth is fixed by the schemas except where an OID-selected value
 * holds another (a response in an extension of a response): such nesting stops, marked
 * malformed, at {@code X509.MAX_OID_NESTING} (16) levels.
 */
package io.sharkfin.dissect.protocol.ocsp;
