package io.sharkfin.stats;

import io.sharkfin.cli.CliRun;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.filter.FilterException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code -z io,stat,...} prints what tshark 4.0.17 printed, character for character, for every
 * test capture: src/test/resources/stats/io/CAPTURE.txt.gz is {@code tshark -n -q} with the -z
 * arguments of io/arguments.txt ({@code src/tools/record-statistics.sh}). A capture without a
 * recording is one tshark could not print (it ran out of memory); sharkfin refuses it.
 */
class IoStatTest {
    private static final Path RECORDED = Path.of("src/test/resources/stats/io");
    private static final Path CORPUS = Path.of("src/test/resources/corpus/captures");
    private static final Path DISSECT = Path.of("src/test/resources/dissect");
    private static final String CAPTURE = CORPUS.resolve("lab-web-mixed.pcap").toString();

    private static String recorded(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCapturesTablesAreTsharks() throws IOException {
        List<String> args = new ArrayList<>();
        for (String a : Files.readAllLines(RECORDED.resolve("arguments.txt"))) {
            args.add("-z");
            args.add(a);
        }
        List<Path> captures;
        try (Stream<Path> caps = Stream.concat(Files.list(CORPUS), Files.list(DISSECT))) {
            captures = caps.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng"))
                    .sorted().toList();
        }
        return captures.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            List<String> run = new ArrayList<>(List.of("-r", c.toString(), "-q"));
            run.addAll(args);
            CliRun r = CliRun.of(run.toArray(String[]::new));
            Path recording = RECORDED.resolve(c.getFileName() + ".txt.gz");
            if (Files.exists(recording)) {
                assertEquals(0, r.code(), r.err());
                assertEquals(recorded(recording), r.out());
            } else {
                // tshark ran out of memory: the clock jumps years, too many intervals to print
                assertEquals(2, r.code(), r.err());
                assertTrue(r.err().contains("sharkfin prints at most 10000000"), r.err());
            }
        }));
    }

    @Test
    void aCalculationSeesOnlyFieldsSomeFilterOfTheRunNames() {
        // as tshark: COUNT(tcp.len) alone counts nothing, the field is not in the tap's tree
        String alone = CliRun.of("-r", CAPTURE, "-q", "-z", "io,stat,0,COUNT(tcp.len)").out();
        assertTrue(alone.contains("| 0.000 <> 4.916 |     0 |"), alone);
        String named = CliRun.of("-r", CAPTURE, "-q", "-z", "io,stat,0,COUNT(tcp.len)tcp.len").out();
        assertTrue(named.contains("| 0.000 <> 4.916 |   293 |"), named);
        // a display filter or another statistic's filter naming it will do
        CliRun byDisplay = CliRun.of("-r", CAPTURE, "-Y", "tcp.len > 0", "-z", "io,stat,0,COUNT(tcp.len)");
        assertTrue(byDisplay.out().contains("| 0.000 <> 4.916 |   293 |"), byDisplay.out());
        String byConv = CliRun.of("-r", CAPTURE, "-q", "-z", "conv,ip,tcp.len > 0", "-z", "io,stat,0,COUNT(tcp.len)").out();
        assertTrue(byConv.contains("| 0.000 <> 4.916 |   293 |"), byConv);
    }

    @Test
    void aDisplayFilterDoesNotChangeWhatIsCounted() {
        String all = CliRun.of("-r", CAPTURE, "-q", "-z", "io,stat,1,udp").out();
        CliRun dns = CliRun.of("-r", CAPTURE, "-Y", "dns", "-z", "io,stat,1,udp");
        assertEquals(0, dns.code(), dns.err());
        assertTrue(dns.out().endsWith(all), dns.out());
    }

    private static IllegalArgumentException refused(String arg) {
        return assertThrows(IllegalArgumentException.class, () -> Statistic.of(arg, FieldRegistry.standard()), arg);
    }

    private static void refusedSaying(String arg, String... words) {
        String message = refused(arg).getMessage();
        for (String w : words) {
            assertTrue(message.contains(w), message);
        }
    }

    @Test
    void badIntervalsAreRefusedWithWhatSharkfinReads() {
        for (String arg : List.of("io,stat", "io,stat,", "io,stat,x", "io,stat,1x", "io,stat,1,ip,", "io,stat,0x10",
                "io,stat,nan", "io,stat,inf", "io,statistics,1")) {
            refusedSaying(arg, "invalid \"-z io,stat,<interval>", "\"" + arg + "\"", "io,stat,INTERVAL[,COLUMN]");
        }
        refusedSaying("io,stat,-1", "interval must be >= 0", "-1");
        refusedSaying("io,stat,0.0000001", "interval must be >=0.000001 seconds", "0.0000001");
    }

    @Test
    void badCalculationsAreRefusedNamingTheColumn() {
        refusedSaying("io,stat,1,COUNT(tcp.len", "\"COUNT(tcp.len\"", "closing parenthesis missing");
        refusedSaying("io,stat,1,SUM()", "you didn't specify a field name for SUM(*)");
        refusedSaying("io,stat,1,FRAMES(tcp)", "FRAMES does not require or allow a field name");
        refusedSaying("io,stat,1,AVG(no.such.field)", "there is no field named 'no.such.field'");
        refusedSaying("io,stat,1,MAX", "MAX needs a field: MAX(FIELD)[FILTER]");
        // not a calculation: a filter, which does not compile (as tshark: "Function 'MEDIAN' does not exist")
        FilterException e = assertThrows(FilterException.class,
                () -> Statistic.of("io,stat,1,MEDIAN(tcp.len)", FieldRegistry.standard()));
        assertTrue(e.getMessage().contains("Function 'MEDIAN' does not exist"), e.getMessage());
        CliRun r = CliRun.of("-r", CAPTURE, "-q", "-z", "io,stat,1,MEDIAN(tcp.len)");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("sharkfin: -z io,stat,1,MEDIAN(tcp.len): Function 'MEDIAN' does not exist"), r.err());
    }

    @Test
    void calculationsOnFieldsWithoutNumbersAreRefused() {
        refusedSaying("io,stat,1,SUM(ip.src)ip", "ip.src doesn't have integral values, so SUM(*) calculations");
        refusedSaying("io,stat,1,AVG(http.host)", "http.host doesn't have integral values, so AVG(*)");
        refusedSaying("io,stat,1,LOAD(tcp.len)tcp.len", "LOAD() is only supported for relative-time fields");
        refusedSaying("io,stat,1,LOAD(icmp.resptime)", "icmp.resptime is a float field, so LOAD(*)");
        // COUNT takes any field
        assertTrue(CliRun.of("-r", CAPTURE, "-q", "-z", "io,stat,0,COUNT(ip.src)ip.src").out().contains("|   296 |"));
    }

    @Test
    void theCommandLineReportsABadArgumentAndPrintsNoTable() {
        CliRun r = CliRun.of("-r", CAPTURE, "-q", "-z", "io,stat,1,SUM(ip.src)ip");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("sharkfin: -z: io,stat column \"SUM(ip.src)ip\": ip.src doesn't have integral"),
                r.err());
        assertEquals("", r.out());
        CliRun filter = CliRun.of("-r", CAPTURE, "-q", "-z", "io,stat,1,COUNT(tcp.len)tcp.len ==");
        assertEquals(2, filter.code());
        assertTrue(filter.err().startsWith("sharkfin: -z io,stat,1,COUNT(tcp.len)tcp.len ==: "), filter.err());
    }

    @Test
    void tooManyIntervalsAreRefusedRatherThanPrinted() {
        CliRun r = CliRun.of("-r", CORPUS.resolve("ppp-tls.pcap").toString(), "-q", "-z", "io,stat,0.5");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("intervals of 0.5 s") && r.err().contains("give a longer interval"), r.err());
        // a huge interval is the whole capture, as 0
        String whole = CliRun.of("-r", CAPTURE, "-q", "-z", "io,stat,0").out();
        assertEquals(whole, CliRun.of("-r", CAPTURE, "-q", "-z", "io,stat,1e300").out());
    }

    @Test
    void magnitudeCountsUnsignedDigitsUpToTheLimit() {
        assertEquals(1, IoStatText.magnitude(0, 5));
        assertEquals(3, IoStatText.magnitude(999, 5));
        assertEquals(5, IoStatText.magnitude(1_234_567, 5));
        assertEquals(15, IoStatText.magnitude(-1L, 15)); // 2^64-1 has 20 digits
    }
}
