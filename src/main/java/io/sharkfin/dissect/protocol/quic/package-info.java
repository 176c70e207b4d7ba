/**
 * IETF QUIC as Wireshark 4.0.17 dissects it with default preferences and no TLS key log.
 *
 * <p>Structure: {@link io.sharkfin.dissect.protocol.quic.QuicDissector} (UDP heuristic and
 * conversation claim) → {@code QuicPackets} (one datagram: connection lookup, coalesced packets,
 * long/short headers, Retry, Version Negotiation, stateless reset) → {@code QuicFrames} (frames of
 * decrypted Initials) → {@code CryptoStream} (Wireshark's ordering of CRYPTO data) →
 * {@link io.sharkfin.dissect.protocol.quic.QuicCryptoConsumer} (TLS). Connection tracking lives in
 * the session ({@code QuicConnections}); Initial keys come from {@code InitialKeys} (HKDF, AES-128-GCM
 * and AES-ECB header protection through {@code javax.crypto}).
 *
 * <p>Bounds: at most 50,000 connections and 100,000 UDP conversations per session (oldest
 * forgotten), 64 CIDs per side of a connection, 256 KiB and 64 pending PDUs per CRYPTO stream and
 * 64 MiB of CRYPTO data per session; the ServerHello peek keeps at most 16 KiB.
 *
 * <p>Not done (Wireshark does them, a capture without keys rarely needs them): decryption with a
 * TLS key log (Handshake, 0-RTT and 1-RTT packets stay encrypted, as in tshark without keys), the
 * loss bits negotiated in TLS transport parameters, STREAM data hand-off (needs 1-RTT keys and
 * the ALPN), the frames of Google QUIC versions Q050/T050/T051, stream offsets beyond 32 bits as
 * Wireshark truncates them. UDP tries QUIC after its port table, whereas Wireshark tries a claimed
 * conversation first: a QUIC conversation on a port another dissector owns goes to that one.
 */
package io.sharkfin.dissect.protocol.quic;
