package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.Packet;

/**
 * Where QUIC hands the CRYPTO stream: the TLS 1.3 handshake messages without record layer
 * (Wireshark calls its {@code tls13-handshake} dissector). Each call is one run of bytes in stream
 * order: the data of one CRYPTO frame, or the bytes reassembled when a frame fills a gap; a
 * handshake message may span calls (and packets), which the consumer must put together itself,
 * per UDP conversation and direction ({@link Packet#netSrcLo()} ..., {@link Packet#srcPort()}).
 * Wireshark adds one {@code tls} layer per call.
 */
@FunctionalInterface
public interface QuicCryptoConsumer {

    /**
     * Takes {@code length} bytes of buffer {@code buf} at {@code offset}. Exceptions other than
     * {@link io.sharkfin.dissect.Truncated} must not escape.
     */
    void handshake(Packet p, int buf, int offset, int length);

    /** A consumer that drops everything (no TLS dissector). */
    QuicCryptoConsumer NONE = (p, buf, offset, length) -> { };
}
