package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.capture.Frame;
import io.sharkfin.capture.LinkType;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** Ethernet/IPv4/UDP frames around made-up QUIC datagrams, for tests. */
final class QuicTestFrames {
    static final byte[] CLIENT = {10, 0, 0, 1};
    static final byte[] SERVER = {10, 0, 0, 2};

    private QuicTestFrames() {
    }

    /** A frame from {@code src}:{@code sport} to {@code dst}:{@code dport} carrying {@code payload}. */
    static Frame udp(long number, byte[] src, int sport, byte[] dst, int dport, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(14 + 20 + 8 + payload.length);
        b.put(new byte[] {0, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, (byte) 0x88, (byte) 0x99,
            (byte) 0xaa, (byte) 0xbb, 0x08, 0x00});
        b.put((byte) 0x45).put((byte) 0).putShort((short) (28 + payload.length)).putShort((short) 1)
                .putShort((short) 0).put((byte) 64).put((byte) 17).putShort((short) 0).put(src).put(dst);
        b.putShort((short) sport).putShort((short) dport).putShort((short) (8 + payload.length))
                .putShort((short) 0);
        b.put(payload);
        return Frame.of(number, number * 1_000_000L, LinkType.ETHERNET, b.array());
    }

    /** A datagram from the client (10.0.0.1:50000) to the server (10.0.0.2:443). */
    static Frame fromClient(long number, byte[] payload) {
        return udp(number, CLIENT, 50000, SERVER, 443, payload);
    }

    static Frame fromServer(long number, byte[] payload) {
        return udp(number, SERVER, 443, CLIENT, 50000, payload);
    }

    /** The frame with its last {@code n} bytes not captured (as with a short snapshot length). */
    static Frame cut(Frame whole, int n) {
        int length = whole.capturedLength();
        int captured = Math.max(0, length - n);
        byte[] bytes = Arrays.copyOf(whole.bytes().toArray(ValueLayout.JAVA_BYTE), captured);
        return new Frame().set(whole.number(), whole.timestampNanos(), captured, length, whole.linkType(), 0,
                MemorySegment.ofArray(bytes), 0);
    }
}
