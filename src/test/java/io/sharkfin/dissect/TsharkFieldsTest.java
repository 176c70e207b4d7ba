package io.sharkfin.dissect;

import io.sharkfin.capture.Frame;
import io.sharkfin.cli.output.FieldText;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Dissection plus {@link FieldFormat} against {@code tshark -T fields} (recorded by
 * {@code src/test/resources/dissect/record-expected.sh}): for every corpus capture and the
 * synthetic and NBNS ones, every field the link, network, UDP and NBNS dissectors add must print
 * exactly as tshark 4.0.17 printed it, all occurrences in order.
 *
 * <p>Fields whose presence depends on protocols sharkfin does not dissect here (TCP and the
 * application layers decide what is {@code data}, where a packet is malformed, which expert
 * infos exist, and the protocol list) are compared only in frames made of protocols this layer
 * dissects.
 */
class TsharkFieldsTest {

    private static final Path EXPECTED = TestCaptures.DISSECT.resolve("expected");

    /**
     * Fields whose values sharkfin gives right where tshark 4.0 does not (README, "Differences
     * from Wireshark"), with what tshark does: compared by their own tests instead.
     */
    private static final Map<String, String> DELIBERATE = Map.of(
            "cdp.ip_prefix", "packet-cdp.c passes the prefix in host byte order, so tshark's value is byte-swapped");

    /**
     * Whether the capture file records interfaces (pcapng) decides whether tshark shows these;
     * {@link Frame} does not carry that yet, so they are the capture reader's to test (the
     * frame's own text is compared for pcap files, which have no interfaces).
     */
    private static final Set<String> CAPTURE_METADATA = Set.of("frame", "frame.interface_id",
            "frame.interface_name");

    /** Fields that depend on every layer of the frame. */
    private static boolean wholeFrameField(String name) {
        return name.equals("frame.protocols") || name.equals("data") || name.startsWith("data.")
                || name.startsWith("_ws.") || name.endsWith(".expert") || isExpert(name);
    }

    private static boolean isExpert(String name) {
        FieldDef d = FieldRegistry.standard().lookup(name);
        return d != null && d.type() == FieldType.NONE;
    }

    @TestFactory
    Stream<DynamicTest> everyCaptureMatchesTshark() throws IOException {
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(EXPECTED)) {
            s.filter(f -> f.getFileName().toString().endsWith(".tsv.gz")).sorted().forEach(files::add);
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(
                f.getFileName().toString().replace(".tsv.gz", ""), () -> check(f)));
    }

    private static void check(Path expectedFile) {
        String capture = expectedFile.getFileName().toString().replace(".tsv.gz", "");
        // the dissector tests' own captures, else the shared corpus's
        Path file = Files.exists(TestCaptures.DISSECT.resolve(capture)) ? TestCaptures.DISSECT.resolve(capture)
                : TestCaptures.CORPUS.resolve(capture);
        List<String[]> rows = readTsv(expectedFile);
        String[] header = rows.get(0);
        Session s = Session.needing(Arrays.asList(header));
        FieldRegistry reg = s.registry();
        int[] ids = new int[header.length];
        boolean[] whole = new boolean[header.length];
        int protocolsColumn = -1;
        for (int i = 0; i < header.length; i++) {
            ids[i] = reg.lookup(header[i]).id();
            whole[i] = wholeFrameField(header[i]);
            if (header[i].equals("frame.protocols")) {
                protocolsColumn = i;
            }
        }
        Set<String> mine = dissectedProtocols(reg);
        List<Frame> frames = TestCaptures.read(file);
        assertEquals(rows.size() - 1, frames.size(), "frames in " + capture);
        Map<String, List<String>> problems = new TreeMap<>();
        for (int n = 0; n < frames.size(); n++) {
            Packet p = s.dissect(frames.get(n));
            // every frame is displayed when tshark runs without a display filter
            s.displayed(p);
            String[] want = rows.get(n + 1);
            boolean covered = covered(want[protocolsColumn], mine);
            for (int i = 0; i < header.length; i++) {
                boolean metadata = CAPTURE_METADATA.contains(header[i])
                        && !(header[i].equals("frame") && capture.endsWith(".pcap"));
                if ((whole[i] && !covered) || metadata || DELIBERATE.containsKey(header[i])) {
                    continue;
                }
                // as -T fields writes it: a string's tab or line break escaped
                String got = FieldText.escaped(FieldFormat.cell(p, ids[i]));
                String exp = i < want.length ? want[i] : "";
                if (!got.equals(exp)) {
                    problems.computeIfAbsent(header[i], k -> new ArrayList<>())
                            .add("frame " + (n + 1) + ": tshark [" + abbreviate(exp) + "] sharkfin ["
                                    + abbreviate(got) + "]");
                }
            }
        }
        StringBuilder report = new StringBuilder();
        problems.forEach((field, list) -> report.append(field).append(" (").append(list.size())
                .append("): ").append(list.subList(0, Math.min(3, list.size()))).append('\n'));
        assertEquals("", report.toString(), capture);
    }

    /**
     * A session needing only an error indication still finds it: such fields can come from any
     * layer, so they make every dissector run.
     */
    @org.junit.jupiter.api.Test
    void malformedFramesAreFoundByTheirIndicationAlone() {
        Session s = Session.needing(List.of("_ws.malformed"));
        int id = s.registry().lookup("_ws.malformed").id();
        List<Long> found = new ArrayList<>();
        for (Frame f : TestCaptures.read(TestCaptures.CORPUS.resolve("cs-icmp_traceroute.pcapng"))) {
            if (s.dissect(f).has(id)) {
                found.add(f.number());
            }
        }
        // tshark -Y _ws.malformed
        assertEquals(List.of(26L, 28L, 30L), found);
    }

    private static boolean covered(String protocols, Set<String> mine) {
        for (String layer : protocols.split(":")) {
            if (!mine.contains(layer)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The protocols whose frames these tests compare whole: not those sharkfin only names by port
     * (their dissector has no field; tshark shows fields for them), nor TCP, whose payload may be
     * part of an application PDU (HTTP, TLS) that tshark reassembles and sharkfin does not yet.
     */
    static Set<String> dissectedProtocols(FieldRegistry reg) {
        Set<String> out = new HashSet<>();
        for (FieldDef d : reg.dissected()) {
            Dissector dissector = Dissectors.standard().byName(d.name());
            if (d.isProtocol() && (dissector == null || !dissector.fields().isEmpty())) {
                out.add(d.name());
            }
        }
        out.remove("tcp");
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    static List<String[]> readTsv(Path gz) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(line.split("\t", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
