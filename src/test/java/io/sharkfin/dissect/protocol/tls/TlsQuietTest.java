package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.capture.Frame;
import io.sharkfin.capture.LinkType;
import io.sharkfin.capture.TestFiles;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import org.junit.jupiter.api.Test;

import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Once both sides of a TLS connection encrypt ({@link TlsSession#encryptsForGood}), a session
 * that records none of the {@link TlsDissector#RECORD_LAYER} fields leaves the rest of the
 * connection to the header pass (the TCP conversation goes quiet). Nothing it records may change:
 * every corpus capture, the same capture replayed after itself (a SYN with the same initial
 * sequence number: the same conversation), and a connection replayed with a new initial sequence
 * number (a new conversation, whose handshake must be seen again), compared with a session that
 * also records a record-layer field and so dissects every segment.
 */
class TlsQuietTest {

    /** Handshake content and header fields: what an SNI or certificate filter records. */
    private static final List<String> QUIET = List.of("tls.handshake.extensions_server_name",
            "tls.handshake.type", "tls.handshake.ciphersuite", "tls.handshake.ja3", "tls.handshake.ja4",
            "x509sat.printableString", "x509ce.dNSName", "ip.addr", "tcp.port", "tcp.len", "frame.len");

    @Test
    void handshakeFieldsAreTheSameWhenEncryptedConnectionsGoQuiet() throws Exception {
        long skipped = 0;
        for (Path capture : TestFiles.corpusCaptures()) {
            List<Frame> frames = read(capture);
            skipped += compare(capture.getFileName().toString(), frames, QUIET);
            List<Frame> twice = thenReplayed(frames, frames, 0);
            compare(capture.getFileName() + " twice", twice, QUIET);
        }
        assertTrue(skipped > 100, skipped + " TLS segments left to the header pass");
    }

    /**
     * A session that also records stateful TCP fields (as {@code iocs} records streams) hands
     * every payload to TLS still: TCP's reassembly of TLS's records shows in what it records (a
     * segment overlapping a record being reassembled is marked malformed), so the connection
     * does not go quiet.
     */
    @Test
    void aConnectionDoesNotGoQuietWhenStatefulTcpFieldsAreRecorded() throws Exception {
        List<String> fields = new ArrayList<>(QUIET);
        fields.addAll(List.of("tcp.stream", "tcp.seq", "tcp.analysis.flags", "_ws.malformed"));
        for (Path capture : TestFiles.corpusCaptures()) {
            assertEquals(0, compare(capture.getFileName().toString(), read(capture), fields), capture.toString());
        }
    }

    /**
     * A connection that went quiet, replayed on the same ports with another initial sequence
     * number, is a new conversation: its ClientHello (and server name) is seen, and it goes quiet
     * in turn. ppp-tls.pcap's third connection (frames 26-44, TLS 1.3 over IPv6, from its SYN on)
     * is replayed so after the capture.
     */
    @Test
    void aNewConnectionOnTheSamePortsIsDissectedAfresh() throws Exception {
        List<Frame> frames = read(TestFiles.CORPUS.resolve("ppp-tls.pcap"));
        List<Frame> twice = thenReplayed(frames, frames.subList(25, 44), NEW_ISN);
        Session quiet = Session.needing(QUIET);
        List<Long> hellos = new ArrayList<>();
        for (Frame f : twice) {
            if (describe(quiet.dissect(f), List.of("tls.handshake.type")).equals("tls.handshake.type=1 ")) {
                hellos.add(f.number());
            }
        }
        assertEquals(List.of(1L, 9L, 29L, 29L + frames.size()), hellos,
                "the capture's ClientHellos, and frame 29's again in the replay");
        long alone = compare("ppp-tls.pcap frames 26-44", frames.subList(25, 44), QUIET);
        assertTrue(alone > 0, "the second connection goes quiet");
        assertEquals(compare("ppp-tls.pcap", frames, QUIET) + alone,
                compare("ppp-tls.pcap, its second connection again with a new ISN", twice, QUIET),
                "the replay goes quiet as the connection alone does");
    }

    /**
     * The difference the README lists: a connection replayed without its SYN, on another sequence
     * number, continues the quiet conversation; Wireshark parses the replayed records with the
     * connection's state, and shows the 4-byte ServerHelloDone (too short to be taken for an
     * encrypted message) of ppp-tls.pcap's first connection again. sharkfin does not.
     */
    @Test
    void aConnectionReplayedWithoutItsSynStaysQuiet() throws Exception {
        List<Frame> frames = read(TestFiles.CORPUS.resolve("ppp-tls.pcap"));
        List<Frame> replay = thenReplayed(frames.subList(0, 5), frames.subList(0, 5), NEW_ISN);
        Session quiet = Session.needing(QUIET);
        Session full = Session.needing(withRecordLayer(QUIET));
        List<String> quietTypes = new ArrayList<>();
        List<String> fullTypes = new ArrayList<>();
        for (Frame f : replay) {
            quietTypes.add(describe(quiet.dissect(f), List.of("tls.handshake.type")));
            fullTypes.add(describe(full.dissect(f), List.of("tls.handshake.type")));
        }
        assertEquals(fullTypes.subList(0, 5), quietTypes.subList(0, 5));
        assertEquals("tls.handshake.type=14 ", fullTypes.get(6));
        assertEquals(List.of("", "", "", "", ""), quietTypes.subList(5, 10));
    }

    /**
     * The other case the README lists: a new connection on the ports of a quiet TLS 1.3 one,
     * whose SYN the capture lacks (ppp-tls.pcap's frames 26-44 replayed from the third on, on
     * other sequence numbers), continues the old conversation; Wireshark, which takes no TLS 1.3
     * handshake message for encrypted, shows its ClientHello's server name, sharkfin does not.
     */
    @Test
    void aNewConnectionWithoutItsSynStaysQuiet() throws Exception {
        List<Frame> frames = read(TestFiles.CORPUS.resolve("ppp-tls.pcap"));
        List<Frame> replay = thenReplayed(frames, frames.subList(27, 44), NEW_ISN);
        Session quiet = Session.needing(QUIET);
        Session full = Session.needing(withRecordLayer(QUIET));
        List<String> name = List.of("tls.handshake.extensions_server_name");
        String quietName = "";
        String fullName = "";
        for (Frame f : replay) {
            String q = describe(quiet.dissect(f), name);
            String a = describe(full.dissect(f), name);
            if (f.number() == 29 + frames.size()) {
                quietName = q;
                fullName = a;
            } else {
                assertEquals(a, q, "frame " + f.number());
            }
        }
        assertEquals("tls.handshake.extensions_server_name=www.gstatic.com ", fullName);
        assertEquals("", quietName);
    }

    /**
     * What a segment of a quiet connection would have added, dissected in full, is only
     * record-layer fields beside the headers: the session that goes quiet records none of them.
     */
    @Test
    void quietSegmentsWouldHaveAddedOnlyRecordLayerFields() throws Exception {
        Set<String> allowed = new HashSet<>();
        TlsDissector.RECORD_LAYER.fields().forEach(f -> allowed.add(f.name()));
        Set<String> seen = new TreeSet<>();
        for (Path capture : TestFiles.corpusCaptures()) {
            Session quiet = Session.needing(QUIET);
            Session full = Session.full();
            for (Frame f : read(capture)) {
                Packet all = full.dissect(f);
                Packet p = quiet.dissect(f);
                if (!has(all, "tls") || has(p, "tls")) {
                    continue;
                }
                for (int e = 0; e < all.entryCount(); e++) {
                    String name = all.registry().byId(all.field(e)).name();
                    if (!lower(name)) {
                        seen.add(name);
                        assertTrue(allowed.contains(name), capture.getFileName() + " frame " + f.number()
                                + " would add " + name);
                    }
                }
            }
        }
        assertTrue(seen.contains("tls.app_data"), "quiet segments carried application data: " + seen);
    }

    /** Fields of the frame, the layers below TCP's payload and expert infos in general. */
    private static boolean lower(String name) {
        for (String layer : List.of("frame", "eth", "vlan", "ip", "ipv6", "tcp", "_ws.expert", "text")) {
            if (name.equals(layer) || name.startsWith(layer + ".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Dissects the frames with a session recording {@code fields}, which goes quiet, and one
     * that records a record-layer field besides; the quiet one's fields must be the other's,
     * frame by frame. Returns the TLS segments the quiet session left undissected by TLS.
     */
    private static long compare(String what, List<Frame> frames, List<String> fields) {
        Session quiet = Session.needing(fields);
        Session full = Session.needing(withRecordLayer(fields));
        long skipped = 0;
        for (Frame f : frames) {
            Packet all = full.dissect(f);
            String expected = describe(all, fields);
            boolean tls = has(all, "tls");
            Packet p = quiet.dissect(f);
            assertEquals(expected, describe(p, fields), what + " frame " + f.number());
            skipped += tls && !has(p, "tls") ? 1 : 0;
        }
        return skipped;
    }

    private static List<String> withRecordLayer(List<String> fields) {
        List<String> more = new ArrayList<>(fields);
        more.add("tls.record.content_type");
        return more;
    }

    private static List<Frame> read(Path capture) {
        return TestCaptures.read(capture);
    }

    /** What a replay adds to the sequence numbers of its connections: another connection's. */
    private static final int NEW_ISN = 0x1000_0000;

    /** {@code frames}, then {@code replayed} again after them ({@link #renumbered}). */
    private static List<Frame> thenReplayed(List<Frame> frames, List<Frame> replayed, int isnShift) {
        List<Frame> out = new ArrayList<>(frames);
        out.addAll(renumbered(replayed, frames.size(), isnShift));
        return out;
    }

    /**
     * The frames again, numbered on from {@code after}, {@code isnShift} added to the sequence
     * and acknowledgement numbers of TCP on Ethernet (the first segment's SYN then
     * opens a new connection on the same ports; 0 replays it as it was).
     */
    private static List<Frame> renumbered(List<Frame> frames, long after, int isnShift) {
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            byte[] b = f.bytes().toArray(ValueLayout.JAVA_BYTE);
            int tcp = isnShift == 0 || f.linkType() != LinkType.ETHERNET ? -1 : tcpOffset(b);
            if (tcp >= 0 && b.length >= tcp + 14) {
                ByteBuffer w = ByteBuffer.wrap(b);
                w.putInt(tcp + 4, w.getInt(tcp + 4) + isnShift);
                if ((b[tcp + 13] & 0x10) != 0) {
                    w.putInt(tcp + 8, w.getInt(tcp + 8) + isnShift);
                }
            }
            out.add(Frame.of(after + f.number(), f.timestampNanos(), f.linkType(), b));
        }
        return out;
    }

    /** Where TCP starts in an Ethernet frame, over IPv4 or IPv6 without extension headers; -1 if not. */
    private static int tcpOffset(byte[] b) {
        int type = (b[12] & 0xff) << 8 | b[13] & 0xff;
        if (type == 0x0800 && b.length > 34 && (b[14] & 0xf0) == 0x40 && b[23] == 6) {
            return 14 + (b[14] & 0x0f) * 4;
        }
        return type == 0x86dd && b.length > 54 && b[20] == 6 ? 54 : -1;
    }

    private static boolean has(Packet p, String protocol) {
        return TestCaptures.hasLayer(p, protocol);
    }

    private static String describe(Packet p, List<String> fields) {
        return TestCaptures.values(p, fields);
    }
}
