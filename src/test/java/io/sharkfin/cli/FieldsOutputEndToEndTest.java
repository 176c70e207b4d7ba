package io.sharkfin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code sharkfin -T fields} run as a user runs it, with the options tshark's per-frame truth was
 * made with ({@code -E header=y -E separator=/t -E occurrence=a -E aggregator=,} and the truth's
 * 40-odd columns): the printed text is tshark's, line for line, cell for cell, except the cells
 * listed as known differences. Lines are written in blocks of 8 KiB: 14 of the 24 outputs
 * (up to 220 KB) span several.
 */
class FieldsOutputEndToEndTest {

    private static final Path CAPTURES = Path.of("src/test/resources/corpus/captures");
    private static final Path TRUTH = CAPTURES.resolve("truth");
    private static final Path KNOWN = Path.of("src/test/resources/conformance/known-field-differences.tsv");

    static Stream<String> captures() throws IOException {
        try (Stream<Path> s = Files.list(TRUTH)) {
            return s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".fields.tsv"))
                    .map(n -> n.replace(".fields.tsv", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("captures")
    void printsWhatTsharkPrinted(String capture) throws IOException {
        List<String> truth = Files.readAllLines(TRUTH.resolve(capture + ".fields.tsv"), StandardCharsets.UTF_8);
        String[] columns = truth.getFirst().split("\t", -1);
        List<String> args = new ArrayList<>(List.of("-n", "-r", CAPTURES.resolve(capture).toString(), "-T", "fields",
                "-E", "header=y", "-E", "separator=/t", "-E", "occurrence=a", "-E", "aggregator=,"));
        for (String c : columns) {
            args.add("-e");
            args.add(c);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        List<String> printed = out.toString().lines().toList();
        assertEquals(truth.size(), printed.size(), "lines");
        assertEquals(truth.getFirst(), printed.getFirst(), "header");
        Map<String, String> known = knownDifferences();
        for (int row = 1; row < truth.size(); row++) {
            String[] want = truth.get(row).split("\t", -1);
            String[] got = printed.get(row).split("\t", -1);
            assertEquals(columns.length, got.length, "cells of line " + row);
            for (int i = 0; i < columns.length; i++) {
                String expected = known.getOrDefault(capture + "\t" + row + "\t" + columns[i],
                        i < want.length ? want[i] : "");
                assertEquals(expected, got[i], capture + " frame " + row + " " + columns[i]);
            }
        }
    }

    private static Map<String, String> knownDifferences() throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!Files.exists(KNOWN)) {
            return out; // none at the moment
        }
        for (String line : Files.readAllLines(KNOWN, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] p = line.split("\t", -1);
                out.put(p[0] + "\t" + p[1] + "\t" + p[2], p[3]);
            }
        }
        return out;
    }

    @Test
    void bomAndTheOptionsTshark40DoesNotKnow() {
        // tshark -r lab-c2-a.pcap -Y dns -c 2 -T fields -e frame.number -E bom=y -E header=y:
        // the UTF-8 byte order mark first, then the header
        CliRun bom = CliRun.of("-r", "src/test/resources/corpus/captures/lab-c2-a.pcap", "-c", "2", "-T", "fields",
                "-e", "frame.number", "-E", "bom=y", "-E", "header=y");
        assertEquals(0, bom.code(), bom.err());
        assertEquals("\uFEFFframe.number\n1\n2\n", bom.out());
        // "escape" came with 4.2; 4.0 refuses it, as any option it does not know
        CliRun escape = CliRun.of("-r", "src/test/resources/corpus/captures/lab-c2-a.pcap", "-T", "fields",
                "-e", "frame.number", "-E", "escape=n");
        assertEquals(1, escape.code());
        assertEquals("sharkfin: invalid -E option \"escape\" (bom, header, separator, occurrence, aggregator, quote)\n",
                escape.err());
    }
}
