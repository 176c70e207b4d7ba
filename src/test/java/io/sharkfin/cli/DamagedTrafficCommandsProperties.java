package io.sharkfin.cli;

import io.sharkfin.capture.DamagedTraffic;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the command line does with the dissected packets of damaged traffic (real captures whose
 * frames are damaged inside, {@link DamagedTraffic}): every output format (summaries, {@code -V},
 * {@code -x}, JSON, ek, fields), every {@code -z} statistic the statistics tests run, and every
 * {@code --export-objects} type complete with status 0, and the shipped filter packs run (status 0
 * or 1: alerts, never 2), within bounded time, with nothing on standard error that speaks of an
 * exception.
 */
class DamagedTrafficCommandsProperties {
    private static final Path DISSECT = Path.of("src/test/resources/dissect");
    private static final Path CORPUS = Path.of("src/test/resources/corpus/captures");
    private static final List<List<byte[]>> SEEDS = Stream.of(CORPUS.resolve("lab-c2-a.pcap"),
                    CORPUS.resolve("ppp-tls.pcap"), CORPUS.resolve("cs-ip_frag_source.pcapng"),
                    DISSECT.resolve("http-files.pcapng"), DISSECT.resolve("multipart.pcapng"),
                    DISSECT.resolve("smtp.pcapng"), DISSECT.resolve("pop.pcapng"), DISSECT.resolve("imap.pcapng"),
                    DISSECT.resolve("ftp.pcapng"), DISSECT.resolve("smb.pcapng"), DISSECT.resolve("kerberos.pcapng"),
                    DISSECT.resolve("http-auth.pcapng"), DISSECT.resolve("dns-tunnel.pcapng"))
            .map(DamagedTraffic::frames).toList();

    @Provide
    Arbitrary<List<byte[]>> damagedTraffic() {
        return DamagedTraffic.of(SEEDS);
    }

    /** Where the {@code n}th tab of {@code line} is, or its length when it has fewer. */
    private static int nthTab(String line, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = line.indexOf('\t', at + 1);
            if (at < 0) {
                return line.length();
            }
        }
        return at;
    }

    @Property(tries = 25)
    void everyOutputStatisticAndExportCompletes(@ForAll("damagedTraffic") List<byte[]> frames) throws Exception {
        Path dir = Files.createTempDirectory("sharkfin-damaged-");
        Path file = dir.resolve("damaged.pcap");
        try {
            Files.write(file, DamagedTraffic.pcap(frames));
            String f = file.toString();
            List<String> z = new ArrayList<>(List.of("-r", f, "-q"));
            for (String a : Files.readAllLines(Path.of("src/test/resources/stats/arguments.txt"))) {
                z.add("-z");
                z.add(a);
            }
            z.addAll(List.of("-z", "io,phs", "-z", "expert", "-z", "io,stat,1,COUNT(tcp.len)tcp.len,AVG(dns.time)dns.time"));
            List<List<String>> runs = List.of(
                    List.of("-r", f),
                    List.of("-r", f, "-V"),
                    List.of("-r", f, "-x"),
                    List.of("-r", f, "-T", "json"),
                    List.of("-r", f, "-T", "ek"),
                    List.of("-r", f, "-T", "fields", "-e", "frame.number", "-e", "ip.src", "-e", "tcp.stream",
                            "-e", "http.request.uri", "-e", "dns.qry.name", "-e", "tls.handshake.ja3", "-E", "header=y"),
                    z,
                    List.of("-r", f, "-q", "--export-objects", "http," + dir.resolve("http"),
                            "--export-objects", "imf," + dir.resolve("imf"), "--export-objects", "ftp-data," + dir.resolve("ftp"),
                            "--export-objects", "smb," + dir.resolve("smb")));
            for (List<String> args : runs) {
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                    CliRun r = CliRun.of(args.toArray(String[]::new));
                    assertEquals(0, r.code(), args + ": " + r.err());
                    assertFalse(r.err().contains("Exception") || r.err().contains("bug"), args + ": " + r.err());
                });
            }
            // frames the screen passes from their bytes and prints from their record (frame.number,
            // frame.len) against the same frames dissected (a third, non-record field)
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                String filter = "ip.addr == 127.0.0.1 || tcp.port == 443 || udp.port == 53";
                CliRun fromRecord = CliRun.of("-r", f, "-Y", filter, "-T", "fields", "-e", "frame.number", "-e", "frame.len");
                CliRun dissected = CliRun.of("-r", f, "-Y", filter, "-T", "fields", "-e", "frame.number", "-e", "frame.len",
                        "-e", "ip.proto");
                assertEquals(0, fromRecord.code(), fromRecord.err());
                assertEquals(dissected.out().lines().map(l -> l.substring(0, nthTab(l, 2))).toList(),
                        fromRecord.out().lines().toList());
            });
            // the shipped packs: 0 without alerts, 1 with some, never 2 (a rule or the capture broken)
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                CliRun r = CliRun.of("pack", "run", "filters", "-r", f, "--format", "ndjson");
                assertTrue(r.code() == 0 || r.code() == 1, r.err());
                assertFalse(r.err().contains("Exception"), r.err());
            });
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // a temporary file left behind
            }
        }
    }
}
