package io.sharkfin.dissect.protocol.cdp;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.Tvb;

/**
 * A CDP PDU's bytes as packet-cdp.c's tvb holds them, addressed by buffer offset: reads past the
 * PDU's end fail as malformed even where the frame goes on (the Ethernet padding of a short 802.3
 * frame), reads past the captured bytes as cut short ({@link Tvb}'s bounds).
 */
final class CdpPdu {
    final Packet p;
    final int buf;
    final int start;
    final int end;
    private final Tvb tvb;

    CdpPdu(Packet p, int buf, int start, int length) {
        this.p = p;
        this.buf = buf;
        this.start = start;
        this.end = start + length;
        this.tvb = Tvb.of(p, buf, start, length);
    }

    int u8(int at) {
        return tvb.u8(at - start);
    }

    int u16(int at) {
        return tvb.u16(at - start, false);
    }

    int u24(int at) {
        return (u8(at) << 16) | u16(at + 1);
    }

    long u32(int at) {
        return tvb.u32(at - start, false);
    }

    /** Fails unless {@code len} bytes at {@code at} are there (Wireshark's {@code tvb_ensure_bytes_exist}). */
    void need(int at, int len) {
        tvb.ensureBytes(at - start, len);
    }

    /** The bytes from {@code at} to the end of what was captured of the PDU. */
    int capturedFrom(int at) {
        return tvb.capturedRemaining(at - start);
    }
}
