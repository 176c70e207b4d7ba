package io.sharkfin.dissect.protocol.cdp;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.dns.DnsSpan;

/**
 * A CDP PDU's bytes as packet-cdp.c's tvb holds them: offsets are the buffer's, reads past the
 * PDU's end fail as malformed even where the frame goes on (the Ethernet padding of a short 802.3
 * frame), reads past the captured bytes as cut short.
 */
final class CdpPdu {
    final Packet p;
    final int buf;
    final int start;
    final int end;
    private final DnsSpan span;

    CdpPdu(Packet p, int buf, int start, int length) {
        this.p = p;
        this.buf = buf;
        this.start = start;
        this.end = start + length;
        this.span = new DnsSpan().reset(p, buf, start, length, length);
    }

    int u8(int at) {
        return span.u8(at - start);
    }

    int u16(int at) {
        return span.u16(at - start);
    }

    int u24(int at) {
        return (span.u8(at - start) << 16) | span.u16(at + 1 - start);
    }

    long u32(int at) {
        return span.u32(at - start);
    }

    /** Fails unless {@code len} bytes at {@code at} are there (Wireshark's {@code tvb_ensure_bytes_exist}). */
    void need(int at, int len) {
        span.check(at - start, len);
    }

    /** The bytes from {@code at} to the end of what was captured of the PDU. */
    int capturedFrom(int at) {
        return span.capturedRemaining(at - start);
    }
}
