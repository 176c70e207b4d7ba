package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.capture.Frame;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Ethernet/IPv4/TCP frames of one connection (client 10.0.0.1:40000, server 10.0.0.2:port),
 * with sequence numbers that follow the bytes sent, for feeding TLS (or any TCP) bytes to a session
 * in tests.
 */
public final class TlsFrames {
    private final int serverPort;
    private final List<Frame> frames = new ArrayList<>();
    private int clientSeq = 1000;
    private int serverSeq = 5000;

    public TlsFrames(int serverPort) {
        this.serverPort = serverPort;
        add(true, 0x02, new byte[0]);
        add(false, 0x12, new byte[0]);
        add(true, 0x10, new byte[0]);
    }

    /** A data segment (PSH, ACK) from the client or the server. */
    public TlsFrames send(boolean fromClient, byte[] payload) {
        return add(fromClient, 0x18, payload);
    }

    public List<Frame> frames() {
        return frames;
    }

    private TlsFrames add(boolean fromClient, int flags, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(14 + 20 + 20 + payload.length);
        b.put(new byte[]{0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 6}).putShort((short) 0x0800);
        b.put((byte) 0x45).put((byte) 0).putShort((short) (40 + payload.length)).putShort((short) 1)
                .putShort((short) 0x4000).put((byte) 64).put((byte) 6).putShort((short) 0);
        byte[] client = {10, 0, 0, 1};
        byte[] server = {10, 0, 0, 2};
        b.put(fromClient ? client : server).put(fromClient ? server : client);
        int seq = fromClient ? clientSeq : serverSeq;
        int ack = fromClient ? serverSeq : clientSeq;
        b.putShort((short) (fromClient ? 40000 : serverPort)).putShort((short) (fromClient ? serverPort : 40000));
        b.putInt(seq).putInt((flags & 0x10) != 0 ? ack : 0).put((byte) 0x50).put((byte) flags)
                .putShort((short) 65535).putShort((short) 0).putShort((short) 0);
        b.put(payload);
        int advance = payload.length + ((flags & 0x02) != 0 ? 1 : 0);
        if (fromClient) {
            clientSeq += advance;
        } else {
            serverSeq += advance;
        }
        frames.add(Frame.of(frames.size() + 1, 1_700_000_000_000_000_000L + frames.size() * 1000L, 1, b.array()));
        return this;
    }
}
