package io.sharkfin.cli;

import io.sharkfin.dissect.TestCaptures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code -T fields -e text}: each frame's text items in the tree's order, as tshark 4.0.17 printed
 * them for the captures under {@code src/test/resources/fields-text} (a text item added late but
 * drawn early, TCP's "D-SACK Sequence" before "Timestamps", comes first).
 */
class TextFieldTest {

    @ParameterizedTest
    @ValueSource(strings = {"lab-c2-a.pcap", "lab-web-mixed.pcap", "cs-http_google.pcapng", "ja4-tls3.pcapng",
        "ja4-browsers-x509.pcapng", "cs-icmp_traceroute.pcapng", "ppp-four_ipv6_http_streams.pcap",
        "tcpdump-dnssec.pcap"})
    void textItemsPrintAsTsharksDo(String capture) throws IOException {
        String want;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of("src/test/resources/fields-text",
                capture + ".txt.gz")))) {
            want = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CliRun r = CliRun.of("-r", TestCaptures.named(capture).toString(), "-T", "fields", "-e", "frame.number",
                "-e", "text");
        assertEquals(0, r.code(), r.err());
        assertEquals(want, r.out().replace(System.lineSeparator(), "\n"), capture);
    }
}
