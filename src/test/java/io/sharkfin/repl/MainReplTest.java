package io.sharkfin.repl;

import io.sharkfin.cli.Main;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REPL as the command line starts it: {@code sharkfin repl FILE...}, and {@code sharkfin}
 * with no arguments; standard input is not a terminal here, so both run in batch mode. The
 * {@code -T text} output, which shares the summary columns, prints what {@code tshark -n -r} prints.
 */
class MainReplTest {

    private static String[] run(String stdin, String... args) {
        InputStream saved = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
            return new String[] {out.toString(), err.toString(), Integer.toString(status)};
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void replSubcommandRunsBatchModeOnPipedInput() {
        String[] r = run("dns.flags.rcode == 3\n:count\n", "repl", ReplRun.capture("lab-web-mixed.pcap").toString());
        assertTrue(r[0].contains("3 of 329 frames match (0.91%)"), r[0]);
        assertEquals("0", r[2], r[1]);
    }

    @Test
    void helpTeachesWithExamples() {
        String[] r = run("", "repl", "--help");
        assertTrue(r[0].contains("echo ':follow http 3' | sharkfin repl capture.pcapng"), r[0]);
        assertTrue(r[0].contains("printf 'dns\\n:stats dns\\n' | sharkfin repl capture.pcapng"), r[0]);
        assertEquals("0", r[2]);
    }

    @Test
    void noArgumentsOpensTheRepl() {
        String[] r = run(":help\n:open " + ReplRun.capture("ppp-DnsPackets.pcap") + "\n:bogus\n");
        assertTrue(r[0].contains(":why [FILTER]"), r[0]);
        assertTrue(r[0].contains("1: ppp-DnsPackets.pcap, 464 frames"), r[0]);
        assertEquals("1", r[2]);
    }

    @Test
    void textOutputIsTsharks() throws Exception {
        for (String c : List.of("lab-web-mixed.pcap", "ppp-DnsPackets.pcap", "cs-tcp_retransmissions.pcapng",
                "ppp-four_ipv6_http_streams.pcap", "tcpdump-802.1ad_QinQ.pcap", "ja4-browsers-x509.pcapng")) {
            // tshark -n -r CAPTURE, to the character
            String tshark = Files.readString(ReplRun.TSHARK.resolve(c + ".txt"));
            String[] r = run("", "-r", ReplRun.capture(c).toString());
            assertEquals(tshark, r[0], c);
        }
    }

    @Test
    void aFilterKeepsTheColumnsOfTheFramesItShows() throws Exception {
        // the Protocol column of TLS frames names the version negotiated in frames the filter hides
        List<String> tshark = Files.readAllLines(ReplRun.TSHARK.resolve("lab-web-mixed.pcap.txt"));
        String[] r = run("", "-r", ReplRun.capture("lab-web-mixed.pcap").toString(), "-Y", "tls.app_data");
        List<String> shown = r[0].lines().toList();
        assertEquals(tshark.stream().filter(l -> l.contains(" Application Data")).toList(), shown);
    }
}
