package io.sharkfin.conformance;

import io.sharkfin.cli.CliRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code sharkfin -r CAPTURE -T fields -e frame.number -e FIELD}, one field alone, prints tshark
 * 4.0.17's column ({@code single-field/record.sh} recorded it). With nothing else recorded,
 * the session skips every dissector and block the field does not need; these pairs once showed
 * what that skipped or added: ARP's payload as data, frame.interface_id on pcap records and no
 * "unknown" interface name, the signature algorithms of the SCTs inside certificates, DNS's
 * EDNS0 payload size in hex (mDNS's registration of the name is hex, DNS's decimal), the
 * stray-text finding of a DNS TXT string and ICMP's bad checksum when only findings are
 * recorded, an X.509 iPAddress under x509ce.iPAddress (tshark adds x509ce.IPAddress.ipv4), a
 * UTF-8 Host in the full URI as U+FFFD, and plain HTTP on TLS's port 443 and TLS behind an HTTP
 * CONNECT missing when only HTTP's or only TLS's fields are recorded (the dissector in between
 * did not run). Pairs name a corpus capture, or a path from the root.
 */
class SingleFieldSessionTest {

    private static final Path DIR = Path.of("src/test/resources/conformance/single-field");

    static Stream<String[]> pairs() throws IOException {
        return Files.readAllLines(DIR.resolve("pairs.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pairs")
    void printsTsharksColumn(String capture, String field) throws IOException {
        Path file = CorpusCasesTest.capture(capture);
        List<String> tshark = Files.readAllLines(DIR.resolve(file.getFileName() + "__" + field + ".tsv"),
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("-r", file.toString(), "-T", "fields",
                "-e", "frame.number", "-e", field);
        assertEquals(0, r.code(), r.err());
        assertEquals(String.join("\n", tshark), String.join("\n", r.out().lines().toList()));
    }
}
