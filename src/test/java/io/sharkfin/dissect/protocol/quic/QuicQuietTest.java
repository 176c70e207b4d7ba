package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.capture.TestFiles;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.Sieve;
import io.sharkfin.dissect.TestCaptures;
import org.junit.jupiter.api.Test;

import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A QUIC datagram a sieve, or a session that records none of QUIC's fields, leaves undissected
 * ({@link QuicDissector#takesQuietly}) must change nothing later frames show. In ja4-tls3.pcapng each short header packet that settles its
 * connection's decryption state (the first after a usable TLS cipher: "Secrets are not
 * available", and nothing for the next ones) shares its datagram with a long header packet, so
 * it is never quiet anyway. Here frame 151's short header packet is cut out of its datagram and
 * sent alone: it settles the state by itself, so it must be dissected even under a sieve that
 * would reject it, and frame 152, the connection's next short header packet, must report no
 * decryption failure, as without a sieve.
 */
class QuicQuietTest {

    private static final List<String> FIELDS = List.of("quic.connection.number", "quic.decryption_failed",
            "quic.short", "ip.addr");
    private static final long SETTLING = 151;
    private static final long NEXT = 152;

    @Test
    void aShortHeaderPacketThatSettlesItsConnectionIsDissectedUnderASieve() throws Exception {
        List<Frame> frames = withSettlingPacketAlone();
        Session plain = Session.needing(FIELDS);
        List<String> expected = new ArrayList<>();
        for (Frame f : frames) {
            expected.add(describe(plain.dissect(f)));
        }
        String settling = expected.get((int) SETTLING - 1);
        String next = expected.get((int) NEXT - 1);
        assertTrue(settling.contains("quic.decryption_failed"), settling);
        assertTrue(!next.contains("quic.decryption_failed") && next.contains("quic.short"), next);

        Session sieved = Session.needing(FIELDS);
        Set<Long> shown = new HashSet<>();
        for (Frame f : frames) {
            Sieve rejectSettling = v -> shown.add(f.number()) && f.number() == SETTLING;
            Packet p = sieved.dissect(f, rejectSettling);
            assertTrue(p != null, "frame " + f.number() + " dissected");
            assertEquals(expected.get((int) f.number() - 1), describe(p), "frame " + f.number());
        }
        assertTrue(shown.contains(NEXT), "the next short header packet is quiet");
    }

    /** Fields of the TLS inside QUIC and of the layers below, none of QUIC's own. */
    private static final List<String> NO_QUIC_FIELDS = List.of("tls.handshake.type",
            "tls.handshake.extensions_server_name", "tls.handshake.ja4", "udp.stream", "ip.addr", "frame.len");

    /**
     * A session that records none of QUIC's fields leaves the datagrams QUIC would take quietly
     * undissected (UDP takes them for it): every field it records is what a session that also
     * records QUIC's fields, and so dissects every datagram, has, on every corpus capture.
     */
    @Test
    void quietDatagramsGoUndissectedWhenNoQuicFieldIsRecorded() throws Exception {
        List<String> withQuic = new ArrayList<>(NO_QUIC_FIELDS);
        withQuic.add("quic.short");
        long[] skipped = {0};
        for (java.nio.file.Path capture : TestFiles.corpusCaptures()) {
            Session without = Session.needing(NO_QUIC_FIELDS);
            Session with = Session.needing(withQuic);
            inStep(capture, (fa, fb) -> {
                Packet full = with.dissect(fb);
                boolean quicThere = hasQuic(full);
                Packet p = without.dissect(fa);
                assertEquals(outsideQuic(full), outsideQuic(p), capture + " frame " + fa.number());
                skipped[0] += quicThere && !hasQuic(p) ? 1 : 0;
            });
        }
        assertTrue(skipped[0] > 200, skipped[0] + " quiet QUIC datagrams left undissected");
    }

    /**
     * The short header packet that settles its connection is not quiet, even for a session that
     * records none of QUIC's fields: QUIC dissects it (its layer is there), and the connection's
     * next short header packet, quiet, is not.
     */
    @Test
    void theSettlingPacketIsDissectedWhenNoQuicFieldIsRecorded() throws Exception {
        Session s = Session.needing(NO_QUIC_FIELDS);
        boolean settlingDissected = false;
        boolean nextDissected = true;
        for (Frame f : withSettlingPacketAlone()) {
            Packet p = s.dissect(f);
            if (f.number() == SETTLING) {
                settlingDissected = hasQuic(p);
            } else if (f.number() == NEXT) {
                nextDissected = hasQuic(p);
            }
        }
        assertTrue(settlingDissected, "frame 151 dissected by QUIC");
        assertTrue(!nextDissected, "frame 152 left to UDP");
    }

    /**
     * The look-up a quiet datagram costs ({@link QuicConnections#findShort}, without copying its
     * DCID) finds what Wireshark's ({@link QuicConnections#find}) finds, for every short header
     * packet of the corpus, asked after its frame with the session's state of then; and while
     * every connection is settled ({@link QuicConnections#allSettled}, where the header pass asks
     * no look-up), what it finds is settled or nothing.
     */
    @Test
    void theQuietLookUpFindsWhatWiresharksFinds() throws Exception {
        int asked = 0;
        int found = 0;
        int settledShortcuts = 0;
        for (java.nio.file.Path capture : TestFiles.corpusCaptures()) {
            Session s = Session.needing(List.of("quic.short", "quic.connection.number"));
            try (CaptureReader reader = CaptureFiles.open(capture)) {
                Frame f = new Frame();
                while (reader.next(f)) {
                    Packet p = s.dissect(f);
                    int shortField = p.registry().lookup("quic.short").id();
                    QuicConnections connections = s.state(QuicConnections.class, QuicConnections::new);
                    for (int e = 0; e < p.entryCount(); e++) {
                        int at = p.rawOffsetInBuffer(e) + 1;
                        if (p.field(e) != shortField || !p.available(p.rawBuffer(e), at, Cid.MAX_LENGTH)) {
                            continue;
                        }
                        QuicConnection expected = connections.find(p, QuicVersion.SHORT,
                                Cid.of(p.copy(p.rawBuffer(e), at, Cid.MAX_LENGTH))).connection();
                        assertTrue(expected == connections.findShort(p, p.rawBuffer(e), at),
                                capture + " frame " + f.number());
                        // the shortcut the header pass takes first: settled everywhere, so whatever is found
                        if (connections.allSettled()) {
                            assertTrue(expected == null || expected.skipDecryption, capture + " frame " + f.number());
                            settledShortcuts++;
                        }
                        asked++;
                        found += expected != null ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(asked > 100 && found > 100, asked + " short header packets, " + found + " with a connection");
        assertTrue(settledShortcuts > 100 && settledShortcuts < asked, settledShortcuts + " of " + asked
                + " asked once every connection was settled");
    }

    /**
     * A short header datagram too short for every read QUIC makes of it (the first byte, then up
     * to 20 bytes of DCID) is not quiet, even on a settled connection: QUIC dissects it and finds
     * it malformed, as it would in a session that records QUIC's fields.
     */
    @Test
    void aShortHeaderDatagramTooShortToReadIsDissected() throws Exception {
        List<Frame> frames = withSettlingPacketAlone();
        Frame quiet = frames.get((int) NEXT - 1);
        byte[] bytes = quiet.bytes().toArray(ValueLayout.JAVA_BYTE);
        int udp = 14 + 20;
        int payload = udp + 8;
        assertEquals(0, bytes[payload] & 0x80, "frame 152 is a short header packet");
        int length = payload + Cid.MAX_LENGTH; // one byte short of the DCID region
        ByteBuffer b = ByteBuffer.allocate(length).put(bytes, 0, length);
        b.putShort(14 + 2, (short) (length - 14)).putShort(udp + 4, (short) (length - udp))
                .putShort(udp + 6, (short) 0);
        frames.set((int) NEXT - 1, Frame.of(NEXT, quiet.timestampNanos(), quiet.linkType(), b.array()));
        Session s = Session.needing(NO_QUIC_FIELDS);
        Session full = Session.needing(List.of("quic.short", "udp.stream"));
        for (Frame f : frames) {
            Packet p = s.dissect(f);
            boolean malformed = p.malformed();
            boolean dissected = hasQuic(p);
            Packet q = full.dissect(f);
            if (f.number() == NEXT) {
                assertTrue(q.malformed(), "the cut datagram is malformed where QUIC's fields are recorded");
                assertTrue(dissected && malformed, "and dissected, so malformed, where they are not");
            }
        }
    }

    /**
     * A datagram QUIC's heuristic declines (here short header packets of connections the capture
     * began after, and DNS) goes undissected in a session that wants only the TLS inside QUIC:
     * the header pass asks the heuristic without running it ({@code StatelessHeuristic}). The
     * TLS the session sees is the same as where every datagram is dissected.
     */
    @Test
    void datagramsQuicDeclinesGoUndissectedWhenOnlyTlsIsWanted() throws Exception {
        List<String> tls = List.of("tls.handshake.type", "tls.handshake.extensions_server_name");
        List<String> withLayers = new ArrayList<>(tls);
        withLayers.addAll(List.of("quic", "udp", "udp.port"));
        Session full = Session.needing(withLayers);
        Session sieved = Session.needing(tls);
        int[] declinedOn443 = {0};
        inStep(TestFiles.CORPUS.resolve("ja4-tls3.pcapng"), (fa, fb) -> {
            Packet reference = full.dissect(fb);
            boolean declined = TestCaptures.hasLayer(reference, "udp") && !hasQuic(reference);
            boolean on443 = describe(reference, List.of("udp.port")).contains("443");
            String expected = describe(reference, tls);
            // a sieve that rejects every frame the header pass takes
            Packet p = sieved.dissect(fa, v -> true);
            if (declined) {
                assertTrue(p == null, "frame " + fa.number() + " left undissected");
                declinedOn443[0] += on443 ? 1 : 0;
            } else if (p != null) {
                assertEquals(expected, describe(p, tls), "frame " + fa.number());
            }
        });
        // tshark: 39 frames of ja4-tls3.pcapng are udp.port == 443 && !quic
        assertEquals(39, declinedOn443[0]);
    }

    /**
     * A datagram that is one Handshake packet of a known connection is quiet too (no key here
     * opens it): on ja4-tls3.pcapng most such datagrams go undissected in a session that records
     * none of QUIC's fields, and what that session records is what a full one records.
     */
    @Test
    void loneHandshakePacketsAreQuiet() throws Exception {
        List<String> withQuic = new ArrayList<>(NO_QUIC_FIELDS);
        withQuic.addAll(List.of("quic.long.packet_type", "quic.packet_length"));
        Session without = Session.needing(NO_QUIC_FIELDS);
        Session with = Session.needing(withQuic);
        int[] lone = {0};
        int[] skipped = {0};
        inStep(TestFiles.CORPUS.resolve("ja4-tls3.pcapng"), (fa, fb) -> {
            Packet full = with.dissect(fb);
            String types = describe(full, List.of("quic.long.packet_type"));
            Packet p = without.dissect(fa);
            assertEquals(outsideQuic(full), outsideQuic(p), "frame " + fa.number());
            String lengths = describe(full, List.of("quic.packet_length"));
            if (types.equals("quic.long.packet_type=2 ") && lengths.indexOf('=') == lengths.lastIndexOf('=')) {
                lone[0]++;
                skipped[0] += hasQuic(p) ? 0 : 1;
            }
        });
        assertTrue(lone[0] >= 20 && skipped[0] * 10 >= lone[0] * 8, skipped[0] + " of " + lone[0]
                + " datagrams of one Handshake packet left undissected");
    }

    /**
     * What a packet holds outside QUIC, and whether it is malformed: a quiet datagram fails no
     * read either, so a frame is malformed in both sessions or in neither.
     */
    private static String outsideQuic(Packet p) {
        return describe(p, NO_QUIC_FIELDS) + " malformed=" + p.malformed();
    }

    /** What a test does with each frame of a capture read twice, once for each of two sessions. */
    private interface FramePair {
        void accept(Frame a, Frame b) throws Exception;
    }

    /** Reads a capture twice in step, handing each frame's two copies to {@code action}. */
    private static void inStep(java.nio.file.Path capture, FramePair action) throws Exception {
        try (CaptureReader a = CaptureFiles.open(capture); CaptureReader b = CaptureFiles.open(capture)) {
            Frame fa = new Frame();
            Frame fb = new Frame();
            while (a.next(fa) && b.next(fb)) {
                action.accept(fa, fb);
            }
        }
    }

    private static boolean hasQuic(Packet p) {
        return TestCaptures.hasLayer(p, "quic");
    }

    private static String describe(Packet p, List<String> fields) {
        return TestCaptures.values(p, fields);
    }

    /** The capture's frames, frame 151 carrying only its short header packet. */
    private static List<Frame> withSettlingPacketAlone() throws Exception {
        List<Frame> frames = new ArrayList<>();
        int shortAt = -1;
        Session s = Session.needing(List.of("quic.short"));
        try (CaptureReader reader = CaptureFiles.open(TestFiles.CORPUS.resolve("ja4-tls3.pcapng"))) {
            Frame f = new Frame();
            while (reader.next(f)) {
                frames.add(f.copy());
                if (f.number() == SETTLING) {
                    Packet p = s.dissect(f);
                    int shortField = p.registry().lookup("quic.short").id();
                    for (int e = 0; e < p.entryCount(); e++) {
                        if (p.field(e) == shortField && p.rawBuffer(e) == Packet.FRAME_BUFFER) {
                            shortAt = p.rawOffsetInBuffer(e);
                        }
                    }
                } else {
                    s.dissect(f);
                }
            }
        }
        Frame whole = frames.get((int) SETTLING - 1);
        byte[] bytes = whole.bytes().toArray(ValueLayout.JAVA_BYTE);
        // Ethernet II, IPv4 without options, UDP; the first QUIC packet a long header one
        assertEquals(0x0800, (bytes[12] & 0xff) << 8 | bytes[13] & 0xff);
        assertEquals(0x45, bytes[14] & 0xff);
        int udp = 14 + 20;
        int payload = udp + 8;
        assertTrue(shortAt > payload && (bytes[payload] & 0x80) != 0,
                "frame 151 coalesces a long and a short header packet");
        int length = payload + bytes.length - shortAt;
        ByteBuffer b = ByteBuffer.allocate(length).put(bytes, 0, payload).put(bytes, shortAt, bytes.length - shortAt);
        // IPv4 total length, UDP length, no UDP checksum
        b.putShort(14 + 2, (short) (length - 14)).putShort(udp + 4, (short) (length - udp))
                .putShort(udp + 6, (short) 0);
        frames.set((int) SETTLING - 1, Frame.of(SETTLING, whole.timestampNanos(), whole.linkType(), b.array()));
        return frames;
    }

    private static String describe(Packet p) {
        StringBuilder line = new StringBuilder();
        for (int e = 0; e < p.entryCount(); e++) {
            line.append(p.registry().byId(p.field(e)).name()).append('=');
            FieldFormat.append(p, e, line);
            line.append(' ');
        }
        return line.toString();
    }
}
