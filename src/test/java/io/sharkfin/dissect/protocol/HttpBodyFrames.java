package io.sharkfin.dissect.protocol;

import io.sharkfin.capture.Frame;
import io.sharkfin.capture.LinkType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.repl.view.ProtocolTree;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Frames carrying a body in an HTTP response (XML, JSON, images), what the packet made of them holds, and
 * the robustness check the body dissectors' property tests share.
 */
public final class HttpBodyFrames {
    private HttpBodyFrames() {
    }

    /** An Ethernet/IPv4/TCP frame from port 80: an HTTP response whose body is {@code body}. */
    public static Frame response(byte[] body, String mediaType) {
        byte[] message = message(body, mediaType);
        return segment(message, 0, message.length, 1000, 1);
    }

    /**
     * {@link #response} as a capture whose snapshot length kept only its first {@code captured}
     * bytes (the frame is whole on the wire).
     */
    public static Frame responseCut(byte[] body, String mediaType, int captured) {
        Frame whole = response(body, mediaType);
        byte[] data = whole.bytes().asSlice(0, captured).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        return new Frame().set(1, 0, captured, whole.capturedLength(), LinkType.ETHERNET, 0,
                MemorySegment.ofArray(data), 0);
    }

    /**
     * The same response in segments of at most 1,400 bytes, as many frames, for bodies larger
     * than one IPv4 packet holds: the last frame is where TCP reassembles it.
     */
    public static List<Frame> responseInSegments(byte[] body, String mediaType) {
        byte[] message = message(body, mediaType);
        List<Frame> frames = new ArrayList<>();
        for (int at = 0; at < message.length; at += 1400) {
            int n = Math.min(1400, message.length - at);
            frames.add(segment(message, at, n, 1000 + at, frames.size() + 1));
        }
        return frames;
    }

    private static byte[] message(byte[] body, String mediaType) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + mediaType + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] message = new byte[head.length + body.length];
        System.arraycopy(head, 0, message, 0, head.length);
        System.arraycopy(body, 0, message, head.length, body.length);
        return message;
    }

    private static Frame segment(byte[] message, int from, int length, long seq, long number) {
        int tcpLength = 20 + length;
        ByteBuffer b = ByteBuffer.allocate(14 + 20 + tcpLength);
        b.put(new byte[] {0, 0x0c, 0x29, 1, 2, 3, 0, 0x50, 0x56, 4, 5, 6, 0x08, 0x00});
        b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + tcpLength)).putShort((short) 1)
                .putShort((short) 0x4000).put((byte) 64).put((byte) 6).putShort((short) 0)
                .put(new byte[] {(byte) 192, 0, 2, 80}).put(new byte[] {(byte) 198, 51, 100, 7});
        b.putShort((short) 80).putShort((short) 50000).putInt((int) seq).putInt(2000).put((byte) 0x50)
                .put((byte) 0x18).putShort((short) 502).putShort((short) 0).putShort((short) 0);
        b.put(message, from, length);
        byte[] data = b.array();
        return new Frame().set(number, 0, data.length, data.length, LinkType.ETHERNET, 0, MemorySegment.ofArray(data), 0);
    }

    /** The values of every occurrence of {@code field} in the packet, in order. */
    public static List<String> values(Packet p, String field) {
        int id = p.registry().lookup(field).id();
        List<String> out = new ArrayList<>();
        for (int e = 0; e < p.entryCount(); e++) {
            if (p.field(e) == id) {
                out.add(p.string(e));
            }
        }
        return out;
    }

    /** Bodies made of up to {@code max} of {@code pieces} in any order, some repeated. */
    public static Arbitrary<byte[]> soups(String[] pieces, int max) {
        return Arbitraries.of(pieces).list().ofMaxSize(max).map(list -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (String s : list) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        }).injectDuplicates(0.05);
    }

    /**
     * Dissects a response with this body with every field and draws its tree, then with the
     * {@code few} fields only: nothing may escape (TestCaptures fails on a dissector's exception),
     * the items stay within {@code perByte} per byte of the body, and the few see what all see.
     */
    public static void checkBody(byte[] body, String mediaType, List<String> few, int perByte) {
        Frame frame = response(body, mediaType);
        Packet full = TestCaptures.dissect(Session.full(), frame);
        assertTrue(full.entryCount() <= (long) perByte * body.length + 300,
                full.entryCount() + " entries for " + body.length + " bytes");
        for (ProtocolTree.Line line : ProtocolTree.of(full)) {
            assertNotNull(line.text());
        }
        List<List<String>> want = new ArrayList<>();
        for (String f : few) {
            want.add(values(full, f));
        }
        Packet fewOnly = TestCaptures.dissect(Session.needing(few), frame);
        List<List<String>> got = new ArrayList<>();
        for (String f : few) {
            got.add(values(fewOnly, f));
        }
        assertEquals(want, got);
    }
}
