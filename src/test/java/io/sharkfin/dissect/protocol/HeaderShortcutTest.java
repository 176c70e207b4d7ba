package io.sharkfin.dissect.protocol;

import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.capture.TestFiles;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.HeaderView;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link HeaderShortcut} must add exactly what the dissectors add. Every frame of every corpus
 * capture is dissected by a session with the pass and one without, for sets of wanted fields
 * that the pass serves alone or beside application dissectors, and everything a consumer can
 * read of the packet (entries with their fields, layers, parents, spans and values; layers;
 * addresses and ports; malformed and short marks) must be the same.
 */
class HeaderShortcutTest {

    private static final Path CORPUS = TestFiles.CORPUS;

    /** The fields of the four layers the pass adds, and frame fields beside them. */
    private static final List<String> ALL_HEADER_FIELDS = HeaderShortcut.FIELDS.stream().map(f -> f.name()).toList();

    static Stream<List<String>> fieldSets() {
        List<String> all = new ArrayList<>(ALL_HEADER_FIELDS);
        all.addAll(List.of("frame.number", "frame.time_relative", "frame.len", "frame.cap_len"));
        return Stream.of(
                List.of("ip.addr", "tcp.port", "frame.number"),
                all,
                List.of("eth.addr"),
                List.of("ip.proto", "ip.ttl"),
                List.of("dns.flags.rcode", "dns.qry.name", "ip.src", "udp.port", "tcp.flags.syn"),
                List.of("http.user_agent", "http.request.uri", "ip.dst", "tcp.srcport", "tcp.len"),
                List.of("tls.handshake.extensions_server_name", "eth.src", "ip.ttl", "udp.length"),
                List.of("quic.version", "udp.srcport", "ip.addr"),
                List.of("ipv6.addr", "ipv6.plen", "ipv6.nxt", "ipv6.hlim", "ipv6.src_host", "ip.version",
                        "tcp.port", "udp.port", "dns.qry.name"),
                List.of("tcp", "udp", "ip", "eth", "frame"));
    }

