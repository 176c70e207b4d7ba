package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.capture.Frame;
import io.sharkfin.capture.LinkType;

import java.nio.ByteBuffer;

/** Ethernet/IPv4/UDP frames around a DNS payload, for tests that make their own messages. */
final class DnsTestFrames {
    private DnsTestFrames() {
    }

    /** A frame from 10.0.0.1:{@code sport} to 10.0.0.2:{@code dport} carrying {@code payload}. */
    static Frame udp(long number, long nanos, int sport, int dport, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(14 + 20 + 8 + payload.length);
        b.put(new byte[] {0, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, (byte) 0x88, (byte) 0x99,
            (byte) 0xaa, (byte) 0xbb, 0x08, 0x00});
        b.put((byte) 0x45).put((byte) 0).putShort((short) (28 + payload.length)).putShort((short) 1)
                .putShort((short) 0).put((byte) 64).put((byte) 17).putShort((short) 0)
                .put(new byte[] {10, 0, 0, 1}).put(new byte[] {10, 0, 0, 2});
        b.putShort((short) sport).putShort((short) dport).putShort((short) (8 + payload.length))
                .putShort((short) 0);
        b.put(payload);
        return Frame.of(number, nanos, LinkType.ETHERNET, b.array());
    }
}
