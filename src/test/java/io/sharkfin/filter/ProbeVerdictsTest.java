package io.sharkfin.filter;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every probe filter of {@code dfilter/probes-4.0.17.tsv}: sharkfin accepts exactly what tshark
 * 4.0.17 accepts, and rejects the rest with tshark's message.
 */
class ProbeVerdictsTest {

    static final Path PROBES = Path.of("src/test/resources/corpus/dfilter/probes-4.0.17.tsv");

    /**
     * Undoes the file's escaping of control characters. Inside a quoted literal a backslash is
     * the filter language's own escape and stays: {@code frame.len > '\n'} is the probe of a
     * four-character character constant (tshark: "too long"), not of a quoted newline.
     */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                sb.append(c);
                if (c == '\\' && i + 1 < s.length()) {
                    sb.append(s.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                switch (n) {
                    case 't' -> { sb.append('\t'); i++; continue; }
                    case 'n' -> { sb.append('\n'); i++; continue; }
                    case 'r' -> { sb.append('\r'); i++; continue; }
                    case 'x' -> {
                        if (i + 3 < s.length() && s.substring(i + 2, i + 4).equals("01")) {
                            sb.append('\u0001');
                            i += 3;
                            continue;
                        }
                    }
                    default -> { }
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    record Probe(String category, String filter, String result, String frames) {
    }

    static List<Probe> probes() throws IOException {
        List<Probe> out = new ArrayList<>();
        for (String line : Files.readAllLines(PROBES, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("category\t")) {
                continue;
            }
            String[] p = line.split("\t", -1);
            out.add(new Probe(p[0], unescape(p[1]), p[2], p.length > 3 ? p[3] : ""));
        }
        return out;
    }

    static final Path TINY = Path.of("src/test/resources/corpus/dfilter/tiny.pcap");

    static String expectedFrames(String column) {
        return switch (column) {
            case "none" -> "";
            case "all" -> "1,2,3";
            default -> column;
        };
    }

    /** Frame numbers of a capture the filter matches, comma-separated. */
    static String matching(Path capture, Filter f) throws Exception {
        List<String> out = new ArrayList<>();
        try (PacketStream packets = PacketStream.open(capture, f.fields())) {
            for (Packet p : packets) {
                if (f.test(p)) {
                    out.add(Long.toString(p.number()));
                }
            }
            if (packets.error() != null) {
                throw packets.error();
            }
        }
        return String.join(",", out);
    }

    @TestFactory
    List<DynamicTest> verdicts() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Probe pr : probes()) {
            // rows whose filter contains control characters written as \t, \r, \x01 in the file
            tests.add(DynamicTest.dynamicTest(pr.category() + ": " + pr.filter(), () -> {
                String expected = pr.result();
                try {
                    Filter f = Filter.compile(pr.filter());
                    if (expected.startsWith("error: ")) {
                        fail("accepted, but tshark says " + expected);
                    }
                    assertEquals(expectedFrames(pr.frames()), matching(TINY, f), "frames matched");
                } catch (FilterException e) {
                    if (!expected.startsWith("error: ")) {
                        fail("rejected (" + e.getMessage() + "), but tshark accepts");
                    }
                    assertEquals(expected.substring("error: ".length()), e.getMessage());
                }
            }));
        }
        return tests;
    }
}
