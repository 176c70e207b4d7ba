package io.sharkfin.dissect.protocol;

import io.sharkfin.capture.Frame;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Ethernet/IPv4/TCP frames of one connection, handshake first, for the property tests of the
 * dissectors above TCP (HTTP's, FTP's, SMTP's). Connections may share one list of frames, numbered in
 * the order they are written.
 */
public final class TcpFrames {
    private static final int SYN = 2;
    private static final int ACK = 16;
    private static final int PSH = 8;
    private static final int FIN = 1;

    private final List<Frame> frames;
    private final byte[] client;
    private final int clientPort;
    private final byte[] server;
    private final int serverPort;
    private long clientSeq = 1000;
    private long serverSeq = 90000;

    /** A connection from 10.9.0.1:40000 to 10.9.0.2:80, in a list of its own. */
    public TcpFrames() {
        this(new ArrayList<>(), new byte[] {10, 9, 0, 1}, 40000, new byte[] {10, 9, 0, 2}, 80);
    }

    /** A connection from {@code client}:{@code clientPort} to {@code server}:{@code serverPort} into {@code frames}. */
    public TcpFrames(List<Frame> frames, byte[] client, int clientPort, byte[] server, int serverPort) {
        this.frames = frames;
        this.client = client;
        this.clientPort = clientPort;
        this.server = server;
        this.serverPort = serverPort;
        segment(true, SYN, new byte[0]);
        segment(false, SYN | ACK, new byte[0]);
        segment(true, ACK, new byte[0]);
    }

    /** Sends {@code data} from the client (or server) cut at the given offsets. */
    public TcpFrames send(boolean fromClient, byte[] data, List<Integer> cuts) {
        int from = 0;
        for (int cut : cuts) {
            int to = Math.max(from, Math.min(cut, data.length));
            if (to > from) {
                segment(fromClient, ACK | PSH, java.util.Arrays.copyOfRange(data, from, to));
            }
            from = to;
        }
        if (from < data.length || data.length == 0) {
            segment(fromClient, ACK | PSH, java.util.Arrays.copyOfRange(data, from, data.length));
        }
        return this;
    }

    /** Text lines, each ended by CR LF, as bytes (ISO 8859-1: a character is a byte). */
    public static byte[] lines(List<String> lines) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (String l : lines) {
            out.writeBytes(l.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.writeBytes(new byte[] {'\r', '\n'});
        }
        return out.toByteArray();
    }

    /** One text line ended by CR LF, as bytes. */
    public static byte[] line(String text) {
        return lines(List.of(text));
    }

    /** One step of a line-based session: who sends which lines, cut into two segments at {@code cut}. */
    public record Step(boolean fromClient, byte[] bytes, int cut) {
    }

    /**
     * Hostile line-based sessions for property tests: up to {@code maxSteps} steps, each 1 to
     * {@code maxLines} lines from {@code lines} sent by either side and cut at a byte 0-120.
     */
    public static Arbitrary<List<Step>> sessions(String[] lines, int maxLines, int maxSteps) {
        Arbitrary<byte[]> message = Arbitraries.of(lines).list().ofMinSize(1).ofMaxSize(maxLines).map(TcpFrames::lines);
        return Combinators.combine(Arbitraries.of(true, false), message, Arbitraries.integers().between(0, 120))
                .as(Step::new).list().ofMaxSize(maxSteps);
    }

    /** Sends a step's bytes, cut where it says. */
    public TcpFrames send(Step step) {
        return send(step.fromClient(), step.bytes(), List.of(step.cut()));
    }

    /** Sends {@code data} from the client (or server) in one segment. */
    public TcpFrames send(boolean fromClient, byte[] data) {
        return send(fromClient, data, List.of());
    }

    /** Closes the connection; returns the frames of the list it writes to. */
    public List<Frame> close() {
        segment(true, FIN | ACK, new byte[0]);
        segment(false, FIN | ACK, new byte[0]);
        return frames;
    }

    private void segment(boolean fromClient, int flags, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(14 + 20 + 20 + payload.length);
        b.put(new byte[] {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 8, 0});
        b.put((byte) 0x45).put((byte) 0).putShort((short) (40 + payload.length)).putShort((short) 0)
                .putShort((short) 0x4000).put((byte) 64).put((byte) 6).putShort((short) 0);
        b.put(fromClient ? client : server).put(fromClient ? server : client);
        b.putShort((short) (fromClient ? clientPort : serverPort))
                .putShort((short) (fromClient ? serverPort : clientPort));
        b.putInt((int) (fromClient ? clientSeq : serverSeq)).putInt((int) (fromClient ? serverSeq : clientSeq));
        b.putShort((short) ((5 << 12) | flags)).putShort((short) 65535).putInt(0);
        b.put(payload);
        long advance = payload.length + ((flags & (SYN | FIN)) != 0 ? 1 : 0);
        if (fromClient) {
            clientSeq += advance;
        } else {
            serverSeq += advance;
        }
        frames.add(Frame.of(frames.size() + 1, 1_700_000_000_000_000_000L + frames.size() * 1000L, 1, b.array()));
    }
}
