package io.sharkfin.dissect.protocol.ssh;

import io.sharkfin.capture.Frame;
import io.sharkfin.capture.LinkType;
import io.sharkfin.cli.output.summary.InfoColumns;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.repl.view.ProtocolTree;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile SSH connections: the connections of {@code ssh.pcapng} with the bytes of their TCP
 * payloads overwritten (lengths that lie, codes the key exchange does not know, lines without
 * their end) and segments cut short by a snapshot length, and connections of random bytes after
 * real identification lines. The SSH dissector keeps state across a connection's frames, so each
 * property dissects whole connections: nothing escapes, the items stay proportional to the bytes,
 * a session wanting a few SSH fields sees what a full session sees of them, frame by frame, and
 * the summary's own session writes the same Info where the tree did not fail.
 */
class SshRobustnessPropertiesTest {

    private static final List<String> FEW = List.of("ssh.protocol", "ssh.message_code", "ssh.kex.hassh",
            "ssh.kex.hasshserver", "ssh.host_key.type", "ssh.packet_length", "ssh.encrypted_packet");

    /** Each connection of ssh.pcapng: its frames' bytes, and where each frame's TCP payload starts. */
    private static final List<List<int[]>> LAYOUT = new ArrayList<>();
    private static final List<List<byte[]>> CONNECTIONS = new ArrayList<>();

    static {
        Map<Integer, List<byte[]>> byPort = new LinkedHashMap<>();
        Map<Integer, List<int[]>> starts = new LinkedHashMap<>();
        for (Frame f : TestCaptures.read(TestCaptures.DISSECT.resolve("ssh.pcapng"))) {
            byte[] b = new byte[f.capturedLength()];
            MemorySegment.copy(f.segment(), ValueLayout.JAVA_BYTE, f.offset(), b, 0, b.length);
            int ip = 14;
            boolean v6 = (b[12] & 0xff) == 0x86;
            int tcp = ip + (v6 ? 40 : 20);
            int payload = tcp + ((b[tcp + 12] & 0xf0) >> 2);
            int sport = (b[tcp] & 0xff) << 8 | b[tcp + 1] & 0xff;
            int dport = (b[tcp + 2] & 0xff) << 8 | b[tcp + 3] & 0xff;
            int client = Math.max(sport, dport);
            byPort.computeIfAbsent(client, k -> new ArrayList<>()).add(b);
            starts.computeIfAbsent(client, k -> new ArrayList<>()).add(new int[] {payload});
        }
        CONNECTIONS.addAll(byPort.values());
        LAYOUT.addAll(starts.values());
    }

    /** A connection with payload bytes overwritten and some segments cut short. */
    @Property(tries = 300)
    void mutatedConnectionsAreContained(@ForAll("mutatedConnections") List<Frame> frames) {
        check(frames);
    }

    /** Real identification lines, then random bytes either way. */
    @Property(tries = 300)
    void randomPacketsAfterTheLinesAreContained(@ForAll("randomConnections") List<Frame> frames) {
        check(frames);
    }

    @Provide
    Arbitrary<List<Frame>> mutatedConnections() {
        Arbitrary<Integer> which = Arbitraries.integers().between(0, CONNECTIONS.size() - 1);
        Arbitrary<List<int[]>> edits = Combinators.combine(Arbitraries.integers().between(0, 4000),
                Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 60))
                .as((at, v, frame) -> new int[] {at, v, frame}).list().ofMinSize(1).ofMaxSize(10);
        Arbitrary<List<Integer>> cuts = Arbitraries.integers().between(0, 60).list().ofMaxSize(3);
        return Combinators.combine(which, edits, cuts, Arbitraries.integers().between(0, 200))
                .as((c, list, cutFrames, cutAt) -> {
                    List<byte[]> conn = CONNECTIONS.get(c);
                    List<int[]> starts = LAYOUT.get(c);
                    List<byte[]> data = new ArrayList<>();
                    for (byte[] b : conn) {
                        data.add(b.clone());
                    }
                    for (int[] e : list) {
                        int i = e[2] % data.size();
                        byte[] b = data.get(i);
                        int start = starts.get(i)[0];
                        if (b.length > start) {
                            b[start + e[0] % (b.length - start)] = (byte) e[1];
                        }
                    }
                    List<Frame> frames = new ArrayList<>();
                    for (int i = 0; i < data.size(); i++) {
                        byte[] b = data.get(i);
                        int kept = cutFrames.contains(i) ? Math.min(b.length, starts.get(i)[0] + cutAt) : b.length;
                        frames.add(frame(i + 1, b, kept));
                    }
                    return frames;
                });
    }

    @Provide
    Arbitrary<List<Frame>> randomConnections() {
        Arbitrary<byte[]> payload = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(300);
        return payload.list().ofMinSize(1).ofMaxSize(12).map(payloads -> {
            // the dh_group1 connection's handshake and both lines, then the random segments either way
            List<byte[]> conn = CONNECTIONS.get(0);
            List<int[]> starts = LAYOUT.get(0);
            List<Frame> frames = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                frames.add(frame(i + 1, conn.get(i), conn.get(i).length));
            }
            for (int i = 0; i < payloads.size(); i++) {
                byte[] template = conn.get(3 + (i % 2));
                int start = starts.get(3 + (i % 2))[0];
                byte[] b = Arrays.copyOf(template, start + payloads.get(i).length);
                System.arraycopy(payloads.get(i), 0, b, start, payloads.get(i).length);
                frames.add(frame(frames.size() + 1, b, b.length));
            }
            return frames;
        });
    }

    private static Frame frame(int number, byte[] data, int kept) {
        return new Frame().set(number, number * 1_000_000L, kept, data.length, LinkType.ETHERNET, 0,
                MemorySegment.ofArray(Arrays.copyOf(data, kept)), 0);
    }

    private static void check(List<Frame> frames) {
        Session full = Session.full();
        InfoColumns columns = new InfoColumns(full.registry());
        Session few = Session.needing(FEW);
        Session summary = Session.needing(columns.fields());
        InfoColumns summaryColumns = new InfoColumns(summary.registry());
        for (Frame f : frames) {
            Packet p = TestCaptures.dissect(full, f);
            assertTrue(p.entryCount() <= 8L * f.capturedLength() + 200, p.entryCount() + " entries");
            for (ProtocolTree.Line line : ProtocolTree.of(p)) {
                assertTrue(line.text() != null);
            }
            List<String> values = values(p);
            boolean malformed = p.malformed();
            boolean cut = p.shortFrame();
            String info = columns.compute(p).info();
            Packet q = TestCaptures.dissect(few, f);
            assertEquals(values, values(q), "frame " + f.number());
            assertEquals(malformed, q.malformed(), "frame " + f.number());
            String summaryInfo = summaryColumns.compute(TestCaptures.dissect(summary, f)).info();
            if (!malformed && !cut) {
                // a read past the data inside packet-ssh.c's "if (tree)" fails the tree alone: tshark's
                // summary, written without one, goes on (CDP and the images do the same)
                assertEquals(info, summaryInfo, "frame " + f.number());
            }
        }
    }

    private static List<String> values(Packet p) {
        List<String> out = new ArrayList<>();
        for (String name : FEW) {
            out.add(FieldFormat.cell(p, p.registry().lookup(name).id()));
        }
        return out;
    }
}