    @ParameterizedTest
    @MethodSource("fieldSets")
    void addsWhatTheDissectorsAdd(List<String> fields) throws Exception {
        long shortcut = 0;
        long frames = 0;
        for (Path capture : TestFiles.corpusCaptures()) {
            Session with = Session.needing(fields);
            Session without = Session.needing(fields);
            HeaderShortcut.disable(without);
            List<String> expected = dissect(capture, without);
            List<String> actual = dissect(capture, with);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), actual.get(i), capture + " frame " + (i + 1) + " " + fields);
            }
            assertEquals(expected.size(), actual.size());
            assertEquals(0, HeaderShortcut.frames(without));
            shortcut += HeaderShortcut.frames(with);
            frames += expected.size();
        }
        // the comparison means something only if the pass did many frames (a tenth where TLS, QUIC
        // or HTTP's heuristics take the payload of most TCP and UDP frames)
        assertTrue(shortcut > frames / 10, shortcut + " of " + frames + " frames by the pass for " + fields);
    }

    /**
     * The frame as a {@link HeaderView} before dissection: every field of the dissected packet is
     * one the view says it may hold, and every field the view reads has the entries' count and
     * values, in order. Checked on every frame of the corpus that the view is given for.
     */
    @ParameterizedTest
    @MethodSource("fieldSets")
    void viewReadsWhatTheDissectorsAdd(List<String> fields) throws Exception {
        long viewed = 0;
        long frames = 0;
        for (Path capture : TestFiles.corpusCaptures()) {
            Session s = Session.needing(fields);
            try (CaptureReader reader = CaptureFiles.open(capture)) {
                Frame frame = new Frame();
                while (reader.next(frame)) {
                    frames++;
                    viewed += checkView(s, frame, capture + " frame " + frame.number() + " " + fields);
                }
            }
            assertNull(s.lastDissectorFailure(), "no dissector failed");
        }
        assertTrue(viewed > frames / 10, viewed + " of " + frames + " frames viewed for " + fields);
    }

    /**
     * Dissects the frame with a sieve that keeps it but records what the view said, then checks
     * the record against the packet; returns 1 when the frame was viewed.
     */
    static int checkView(Session s, Frame frame, String what) {
        int ids = s.registry().dissectedCount();
        java.util.BitSet holdable = new java.util.BitSet();
        java.util.Map<Integer, List<Object>> read = new java.util.TreeMap<>();
        boolean[] viewed = {false};
        Packet p = s.dissect(frame, v -> {
            viewed[0] = true;
            for (int id = 0; id < ids; id++) {
                if (v.mayHold(id)) {
                    holdable.set(id);
                }
                int n = v.count(id);
                if (n >= 0) {
                    boolean layer = s.registry().byId(id).type() == io.sharkfin.dissect.FieldType.PROTOCOL;
                    List<Object> values = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        // numbers as numbers, addresses (MAC, IPv6) as their bytes; of a protocol
                        // the view tells only that the layer is there
                        values.add(layer ? "layer" : v.length(id) > 0
                                ? hex(v.bytes(), v.offset(id, i), v.length(id)) : (Object) v.value(id, i));
                    }
                    read.put(id, values);
                }
            }
            return false;
        });
        assertNotNull(p, what);
        if (!viewed[0]) {
            return 0;
        }
        assertTrue(!p.malformed() && !p.shortFrame(), "a viewed frame is whole and well formed: " + what);
        java.util.Map<Integer, List<Object>> entries = new java.util.TreeMap<>();
        for (int e = 0; e < p.entryCount(); e++) {
            int id = p.field(e);
            assertTrue(holdable.get(id), p.registry().byId(id).name() + " not among the view's fields: " + what);
            if (read.containsKey(id)) {
                var type = p.registry().byId(id).type();
                boolean bytes = type == io.sharkfin.dissect.FieldType.ETHER || type == io.sharkfin.dissect.FieldType.IPv6;
                entries.computeIfAbsent(id, k -> new ArrayList<>()).add(type == io.sharkfin.dissect.FieldType.PROTOCOL
                        ? "layer" : bytes ? hex(p.seg(e), p.off(e), p.len(e)) : (Object) p.num(e));
            }
        }
        for (var en : read.entrySet()) {
            assertEquals(entries.getOrDefault(en.getKey(), List.of()), en.getValue(),
                    p.registry().byId(en.getKey()).name() + " as the view reads it: " + what);
        }
        return 1;
    }

    /** A sieve that fails (a bug) costs nothing but the sieving: every frame is dissected. */
    @Test
    void aFailingSieveLeavesEveryFrameToDissection() throws Exception {
        List<String> fields = List.of("ip.addr", "tcp.port", "frame.number");
        Session plain = Session.needing(fields);
        Session sieved = Session.needing(fields);
        int frames = 0;
        try (CaptureReader reader = CaptureFiles.open(CORPUS.resolve("lab-web-mixed.pcap"))) {
            Frame frame = new Frame();
            while (reader.next(frame)) {
                String expected = describe(plain.dissect(frame));
                Packet p = sieved.dissect(frame, v -> {
                    throw new IllegalStateException("a sieve's bug");
                });
                assertNotNull(p);
                assertEquals(expected, describe(p), "frame " + frame.number());
                frames++;
            }
        }
        assertEquals(329, frames);
    }

    @Test
    void notUsedWhenAFieldNeedsTheDissectors() throws Exception {
        for (List<String> fields : List.of(List.of("tcp.stream"), List.of("ip.addr", "tcp.seq"),
                List.of("udp.stream"), List.of("eth.padding"), List.of("ip.opt.type"),
                List.of("frame.protocols"), List.of("_ws.expert"))) {
            fields.forEach(name -> assertNotNull(FieldRegistry.standard().lookup(name), name));
            Session s = Session.needing(fields);
            dissect(CORPUS.resolve("lab-web-mixed.pcap"), s);
            assertEquals(0, HeaderShortcut.frames(s), fields.toString());
        }
    }

    @Test
    void takesIpv6Frames() throws Exception {
        // the IPv6 frames of two captures (DNS, LLMNR, TLS): with no application field wanted,
        // all but those with extension headers
        Session s = Session.needing(List.of("ipv6.addr", "tcp.port", "udp.port"));
        int ipv6 = 0;
        for (String capture : List.of("lab-web-mixed.pcap", "ppp-tls.pcap")) {
            try (CaptureReader reader = CaptureFiles.open(CORPUS.resolve(capture))) {
                Frame frame = new Frame();
                while (reader.next(frame)) {
                    if (frame.byteAt(12) == 0x86 && frame.byteAt(13) == 0xdd) {
                        ipv6++;
                        s.dissect(frame);
                    }
                }
            }
        }
        assertTrue(ipv6 >= 49 && HeaderShortcut.frames(s) > ipv6 * 3 / 4,
                HeaderShortcut.frames(s) + " of " + ipv6 + " IPv6 frames by the pass");
    }

    @Test
    void asksStatelessHeuristicsAboutPayloadsOfPortsWithoutDissector() throws Exception {
        // QUIC datagrams on port 443 (no UDP port dissector) under a DNS filter: DNS's heuristic
        // runs on them and declines; asked without running it, the pass takes them
        Session quic = Session.needing(List.of("dns.qry.name", "udp.port"));
        List<String> lines = dissect(CORPUS.resolve("ja4-tls3.pcapng"), quic);
        assertTrue(HeaderShortcut.frames(quic) > lines.size() / 2,
                HeaderShortcut.frames(quic) + " of " + lines.size() + " frames by the pass");
        // a DNS query moved to ports without a dissector: the heuristic takes it, the pass must not
        Frame query = null;
        try (CaptureReader reader = CaptureFiles.open(CORPUS.resolve("lab-c2-a.pcap"))) {
            Frame frame = new Frame();
            while (query == null && reader.next(frame)) {
                Packet p = Session.needing(List.of("dns.qry.name", "udp.dstport")).dissect(frame);
                if (p.has(FieldRegistry.standard().lookup("dns.qry.name").id())
                        && p.num(p.first(FieldRegistry.standard().lookup("udp.dstport").id())) == 53) {
                    byte[] data = frame.bytes().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
                    data[36] = (byte) 0x9c; // destination port 53 -> 40000
                    data[37] = 0x40;
                    query = Frame.of(1, 0, io.sharkfin.capture.LinkType.ETHERNET, data);
                }
            }
        }
        assertNotNull(query, "a DNS query in lab-c2-a.pcap");
        Session s = Session.needing(List.of("dns.qry.name", "udp.port"));
        Packet p = s.dissect(query);
        assertTrue(p.has(FieldRegistry.standard().lookup("dns.qry.name").id()), "the heuristic took the query");
        assertEquals(0, HeaderShortcut.frames(s));
    }

    /**
     * A session running QUIC, which may own any UDP conversation: the datagrams of conversations
     * it does not own whose port's dissector does not run (DNS's, under a TLS filter) take the
     * pass; QUIC's own datagrams do not.
     */
    @Test
    void takesDatagramsOfConversationsNoRunningDissectorOwns() throws Exception {
        FieldRegistry reg = FieldRegistry.standard();
        int udpPort = reg.lookup("udp.port").id();
        int quic = reg.lookup("quic").id();
        Session s = Session.needing(List.of("tls.handshake.extensions_server_name", "quic", "udp.port"));
        int dns = 0;
        int quicFrames = 0;
        try (CaptureReader reader = CaptureFiles.open(CORPUS.resolve("ja4-tls3.pcapng"))) {
            Frame frame = new Frame();
            while (reader.next(frame)) {
                long before = HeaderShortcut.frames(s);
                Packet p = s.dissect(frame);
                boolean byPass = HeaderShortcut.frames(s) > before;
                if (p.has(quic)) {
                    quicFrames++;
                    assertTrue(!byPass, "QUIC datagram " + frame.number() + " left to QUIC");
                } else if (hasValue(p, udpPort, 53)) {
                    dns++;
                    assertTrue(byPass, "DNS datagram " + frame.number() + " by the pass");
                }
            }
        }
        assertEquals(28, dns, "DNS datagrams of ja4-tls3.pcapng");
        assertTrue(quicFrames > 500, quicFrames + " QUIC datagrams");
    }

    @Test
    void leavesPortsWhoseDissectorRunsToIt() throws Exception {
        // DNS over UDP port 53 is dissected; the pass takes only the other frames
        Session s = Session.needing(List.of("dns.qry.name", "ip.addr"));
        Path capture = CORPUS.resolve("lab-c2-a.pcap");
        List<String> lines = dissect(capture, s);
        long dns = lines.stream().filter(l -> l.contains("dns.qry.name#")).count();
        assertTrue(dns > 0, "DNS names found");
        assertTrue(HeaderShortcut.frames(s) > 0 && HeaderShortcut.frames(s) <= lines.size() - dns,
                HeaderShortcut.frames(s) + " frames by the pass, " + dns + " DNS of " + lines.size());
    }

    /**
     * Damaged frames: the headers the pass reads, with bytes changed at random (lengths,
     * versions, header lengths, fragment fields, protocols, ports), frames cut short and frames
     * longer on the wire than captured. Whatever the pass takes or leaves, the packet must be the
     * one the dissectors make, and the pass must have taken some.
     */
    @ParameterizedTest
    @MethodSource("fieldSets")
    void damagedFramesDissectAsWithoutIt(List<String> fields) throws Exception {
        List<byte[]> frames = new ArrayList<>();
        try (CaptureReader reader = CaptureFiles.open(CORPUS.resolve("lab-web-mixed.pcap"))) {
            Frame frame = new Frame();
            while (reader.next(frame)) {
                frames.add(frame.bytes().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
            }
        }
        java.util.Random random = new java.util.Random(fields.hashCode());
        Session with = Session.needing(fields);
        Session without = Session.needing(fields);
        HeaderShortcut.disable(without);
        Session viewing = Session.needing(fields);
        int compared = 0;
        int viewed = 0;
        for (int round = 0; round < 4; round++) {
            for (byte[] original : frames) {
                byte[] data = original.clone();
                int changes = random.nextInt(3);
                for (int i = 0; i < changes && data.length > 0; i++) {
                    data[random.nextInt(Math.min(data.length, 60))] = (byte) random.nextInt(256);
                }
                int captured = random.nextInt(8) == 0 ? random.nextInt(data.length + 1) : data.length;
                int onWire = random.nextInt(8) == 0 ? captured + random.nextInt(100) : captured;
                Frame f = new Frame().set(++compared, compared * 1_000_000L, captured, onWire,
                        io.sharkfin.capture.LinkType.ETHERNET, 0,
                        java.lang.foreign.MemorySegment.ofArray(data), 0);
                assertEquals(describe(without.dissect(f)), describe(with.dissect(f)),
                        "frame " + compared + " " + java.util.HexFormat.of().formatHex(data, 0, captured));
                viewed += checkView(viewing, f, "frame " + compared + " " + fields);
            }
        }
        assertTrue(viewed > compared / 10, viewed + " of " + compared + " damaged frames viewed");
        assertNull(with.lastDissectorFailure(), "no dissector failed");
        assertTrue(HeaderShortcut.frames(with) > compared / 10,
                HeaderShortcut.frames(with) + " of " + compared + " frames by the pass");
    }

    /**
     * 802.1Q-tagged frames: every frame of three corpus captures with one tag inserted after the
     * addresses (and, every third frame, a second one, which the pass leaves to the dissectors),
     * dissected with and without the pass.
     */
    @ParameterizedTest
    @MethodSource("fieldSets")
    void taggedFramesDissectAsWithoutIt(List<String> fields) throws Exception {
        Session with = Session.needing(fields);
        Session without = Session.needing(fields);
        HeaderShortcut.disable(without);
        Session viewing = Session.needing(fields);
        int compared = 0;
        int viewed = 0;
        for (String capture : List.of("lab-web-mixed.pcap", "ja3-ssl-chrome.pcap", "ppp-tls.pcap")) {
            try (CaptureReader reader = CaptureFiles.open(CORPUS.resolve(capture))) {
                Frame frame = new Frame();
                while (reader.next(frame)) {
                    byte[] data = frame.bytes().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
                    int tags = compared % 3 == 2 ? 2 : 1;
                    byte[] tagged = new byte[data.length + 4 * tags];
                    System.arraycopy(data, 0, tagged, 0, 12);
                    for (int t = 0; t < tags; t++) {
                        int at = 12 + 4 * t;
                        tagged[at] = (byte) 0x81;
                        tagged[at + 2] = (byte) (compared >> 4); // priority, DEI and VLAN id vary
                        tagged[at + 3] = (byte) compared;
                    }
                    System.arraycopy(data, 12, tagged, 12 + 4 * tags, data.length - 12);
                    compared++;
                    Frame f = Frame.of(compared, compared * 1_000_000L, io.sharkfin.capture.LinkType.ETHERNET, tagged);
                    assertEquals(describe(without.dissect(f)), describe(with.dissect(f)), capture + " frame " + compared);
                    viewed += checkView(viewing, f, capture + " tagged frame " + compared);
                }
            }
        }
        assertTrue(viewed > compared / 10, viewed + " of " + compared + " tagged frames viewed");
        assertNull(with.lastDissectorFailure(), "no dissector failed");
        assertTrue(HeaderShortcut.frames(with) > compared / 10,
                HeaderShortcut.frames(with) + " of " + compared + " tagged frames by the pass");
    }

    private static String hex(java.lang.foreign.MemorySegment seg, long off, int len) {
        return java.util.HexFormat.of().formatHex(
                seg.asSlice(off, len).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
    }

    private static boolean hasValue(Packet p, int field, long value) {
        for (int e = p.first(field); e >= 0; e = p.next(e)) {
            if (p.num(e) == value) {
                return true;
            }
        }
        return false;
    }

    /** One line per frame with everything a consumer reads of the packet. */
    /**
     * A frame the view describes changes nothing the session keeps: with a sieve that rejects
     * every other frame it is shown, every frame it keeps or is not shown dissects to the packet
     * it has without a sieve. With QUIC's fields wanted, its state (connections, their decryption
     * state, the connection numbers) shows in the later packets: the short header packets QUIC
     * takes quietly must leave it as it was (the first of a connection after a usable TLS cipher
     * does not: it marks the connection undecryptable, and the next one says nothing).
     */
    @ParameterizedTest
    @MethodSource("fieldSetsWithQuicState")
    void rejectingViewedFramesChangesNoOtherPacket(List<String> fields) throws Exception {
        long rejected = 0;
        long quietQuic = 0;
        long compared = 0;
        int quic = FieldRegistry.standard().lookup("quic").id();
        int[] shown = {0};
        for (Path capture : TestFiles.corpusCaptures()) {
            Session plain = Session.needing(fields);
            Session sieved = Session.needing(fields);
            // which datagrams are QUIC's: a session that wants the layer has it on each of them
            // (one that does not may leave quiet ones undissected)
            Session layers = Session.needing(List.of("quic"));
            try (CaptureReader a = CaptureFiles.open(capture); CaptureReader b = CaptureFiles.open(capture);
                 CaptureReader c = CaptureFiles.open(capture)) {
                Frame fa = new Frame();
                Frame fb = new Frame();
                Frame fc = new Frame();
                while (a.next(fa) && b.next(fb) && c.next(fc)) {
                    Packet expected = plain.dissect(fa);
                    String what = describe(expected);
                    boolean isQuic = hasLayer(layers.dissect(fc), quic);
                    Packet p = sieved.dissect(fb, v -> shown[0]++ % 2 == 0);
                    if (p == null) {
                        rejected++;
                        quietQuic += isQuic ? 1 : 0;
                    } else {
                        compared++;
                        assertEquals(what, describe(p), capture + " frame " + fa.number() + " " + fields);
                    }
                }
            }
            assertNull(sieved.lastDissectorFailure(), "no dissector failed");
        }
        assertTrue(rejected > compared / 10 && compared > 1000, rejected + " rejected, " + compared + " compared");
        assertTrue(quietQuic > 200, quietQuic + " QUIC short header datagrams rejected for " + fields);
    }

    /**
     * Each QUIC datagram the view describes, left undissected alone, leaves the next frames as
     * they were: the first short header packet of a connection after a usable TLS cipher would
     * not (it settles the connection's decryption state, and the next packet's finding shows it).
     */
    @Test
    void aQuicDatagramTheViewDescribesChangesNoLaterPacket() throws Exception {
        List<String> fields = fieldSetsWithQuicState().toList().get(1);
        Path capture = CORPUS.resolve("ja4-tls3.pcapng");
        List<String> plain = dissect(capture, Session.needing(fields));
        int quic = FieldRegistry.standard().lookup("quic").id();
        List<Long> described = new ArrayList<>();
        Session shown = Session.needing(fields);
        try (CaptureReader reader = CaptureFiles.open(capture)) {
            Frame frame = new Frame();
            while (reader.next(frame)) {
                boolean[] viewed = {false};
                Packet p = shown.dissect(frame, v -> {
                    viewed[0] = true;
                    return false;
                });
                if (viewed[0] && hasLayer(p, quic)) {
                    described.add(frame.number());
                }
            }
        }
        assertTrue(described.size() > 500, described.size() + " QUIC datagrams described");
        for (long k : described) {
            Session s = Session.needing(fields);
            try (CaptureReader reader = CaptureFiles.open(capture)) {
                Frame frame = new Frame();
                while (reader.next(frame) && frame.number() <= k + 100) {
                    Packet p = s.dissect(frame, v -> frame.number() == k);
                    if (frame.number() != k) {
                        assertEquals(plain.get((int) frame.number() - 1), describe(p),
                                "frame " + frame.number() + " after " + k + " was left undissected");
                    }
                }
            }
        }
    }

    private static boolean hasLayer(Packet p, int protocol) {
        for (int i = 0; i < p.layerCount(); i++) {
            if (p.layerProtocol(i) == protocol) {
                return true;
            }
        }
        return false;
    }

    static Stream<List<String>> fieldSetsWithQuicState() {
        return Stream.of(
                List.of("tls.handshake.extensions_server_name", "udp.port"),
                List.of("quic.connection.number", "quic.decryption_failed", "quic.short", "quic.packet_number",
                        "quic.dcid", "tls.handshake.type", "ip.addr"));
    }

    private static List<String> dissect(Path capture, Session session) throws Exception {
        List<String> out = new ArrayList<>();
        try (CaptureReader reader = CaptureFiles.open(capture)) {
            Frame frame = new Frame();
            while (reader.next(frame)) {
                Packet p = session.dissect(frame);
                out.add(describe(p));
            }
        }
        assertNull(session.lastDissectorFailure(), "no dissector failed");
        return out;
    }

    private static String describe(Packet p) {
        StringBuilder line = new StringBuilder();
        for (int e = 0; e < p.entryCount(); e++) {
            line.append(p.registry().byId(p.field(e)).name()).append('#').append(p.layer(e))
                    .append('^').append(p.parent(e)).append('@').append(p.rawBuffer(e)).append(':')
                    .append(p.rawOffsetInBuffer(e)).append('+').append(p.rawLen(e)).append('/')
                    .append(p.len(e)).append('=');
            FieldFormat.append(p, e, line);
            line.append(' ');
        }
        line.append("| layers");
        for (int i = 0; i < p.layerCount(); i++) {
            line.append(' ').append(p.layerProtocol(i));
        }
        line.append(" | net ").append(p.netFamily()).append(' ').append(p.netSrcLo()).append(' ')
                .append(p.netDstLo()).append(" ports ").append(p.srcPort()).append(' ')
                .append(p.dstPort()).append(" malformed ").append(p.malformed()).append(" short ")
                .append(p.shortFrame());
        return line.toString();
    }
}
