/**
 * TLS 1.0–1.3 (and SSL 3.0 hellos) as tshark 4.0.17 dissects it with default preferences, without
 * decryption.
 *
 * <h2>Where TLS is found</h2>
 * On Wireshark 4.0's TLS TCP ports (443, 465, 636, 853, 993, 995, 5061, 8883, ...; see
 * {@code TlsPorts}) and, on any other TCP port, by Wireshark's heuristic: a payload starting with
 * a handshake or application-data record of SSL 3.0–TLS 1.2 with a plausible length (or an
 * SSLv2-style ClientHello); the conversation then belongs to TLS. QUIC hands TLS 1.3 handshake
 * messages in directly ({@link io.sharkfin.dissect.protocol.tls.TlsDissector#handshakeFromQuic}).
 *
 * <h2>What is dissected</h2>
 * Records ({@code tls.record.*}, TLS 1.3's opaque type), several per segment and spanning
 * segments (through TCP's desegmentation service); handshake messages, several per record and
 * spanning records (reassembled per direction, with {@code tls.handshake.fragment*}); encrypted
 * handshake messages recognised as Wireshark does; ClientHello/ServerHello/HelloRetryRequest with
 * their extensions (SNI, ALPN, ALPS, supported groups and versions, point formats, signature
 * algorithms, key share, PSK, PSK modes, status request, session ticket, padding, renegotiation
 * info, record size limit, certificate compression, early data, cookie, SCT, QUIC transport
 * parameters); JA3/JA3S as Wireshark builds them and JA4/JA4_r (FoxIO's specification);
 * Certificate (each certificate's x509* fields through {@code io.sharkfin.dissect.protocol.x509},
 * plus sharkfin's {@code tls.cert.*} computed with the JDK), ServerKeyExchange and
 * ClientKeyExchange by the cipher suite's key exchange, CertificateRequest, CertificateVerify,
 * NewSessionTicket, Finished, CertificateStatus (its OCSP responses through
 * {@code io.sharkfin.dissect.protocol.ocsp}, with the x509 fields and ocsp layers of what they hold), alerts,
 * ChangeCipherSpec with the resumption expert info, application data with
 * {@code tls.app_data_proto} (from ALPN, the TLS port table, or the STARTTLS port of a conversation
 * the heuristic found).
 *
 * <h2>Not dissected</h2>
 * SSLv2 records, heartbeat messages, NPN's EncryptedExtensions message, the fields of the SRP,
 * certificate-type, status_request_v2, delegated-credentials, ESNI, connection-id, OID-filter and
 * certificate-authorities extensions, decryption of any kind.
 *
 * <h2>Cost and bounds</h2>
 * Nothing runs unless the session needs a TLS, X.509 or OCSP field or frame.protocols; certificates
 * are walked only when an x509 field (or frame.protocols) is needed, the JDK parses them only
 * for a {@code tls.cert.*} field, JA3/JA4 strings are built only when wanted. State: one
 * {@code TlsSession} per TCP conversation (TCP forgets it with the conversation, under TCP's own
 * bounds), holding at most {@code HandshakeReassembly.MAX_BYTES} (1 MiB) of a handshake message
 * per direction and 4,096 fragments; QUIC connections' sessions at most
 * {@code QuicSessions.MAX_CONNECTIONS} (4,096, least recently used forgotten). Certificates over
 * 64 KiB are not handed to the JDK. Lengths are checked against their container before any
 * allocation.
 */
package io.sharkfin.dissect.protocol.tls;
