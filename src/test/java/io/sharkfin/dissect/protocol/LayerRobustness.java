package io.sharkfin.dissect.protocol;

import io.sharkfin.capture.Frame;
import io.sharkfin.capture.LinkType;
import io.sharkfin.cli.output.summary.Columns;
import io.sharkfin.cli.output.summary.InfoColumns;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.repl.view.ProtocolTree;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the robustness properties of a protocol's dissector check on each hostile frame (NBNS,
 * CDP, FTP): nothing escapes the dissector, the tree's wording or the Info column's pass, the number of
 * items stays proportional to the message, a session that wants few fields sees what a full
 * session sees of them, and the summary's own session writes the same Info.
 */
public final class LayerRobustness {
    private LayerRobustness() {
    }

    /**
     * Dissects {@code frame}, whose message of {@code length} bytes is {@code protocol}'s, with
     * every field and with {@code few}; its Protocol column must read {@code column} when the
     * layer is there.
     */
    public static void check(Frame frame, int length, String protocol, String column, List<String> few) {
        check(List.of(frame), f -> length, protocol, column, few);
    }

    /**
     * {@link #check(Frame, int, String, String, List)} for the frames of one capture, each session
     * dissecting them in order (a protocol that keeps state across frames: FTP); {@code length}
     * gives the bytes of a frame's message, which bound its entries.
     */
    public static void check(List<Frame> frames, ToIntFunction<Frame> length, String protocol, String column,
                             List<String> few) {
        check(frames, length, protocol, java.util.Set.of(column), few);
    }

    /**
     * {@link #check(List, ToIntFunction, String, String, List)} for a protocol whose Protocol
     * column reads one of {@code columns} (SMTP, or SMTP/IMF on a message).
     */
    public static void check(List<Frame> frames, ToIntFunction<Frame> length, String protocol,
                             java.util.Set<String> protocolColumns, List<String> few) {
        check(frames, length, protocol, protocolColumns::contains, few);
    }

    /**
     * {@link #check(List, ToIntFunction, String, java.util.Set, List)} for a protocol whose
     * Protocol column is any that {@code protocolColumn} accepts (HTTP with a JSON or XML part
     * after another).
     */
    public static void check(List<Frame> frames, ToIntFunction<Frame> length, String protocol,
                             java.util.function.Predicate<String> protocolColumn, List<String> few) {
        check(frames, length, protocol, protocolColumn, few, false);
    }

    /**
     * {@link #check(List, ToIntFunction, String, java.util.function.Predicate, List)}, where with
     * {@code lazyReads} the protocol reads some bytes only for the items a session wants, as
     * Wireshark's reads only those of the items its tree holds (packet-cdp.c's EnergyWise
     * addresses): a session of few fields may then miss a read past the data that the full one
     * makes. A frame it calls malformed the full session must too, not the other way round.
     */
    public static void check(List<Frame> frames, ToIntFunction<Frame> length, String protocol,
                             java.util.function.Predicate<String> protocolColumn, List<String> few,
                             boolean lazyReads) {
        Session s = Session.full();
        InfoColumns columns = new InfoColumns(s.registry());
        Session fewFields = Session.needing(few);
        // the summary's own session records only what the columns read: the same Info
        InfoColumns summaryColumns = new InfoColumns(s.registry());
        Session summary = Session.needing(summaryColumns.fields());
        for (Frame frame : frames) {
            Packet full = TestCaptures.dissect(s, frame);
            int first = firstEntry(full, protocol);
            int entries = full.entryCount() - first;
            int n = length.applyAsInt(frame);
            assertTrue(entries <= 8L * n + 64, entries + " entries for " + n + " bytes");
            for (ProtocolTree.Line line : ProtocolTree.of(full)) {
                assertTrue(line.text() != null);
            }
            Columns c = columns.compute(full);
            if (n > 0 && first < full.entryCount()) {
                assertTrue(protocolColumn.test(c.protocol()), c.protocol());
            }
            List<String> values = values(full, few);
            boolean malformed = full.malformed();
            String info = c.info();

            Packet p = TestCaptures.dissect(fewFields, frame);
            assertEquals(values, values(p, few));
            if (lazyReads) {
                assertTrue(malformed || !p.malformed(), "malformed with few fields only");
            } else {
                assertEquals(malformed, p.malformed());
            }
            assertEquals(info, summaryColumns.compute(TestCaptures.dissect(summary, frame)).info());
        }
    }

    /**
     * A frame of link type Ethernet holding {@code data}, of which the first {@code captured}
     * bytes were captured (a snapshot length cut the rest).
     */
    public static Frame ethernetFrame(byte[] data, int captured) {
        int kept = Math.min(captured, data.length);
        return new Frame().set(1, 0, kept, data.length, LinkType.ETHERNET, 0,
                MemorySegment.ofArray(Arrays.copyOf(data, kept)), 0);
    }

    /** Copies of {@code messages} with up to six bytes overwritten, then cut anywhere before {@code max}. */
    public static Arbitrary<byte[]> mutations(List<byte[]> messages, int max) {
        Arbitrary<List<int[]>> edits = Combinators.combine(Arbitraries.integers().between(0, max),
                Arbitraries.integers().between(0, 255)).as((at, v) -> new int[] {at, v}).list().ofMaxSize(6);
        return Combinators.combine(Arbitraries.of(messages), edits, Arbitraries.integers().between(0, max))
                .as((message, list, cut) -> {
                    byte[] m = message.clone();
                    for (int[] edit : list) {
                        if (m.length > 0) {
                            m[edit[0] % m.length] = (byte) edit[1];
                        }
                    }
                    return Arrays.copyOf(m, Math.min(m.length, cut));
                });
    }

    private static List<String> values(Packet p, List<String> few) {
        List<String> out = new ArrayList<>();
        for (String name : few) {
            out.add(name + "=" + FieldFormat.cell(p, p.registry().lookup(name).id()));
        }
        return out;
    }

    private static int firstEntry(Packet p, String protocol) {
        for (int e = 0; e < p.entryCount(); e++) {
            if (p.registry().byId(p.field(e)).name().equals(protocol)) {
                return e;
            }
        }
        return p.entryCount();
    }
}
