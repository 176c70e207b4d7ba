package io.sharkfin.stats;

import io.sharkfin.cli.CliRun;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code -z conv,...}, {@code -z endpoints,...} and {@code -z follow,...} print what tshark
 * 4.0.17 printed, character for character, for every test capture:
 * src/test/resources/stats/CAPTURE.txt.gz is {@code tshark -n -q} with the -z arguments of
 * arguments.txt ({@code src/tools/record-statistics.sh}).
 */
class StatisticsTest {
    private static final Path RECORDED = Path.of("src/test/resources/stats");
    private static final Path CORPUS = Path.of("src/test/resources/corpus/captures");
    private static final Path DISSECT = Path.of("src/test/resources/dissect");

    private static List<String> zArguments() throws IOException {
        List<String> args = new ArrayList<>();
        for (String a : Files.readAllLines(RECORDED.resolve("arguments.txt"))) {
            args.add("-z");
            args.add(a);
        }
        return args;
    }

    private static Path capture(String name) {
        Path corpus = CORPUS.resolve(name);
        return Files.exists(corpus) ? corpus : DISSECT.resolve(name);
    }

    private static String recorded(Path gz) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCapturesTablesAreTsharks() throws IOException {
        List<String> z = zArguments();
        List<Path> recorded;
        try (Stream<Path> files = Files.list(RECORDED)) {
            recorded = files.filter(f -> f.toString().endsWith(".txt.gz"))
                    .sorted().toList();
        }
        // every test capture has its recording
        try (Stream<Path> caps = Stream.concat(Files.list(CORPUS), Files.list(DISSECT))) {
            List<String> captures = caps.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".pcap") || n.endsWith(".pcapng")).sorted().toList();
            assertEquals(captures, recorded.stream().map(f -> f.getFileName().toString().replaceFirst("\\.txt\\.gz$", ""))
                    .sorted().toList(), "run src/tools/record-statistics.sh after adding a capture");
        }
        return recorded.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = f.getFileName().toString().replaceFirst("\\.txt\\.gz$", "");
            List<String> args = new ArrayList<>(List.of("-r", capture(name).toString(), "-q"));
            args.addAll(z);
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            assertEquals(recorded(f), r.out());
        }));
    }

    @Test
    void tablesCountEveryFrameWhateverTheDisplayFilterSelects() throws IOException {
        String cap = CORPUS.resolve("lab-c2-a.pcap").toString();
        CliRun all = CliRun.of("-r", cap, "-q", "-z", "conv,ip");
        CliRun dns = CliRun.of("-r", cap, "-Y", "dns", "-z", "conv,ip");
        assertEquals(0, dns.code(), dns.err());
        // tshark: the summary lines of the frames -Y selects, then the tables of all frames
        assertTrue(dns.out().endsWith(all.out()), dns.out());
        String lines = dns.out().substring(0, dns.out().length() - all.out().length());
        assertEquals(74, lines.lines().count(), lines);
        assertTrue(lines.lines().allMatch(l -> l.contains(" DNS ")), lines);
        String recorded = recorded(RECORDED.resolve("lab-c2-a.pcap.txt.gz"));
        assertTrue(recorded.contains(all.out()), all.out());
    }

    @Test
    void theLastTableGivenIsPrintedFirst() {
        String cap = CORPUS.resolve("lab-c2-a.pcap").toString();
        String out = CliRun.of("-r", cap, "-q", "-z", "conv,tcp", "-z", "endpoints,udp").out();
        assertTrue(out.indexOf("UDP Endpoints") < out.indexOf("TCP Conversations"), out);
    }

    @Test
    void argumentsSharkfinDoesNotReadAreRefusedWithWhatItReads() {
        String cap = CORPUS.resolve("lab-c2-a.pcap").toString();
        for (String bad : List.of("conv,sctp", "hosts", "io,phsX", "conv", "endpoints,")) {
            CliRun r = CliRun.of("-r", cap, "-z", bad);
            assertEquals(1, r.code(), bad);
            assertTrue(r.err().contains("conv,TYPE[,FILTER]") && r.err().contains("\"" + bad + "\""), r.err());
            assertEquals("", r.out());
        }
        CliRun r = CliRun.of("-r", cap, "-z", "conv,ip,ip.src ==");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("sharkfin: -z conv,ip,ip.src ==: "), r.err());
    }

    @Test
    void credentialsRefusesAFilterTsharkWouldIgnore() {
        String cap = DISSECT.resolve("http-auth.pcapng").toString();
        CliRun r = CliRun.of("-r", cap, "-q", "-z", "credentials,http");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("-z credentials takes no filter") && r.err().contains("\",http\""), r.err());
        assertEquals("", r.out());
        // what it lists comes from the frames the user names are in, whatever -Y shows
        String all = CliRun.of("-r", cap, "-q", "-z", "credentials").out();
        assertEquals(all, CliRun.of("-r", cap, "-q", "-Y", "frame.number == 1", "-z", "credentials").out());
        assertTrue(all.contains("\n114        HTTP basic auth  frank  ") && all.contains("\n114        HTTP basic auth  grace  "),
                all);
    }

    @Test
    void aTableWithNoHeadersOfItsTypeIsHeadingsAlone() {
        String cap = CORPUS.resolve("lab-c2-a.pcap").toString();
        assertEquals(String.join("\n", TableText.RULE, "IPv6 Endpoints", "Filter:<No Filter>",
                        "                       |  Packets  | |  Bytes  | | Tx Packets | | Tx Bytes | | Rx Packets | | Rx Bytes |",
                        TableText.RULE, ""),
                CliRun.of("-r", cap, "-q", "-z", "endpoints,ipv6").out());
    }
}
