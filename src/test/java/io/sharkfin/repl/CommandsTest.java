package io.sharkfin.repl;

import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.repl.view.SavedFilters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every REPL command driven through batch mode, checked against tshark and capinfos (their
 * outputs for the corpus captures are committed under {@code src/test/resources/repl}).
 */
class CommandsTest {

    private static final Path WEB = ReplRun.capture("lab-web-mixed.pcap");
    private static final Path DNS = ReplRun.capture("ppp-DnsPackets.pcap");

    @TempDir
    Path tmp;

    @Test
    void openAddsACaptureAndUseSwitches() {
        ReplRun r = ReplRun.of(":open " + DNS + "\n:use\ndns\n:use 1\n:use\ndns\n:use 3\n", WEB);
        List<String> lines = r.lines();
        assertEquals("2: ppp-DnsPackets.pcap, 464 frames", lines.get(0));
        assertTrue(lines.get(1).startsWith("  1: lab-web-mixed.pcap, 329 frames"), lines.get(1));
        assertTrue(lines.get(2).startsWith("* 2: ppp-DnsPackets.pcap, 464 frames"), lines.get(2));
        // tshark: 428 dns frames in ppp-DnsPackets.pcap, 28 in lab-web-mixed.pcap
        assertTrue(r.out().contains("428 of 464 frames match"), r.out());
        assertTrue(r.out().contains("* 1: lab-web-mixed.pcap"), r.out());
        assertTrue(r.out().contains("28 of 329 frames match"), r.out());
        assertEquals(1, r.status());
        assertEquals("sharkfin: no capture 3 (2 open; :use lists them)\n", r.err());
    }

    @Test
    void openReportsWhatIsWrongWithAFile() {
        ReplRun r = ReplRun.of(":open " + ReplRun.CAPTURES.resolve("README.md") + "\n:open\n");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("isn't a capture file in a format TShark understands"), r.err());
        assertTrue(r.err().contains("usage: :open FILE"), r.err());
    }

    @Test
    void infoSaysWhatCapinfosSays() throws Exception {
        List<String> ours = ReplRun.of(":info\n", WEB).lines();
        List<String> capinfos = ReplRun.expected("capinfos-lab-web-mixed.txt").lines().toList();
        for (String label : List.of("Number of packets:", "File size:", "Data size:", "Capture duration:",
                "First packet time:", "Last packet time:", "Data byte rate:", "Data bit rate:",
                "Average packet size:", "Average packet rate:", "Strict time order:")) {
            assertEquals(line(capinfos, label), line(ours, label), label);
        }
        assertEquals("File encapsulation:  Ethernet", line(ours, "File encapsulation:"));
        assertEquals("File type:           pcap", line(ours, "File type:"));
    }

    private static String line(List<String> lines, String label) {
        return lines.stream().filter(l -> l.startsWith(label)).findFirst().orElse("(no " + label + ")");
    }

    @Test
    void fieldsListsNamesWithTypeAndTitle() {
        ReplRun r = ReplRun.of(":fields ip.flags\n:fields no.such.field\n");
        List<String> lines = r.lines();
        assertTrue(lines.get(0).matches("Field +Type +Title"), lines.get(0));
        assertTrue(lines.contains("ip.flags       FT_UINT8    Flags"), r.out());
        assertTrue(lines.contains("ip.flags.df    FT_BOOLEAN  Don't fragment"), r.out());
        assertTrue(lines.contains("ip.flags.sf *  FT_BOOLEAN  Security flag"), r.out());
        assertTrue(r.out().contains("5 fields; * = known to Wireshark, not dissected by sharkfin"), r.out());
        assertEquals("sharkfin: no field starts with \"no.such.field\"\n", r.err());
        // a name one edit from a known one: the nearest, as under a filter's error
        assertEquals("sharkfin: no field starts with \"tcp.prot\"\nDid you mean tcp.port?\n",
                ReplRun.of(":fields tcp.prot\n").err());
    }

    @Test
    void showPrintsTheTreeLikeTsharkV() {
        List<String> ours = ReplRun.of(":show 1\n", WEB).lines().stream()
                .map(l -> l.replaceFirst("  \\[[^\\]]+\\]$", "")).toList();
        // lines of `tshark -V -Y frame.number==1` that sharkfin's tree has word for word
        for (String tshark : List.of(
                "Frame 1: 99 bytes on wire (792 bits), 99 bytes captured (792 bits)",
                "    Arrival Time: Nov 28, 2026 13:04:58.951262000 UTC",
                "    Type: IPv4 (0x0800)",
                "Internet Protocol Version 4, Src: 127.0.0.2, Dst: 127.0.0.53",
                "    Total Length: 85",
                "    Time to Live: 64",
                "    Protocol: UDP (17)",
                "        .... ..00 = Explicit Congestion Notification: Not ECN-Capable Transport (0)",
                "        .0.. .... = Don't fragment: Not set",
                "User Datagram Protocol, Src Port: 58758, Dst Port: 53",
                "    Source Port: 58758",
                "    Transaction ID: 0x407e",
                "        0... .... .... .... = Response: Message is a query")) {
            assertTrue(ours.contains(tshark), () -> "missing: " + tshark + "\n" + String.join("\n", ours));
        }
    }

    @Test
    void showNamesEachField() {
        ReplRun r = ReplRun.of(":show 3\n:show 2\n:show 999\n:show x\n", WEB);
        assertTrue(r.out().contains("    Time to Live: 64  [ip.ttl]"), r.out());
        // frame 3 then frame 2: going back dissects from the start again
        assertTrue(r.out().contains("Frame 3: ") && r.out().contains("Frame 2: "), r.out());
        assertTrue(r.out().contains("Frame Number: 2  [frame.number]"), r.out());
        assertEquals("sharkfin: there is no frame 999\nsharkfin: usage: :show N\n", r.err());
    }

    @Test
    void showKeepsStateAcrossFramesLikeTshark() {
        // tshark -Y frame.number==89 -e tcp.stream -e tcp.seq -e tcp.analysis.acks_frame: 6, 1, 88;
        // each needs the frames before (stream numbering, relative sequence, the segment acknowledged)
        ReplRun r = ReplRun.of(":show 89\n", WEB);
        // generated items in brackets, as tshark draws them
        assertTrue(r.out().contains("    [Stream index: 6]  [tcp.stream]"), r.out());
        assertTrue(r.out().contains("    Sequence Number: 1    (relative sequence number)  [tcp.seq]"), r.out());
        assertTrue(r.out().contains("[This is an ACK to the segment in frame: 88]  [tcp.analysis.acks_frame]"), r.out());
        // hidden items (tshark leaves them out) stay in :show, marked: they are what filters use
        assertTrue(r.out().contains("    Source or Destination Port: 80  [tcp.port, hidden]"), r.out());
        // HTTP's line items of named headers are hidden ones, their \r\n escaped as in the tree
        ReplRun http = ReplRun.of(":show 4\n", Path.of("src/test/resources/corpus/captures/cs-http_google.pcapng"));
        assertTrue(http.out().contains("    Host: www.google.com\\r\\n  [http.host]\n"
                + "    Request line: Host: www.google.com\\r\\n  [http.request.line, hidden]\n"), http.out());
    }

    @Test
    void hexIsTsharkX() throws Exception {
        for (int n : new int[] {1, 20, 97}) {
            String expected = ReplRun.expected("hex-" + n + "-lab-web-mixed.txt");
            assertEquals(expected.strip(), ReplRun.of(":hex " + n + "\n", WEB).out().strip(), "frame " + n);
        }
        assertEquals("sharkfin: there is no frame 330\n", ReplRun.of(":hex 330\n", WEB).err());
        // a frame that completes an HTTP response: its bytes, the reassembled response and the
        // body unzipped, each under its name, as -x (HexOutputTest: as tshark -x) prints them
        Path google = Path.of("src/test/resources/corpus/captures/cs-http_google.pcapng");
        String x = io.sharkfin.cli.CliRun.of("-r", google.toString(), "-x", "-Y", "frame.number == 12").out();
        String hex = ReplRun.of(":hex 12\n", google).out();
        assertEquals(x.strip(), hex.strip());
        assertTrue(hex.contains("Uncompressed entity body (11308 bytes):"), hex);
    }

    @Test
    void followIsTsharkFollow() throws Exception {
        String[][] cases = {
            {"tcp 1", "lab-web-mixed.pcap", "follow-tcp-1-lab-web-mixed.txt"},
            {"udp 0", "lab-web-mixed.pcap", "follow-udp-0-lab-web-mixed.txt"},
            {"tcp 0", "cs-tcp_retransmissions.pcapng", "follow-tcp-0-cs-tcp_retransmissions.txt"},
            {"tcp 2", "ppp-four_ipv6_http_streams.pcap", "follow-tcp-2-ppp-four_ipv6_http_streams.txt"},
            {"tcp 0", "cs-http_post.pcapng", "follow-tcp-0-cs-http_post.txt"}};
        for (String[] c : cases) {
            ReplRun r = ReplRun.of(":follow " + c[0] + "\n", ReplRun.capture(c[1]));
            assertEquals(ReplRun.expected(c[2]), r.out(), c[1] + " " + c[0]);
        }
    }

    @Test
    void followInEachModeIsWhatTheCommandLinesZFollowPrints() throws Exception {
        // -z follow is held to tshark's output on every test capture (StatisticsTest)
        for (String mode : List.of("hex", "raw", "yaml", "ascii")) {
            ReplRun r = ReplRun.of(":follow tcp 1 " + mode + "\n", ReplRun.capture("lab-web-mixed.pcap"));
            io.sharkfin.cli.CliRun z = io.sharkfin.cli.CliRun.of("-r", ReplRun.capture("lab-web-mixed.pcap").toString(),
                    "-q", "-z", "follow,tcp," + mode + ",1");
            assertEquals(z.out(), r.out(), mode);
        }
        assertTrue(ReplRun.of(":follow http 1 hex\n", ReplRun.capture("lab-web-mixed.pcap")).err().contains("ascii only"));
    }

    @Test
    void followHttpIsTsharkFollowHttp() throws Exception {
        // tshark -z follow,http,ascii,N: header blocks as sent, bodies de-chunked and decompressed
        String[][] cases = {
            {"1", "lab-web-mixed.pcap", "follow-http-1-lab-web-mixed.txt"},
            {"0", "cs-http_google.pcapng", "follow-http-0-cs-http_google.txt"},
            {"0", "cs-http_post.pcapng", "follow-http-0-cs-http_post.txt"},
            {"46", "ja4-http1.pcapng", "follow-http-46-ja4-http1.txt"},
            {"0", "ppp-four_ipv6_http_streams.pcap", "follow-http-0-ppp-four_ipv6_http_streams.txt"},
            // a brotli body, decoded
            {"0", "src/test/resources/repl/http-brotli.pcap", "follow-http-0-http-brotli.txt"}};
        for (String[] c : cases) {
            Path capture = c[1].contains("/") ? Path.of(c[1]) : ReplRun.capture(c[1]);
            ReplRun r = ReplRun.of(":follow http " + c[0] + "\n", capture);
            assertEquals(ReplRun.expected(c[2]), r.out(), c[1] + " http " + c[0]);
            assertEquals("", r.err(), c[1]);
        }
    }

    @Test
    void followHttpSaysWhichBodyItCannotDecode() throws Exception {
        // a corrupt gzip body: tshark leaves it out, and so does sharkfin, saying why
        Path messages = Path.of("src/test/resources/http/synthetic/http-messages.pcap");
        ReplRun r = ReplRun.of(":follow http 5\n", messages);
        assertEquals(ReplRun.expected("follow-http-5-http-messages.txt"), r.out());
        assertEquals("sharkfin: warning: frame 69: body not shown: Content-Encoding gzip did not decode (corrupt or cut short)\n",
                r.err());
        assertEquals(0, r.status());
        // brotli bodies corrupt or followed by other bytes, and a coding nobody decodes
        ReplRun br = ReplRun.of(":follow http 0\n", Path.of("src/test/resources/http/synthetic/http-brotli.pcap"));
        assertEquals("""
                sharkfin: warning: frame 11: body not shown: Content-Encoding br did not decode (corrupt or cut short)
                sharkfin: warning: frame 13: body not shown: Content-Encoding br did not decode (corrupt or cut short)
                sharkfin: warning: frame 17: body not shown: Content-Encoding zstd is not decoded (gzip, deflate and br are)
                """, br.err());
        assertTrue(br.out().contains("{\"beacon\": {\"interval\": 5, \"jitter\": 0.2}}\n"), br.out());
    }

    @Test
    void followOfAStreamThatIsNotThereIsAnError() {
        // tcp stream 0 of lab-web-mixed.pcap is DNS over TCP
        ReplRun r = ReplRun.of(":follow http 0\n:follow http 999\n:follow tcp 999\n:follow sctp 1\n", WEB);
        assertEquals("sharkfin: tcp stream 0 carries no HTTP message\nsharkfin: there is no tcp stream 999\n"
                + "sharkfin: there is no tcp stream 999\nsharkfin: usage: :follow tcp|udp|http STREAM\n", r.err());
    }

    @Test
    void explainShowsTheCompilersWork() {
        ReplRun r = ReplRun.of(":explain tcp.port == 443\ndns\n:explain\n", WEB);
        assertTrue(r.out().contains("Syntax tree (checked):"), r.out());
        assertTrue(r.out().contains("Fields read:\n tcp.port <FT_UINT16>"), r.out());
        assertTrue(r.out().contains("Filter:\n dns\n"), "no argument: the last filter\n" + r.out());
    }

    @Test
    void whyCountsEachPartAlone() {
        // counts from tshark -Y: 'dns && tcp' 2, 'dns' 28, 'tcp' 293
        ReplRun r = ReplRun.of(":why dns && tcp\n", WEB);
        List<String> lines = r.lines();
        assertEquals("        2    0.61%  dns && tcp", lines.get(1));
        assertEquals("       28    8.51%  ├─ dns", lines.get(2));
        assertEquals("      293   89.06%  └─ tcp", lines.get(3));
        assertTrue(r.out().contains("Broadest part: tcp matches 293 frames (89.06%) alone."), r.out());
    }

    @Test
    void whyCountsDisplayedDeltaFromEachPartsOwnMatches() {
        // tshark -Y: 'dns && frame.time_delta_displayed < 0.1' 28, 'dns' 28,
        // 'frame.time_delta_displayed < 0.1' 36 (each counts from its own last match)
        ReplRun r = ReplRun.of(":why dns && frame.time_delta_displayed < 0.1\n", WEB);
        List<String> lines = r.lines();
        assertEquals("       28    8.51%  dns && frame.time_delta_displayed < 0.1", lines.get(1));
        assertEquals("       28    8.51%  ├─ dns", lines.get(2));
        assertEquals("       36   10.94%  └─ frame.time_delta_displayed < 0.1", lines.get(3));
    }

    @Test
    void whySaysWhichPartRemovedTheFrames() {
        ReplRun r = ReplRun.of(":why (udp || icmp) && dns.qry.name == \"nope\" && !(frame.len > 10)\n", WEB);
        List<String> lines = r.lines();
        // tshark: udp 26, icmp 7, udp||icmp 32 (an ICMP error quotes UDP), frame.len > 10: 329
        assertTrue(lines.contains("       32    9.73%  │  ├─ udp || icmp"), r.out());
        assertTrue(lines.contains("       26    7.90%  │  │  ├─ udp"), r.out());
        assertTrue(lines.contains("        7    2.13%  │  │  └─ icmp"), r.out());
        assertTrue(lines.contains("      329  100.00%     └─ frame.len > 10"), r.out());
        assertTrue(r.out().contains("  • dns.qry.name == \"nope\" matches no frame."), r.out());
        assertTrue(r.out().contains("      dns.qry.name occurs in 28 frames; values seen: www.example.test (8)"), r.out());
        assertTrue(r.out().contains("  • frame.len > 10 matches every frame (329 of 329), so !(frame.len > 10) matches none."),
                r.out());
    }

    @Test
    void whyOfAFieldThatNeverOccurs() {
        ReplRun r = ReplRun.of(":why tcp && sctp\n", WEB);
        assertTrue(r.out().contains("  • sctp matches no frame.\n      sctp is not dissected by sharkfin: it never occurs"),
                r.out());
    }

    @Test
    void whyOfBothSidesMatchingButNeverTogether() {
        ReplRun r = ReplRun.of(":why udp and tcp\n", WEB);
        assertTrue(r.out().contains("  • udp (26 frames) and tcp (293 frames) each match alone, but never in the same frame"),
                r.out());
    }

    @Test
    void countWaitsForTheLastFilterOrCountsOne() {
        ReplRun r = ReplRun.of(":count\ntcp\n:count\n:count udp\n", WEB);
        List<String> counts = r.lines().stream().filter(l -> l.contains(" frames match")).toList();
        assertTrue(counts.get(0).startsWith("329 of 329 frames match (100.00%)"), counts.get(0));
        assertTrue(counts.get(1).startsWith("293 of 329 frames match (89.06%)"), counts.get(1));
        assertTrue(counts.get(2).startsWith("293 of 329 frames match (89.06%)"), counts.get(2));
        assertTrue(counts.get(3).startsWith("26 of 329 frames match (7.90%)"), counts.get(3));
        assertEquals(4, counts.size());
    }

    /**
     * Counts run with the filter's sieve (frames it rejects from their headers are not
     * dissected): the totals are still every frame read, the matches tshark's (6 and 283 frames
     * with tshark 4.0.17).
     */
    @Test
    void sievedCountsAreTsharks() {
        ReplRun r = ReplRun.of(":count udp.port == 53 && !(ip.addr == 127.0.0.53)\n:count tcp.port in {80, 443}\n", WEB);
        List<String> counts = r.lines().stream().filter(l -> l.contains(" frames match")).toList();
        assertEquals(2, counts.size(), r.out());
        assertTrue(counts.get(0).startsWith("6 of 329 frames match"), counts.get(0));
        assertTrue(counts.get(1).startsWith("283 of 329 frames match"), counts.get(1));
    }

    @Test
    void protocolHierarchyIsTsharks() throws Exception {
        assertEquals(ReplRun.expected("phs-ppp-DnsPackets.txt").stripLeading(),
                ReplRun.of(":stats protocols\n", DNS).out());
        assertEquals(ReplRun.expected("phs-dns-cs-dns_lab.txt").stripLeading(),
                ReplRun.of("dns\n:stats protocols\n", ReplRun.capture("cs-dns_lab.pcapng")).out()
                        .replaceFirst("(?s)^.*?frames match[^\n]*\n", ""));
    }

    @Test
    void expertFindingsAndDestinationsAreTheCliStatistics() {
        // the CLI's -z output, which ExpertStatisticTest and StatisticsTest hold to tshark's
        String capture = ReplRun.capture("lab-c2-a.pcap").toString();
        String expert = io.sharkfin.cli.CliRun.of("-r", capture, "-q", "-z", "expert").out().stripLeading();
        assertTrue(expert.startsWith("Warns (4)\n"), expert);
        assertEquals(expert, ReplRun.of(":stats expert\n", ReplRun.capture("lab-c2-a.pcap")).out());
        String dests = io.sharkfin.cli.CliRun.of("-r", capture, "-q", "-z", "dests,tree").out().stripLeading();
        assertEquals(dests, ReplRun.of(":stats dests\n", ReplRun.capture("lab-c2-a.pcap")).out());
    }

    @Test
    void credentialsAreTheCliStatisticOverTheMatches() {
        java.nio.file.Path ftp = java.nio.file.Path.of("src/test/resources/dissect/ftp.pcapng");
        String all = io.sharkfin.cli.CliRun.of("-r", ftp.toString(), "-q", "-z", "credentials").out();
        assertTrue(all.contains("\n337        FTP              ftp              Username in packet: 333"), all);
        assertEquals(all, ReplRun.of(":stats credentials\n", ftp).out());
        // over the matches: a PASS whose USER the filter left out has no user to show
        String passOnly = ReplRun.of("ftp.request.command == \"PASS\"\n:stats creds\n", ftp).out();
        assertFalse(passOnly.contains("Username in packet"), passOnly);
    }

    @Test
    void conversationsAndEndpointsCountLikeTshark() throws Exception {
        String conv = ReplRun.of(":stats conv\n", WEB).out();
        for (String row : ReplRun.expected("conv-lab-web-mixed.tsv").lines().toList()) {
            String[] f = row.split("\t");
            // either orientation: A is the first address seen
            String ab = f[0] + " +" + f[1] + " +" + f[2] + " +" + f[3] + " ";
            String ba = f[1] + " +" + f[0] + " +" + f[2] + " +" + f[3] + " ";
            assertTrue(conv.lines().anyMatch(l -> l.matches(ab + ".*") || l.matches(ba + ".*")), row + "\n" + conv);
        }
        String ep = ReplRun.of(":stats endpoints\n", WEB).out();
        for (String row : ReplRun.expected("endpoints-lab-web-mixed.tsv").lines().toList()) {
            String[] f = row.split("\t");
            long frames = Long.parseLong(f[1]) + Long.parseLong(f[3]);
            long bytes = Long.parseLong(f[2]) + Long.parseLong(f[4]);
            String want = f[0] + " +" + frames + " +" + bytes + " +" + f[1] + " +" + f[2] + " +" + f[3] + " +" + f[4];
            assertTrue(ep.lines().anyMatch(l -> l.matches(want.replace(".", "\\."))), row + "\n" + ep);
        }
    }

    @Test
    void dnsStatisticsCountFramesPerValue() {
        // tshark -Y 'dns.flags.response == 1' -T fields -e dns.qry.name | sort | uniq -c:
        // 13 responses, www.example.test 3, example.test 2, the others 1
        ReplRun r = ReplRun.of("dns.flags.response == 1\n:stats dns\n", WEB);
        assertTrue(r.out().contains("DNS statistics over frames matching 'dns.flags.response == 1': 13 frames with dns"),
                r.out());
        assertTrue(r.out().contains("Response codes (dns.flags.rcode): 2 of 2 values\n  Frames  Value\n"
                + "      10  No error (0)\n       3  No such name (3)"), r.out());
        assertTrue(r.out().contains("Query names (dns.qry.name): 10 of 10 values\n  Frames  Value\n"
                + "       3  www.example.test\n       2  example.test\n       1  10.0.0.127.in-addr.arpa\n"), r.out());
    }

    @Test
    void httpStatisticsCountLikeTsharksHttpTree() {
        // tshark -q -z http,tree: 28 HTTP packets, requests GET 11, PUT 1, POST 1, HEAD 1, responses
        // 200 10, 301/403/404/405 1 each; -Y http.request -e http.host: www 9, shop 3, cdn 1, news 1
        String out = ReplRun.of(":stats http\n:stats\n", WEB).out();
        assertTrue(out.startsWith("HTTP statistics: 28 frames with http\n"), out);
        assertTrue(out.contains("Request methods (http.request.method): 4 of 4 values\n  Frames  Value\n"
                + "      11  GET\n       1  HEAD\n       1  POST\n       1  PUT\n"), out);
        assertTrue(out.contains("      10  200\n       1  301\n       1  403\n       1  404\n       1  405\n"), out);
        assertTrue(out.contains("       9  www.example.test\n       3  shop.example.test\n       1  cdn.example.test\n"
                + "       1  news.example.test\n"), out);
        // lab-c2-a.pcap: 24 HTTP packets, 12 GET, 12 200 OK; hosts news 11, qagio7jq5oqf.top 1
        String c2 = ReplRun.of(":stats http\n", ReplRun.capture("lab-c2-a.pcap")).out();
        assertTrue(c2.startsWith("HTTP statistics: 24 frames with http\n"), c2);
        assertTrue(c2.contains("      11  news.example.test\n       1  qagio7jq5oqf.top\n"), c2);
        assertTrue(c2.contains("      12  GET\n") && c2.contains("      12  200\n"), c2);
    }

    @Test
    void tlsStatisticsCountLikeTshark() {
        // tshark -Y tls: 67 frames; -Y tls.handshake.type==N | wc -l: 1 and 2: 9, 11/12/14/16: 4;
        // -Y tls.handshake.type==2 -e tls.handshake.ciphersuite: 0x1302 5, 0xc030 3, 0xc02c 1
        String out = ReplRun.of(":stats tls\n", WEB).out();
        assertTrue(out.startsWith("TLS statistics: 67 frames with tls\n"), out);
        assertTrue(out.contains("       9  Client Hello (1)\n       9  Server Hello (2)\n       4  Certificate (11)\n"
                + "       4  Client Key Exchange (16)\n       4  Server Hello Done (14)\n       4  Server Key Exchange (12)\n"),
                out);
        assertTrue(out.contains("Cipher suites chosen by servers, in Server Hellos (tls.handshake.ciphersuite): 3 of 3 values\n"
                + "  Frames  Value\n       5  TLS_AES_256_GCM_SHA384 (0x1302)\n"
                + "       3  TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 (0xc030)\n"
                + "       1  TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384 (0xc02c)\n"), out);
        // ja3-ssl-chrome.pcap: one New Session Ticket (4), which the SSLv2 names would call Server Hello
        String chrome = ReplRun.of(":stats tls\n", ReplRun.capture("ja3-ssl-chrome.pcap")).out();
        assertTrue(chrome.contains("       1  New Session Ticket (4)\n"), chrome);
        // lab-c2-a.pcap: SNI qagio7jq5oqf.top in 24 frames, www.example.test in 22 (tshark -e ... | uniq -c)
        String c2 = ReplRun.of(":stats tls\n", ReplRun.capture("lab-c2-a.pcap")).out();
        assertTrue(c2.startsWith("TLS statistics: 368 frames with tls\n"), c2);
        assertTrue(c2.contains("      24  qagio7jq5oqf.top\n      22  www.example.test\n"), c2);
    }

    @Test
    void showNamesTlsHandshakeTypesAsTls() {
        // tshark -V -Y frame.number==172: "Handshake Type: Server Hello (2)"
        String out = ReplRun.of(":show 172\n", WEB).out();
        assertTrue(out.contains(": Server Hello (2)  [tls.handshake.type]"), out);
    }

    @Test
    void statsWithoutAKindIsAUsageError() {
        assertEquals("sharkfin: usage: :stats conv|endpoints|protocols|dns|http|tls|expert|dests|credentials\n", ReplRun.of(":stats\n", WEB).err());
    }

    @Test
    void writeCopiesTheMatchesToPcapng() throws Exception {
        Path out = tmp.resolve("dns.pcapng");
        ReplRun r = ReplRun.of("dns\n:write " + out + "\n", WEB);
        assertTrue(r.out().contains("wrote 28 frames to " + out), r.out());
        List<Long> times = new ArrayList<>();
        try (CaptureReader reader = CaptureFiles.open(out)) {
            assertEquals("pcapng", reader.format());
            for (Frame f : reader) {
                times.add(f.timestampNanos());
            }
        }
        assertEquals(28, times.size());
        // the frames keep their time stamps: the first DNS frame is the capture's first frame
        assertEquals(1795871098951262000L, times.get(0));
        ReplRun again = ReplRun.of("dns.qry.name == \"www.example.test\"\n", out);
        assertTrue(again.out().contains("8 of 28 frames match"), again.out());
    }

    @Test
    void saveKeepsTheFilterInAPack() throws Exception {
        Path pack = tmp.resolve("filters").resolve("saved.yaml");
        ReplRun r = ReplRun.saving(pack, "dns.flags.rcode == 3\n:save nxdomain DNS names that do not exist\n"
                + "tcp.port == 443\n:save tls-port\n:save nxdomain Replaced title\n:save bad/id\n:save Bad Name!\n", WEB);
        assertTrue(r.out().contains("saved nxdomain in " + pack + ": dns.flags.rcode == 3"), r.out());
        assertTrue(r.out().contains("replaced nxdomain in " + pack + ": tcp.port == 443"), r.out());
        assertEquals(1, r.status());
        List<Map<String, Object>> rules = new SavedFilters(pack).rules();
        assertEquals(2, rules.size());
        assertEquals(Map.of("id", "nxdomain", "title", "Replaced title", "filter", "tcp.port == 443"), rules.get(0));
        assertEquals(Map.of("id", "tls-port", "title", "tls-port", "filter", "tcp.port == 443"), rules.get(1));
        String yaml = Files.readString(pack);
        assertTrue(yaml.contains("name: saved\n") && yaml.contains("rules:\n"), yaml);
        assertTrue(yaml.contains("rules:\n  - id: nxdomain\n    title: Replaced title\n    filter: tcp.port == 443\n"), yaml);
        // an id a pack would refuse is refused here, with the id it would take
        assertTrue(r.err().contains("usage: :save NAME [TITLE] (NAME, a pack's rule id: lower-case letters, digits,"
                + " '.', '_', '-', e.g. bad)"), r.err());
        io.sharkfin.cli.CliRun lint = io.sharkfin.cli.CliRun.of("pack", "lint", pack.toString());
        assertEquals(0, lint.code(), lint.out() + lint.err());
    }

    @Test
    void saveNeedsAFilter() {
        ReplRun r = ReplRun.saving(tmp.resolve("s.yaml"), ":save x\n", WEB);
        assertEquals("sharkfin: no filter to save: run one first\n", r.err());
    }

    @Test
    void timeReportsCompileAndScan() {
        ReplRun r = ReplRun.of(":time dns\n", WEB);
        List<String> lines = r.lines();
        assertEquals("filter:  dns", lines.get(0));
        assertTrue(lines.get(1).matches("compile: \\d+\\.\\d{3} ms \\(median of 15\\)"), lines.get(1));
        assertTrue(lines.get(2).matches("scan: +\\d+\\.\\d{3} s for 329 frames \\(\\d+ frames/s\\), 28 matches"), lines.get(2));
    }

    @Test
    void everyExampleHelpGivesRuns() throws Exception {
        StringBuilder script = new StringBuilder();
        for (Command.Example e : HelpCommand.FILTER_EXAMPLES) {
            script.append(e.line()).append('\n');
        }
        for (Command c : Commands.all()) {
            assertFalse(c.examples().isEmpty(), ":" + c.name() + " has no example");
            for (Command.Example e : c.examples()) {
                String line = e.line()
                        .replace("other.pcapng", DNS.toString())
                        .replace("matches.pcapng", tmp.resolve("matches.pcapng").toString())
                        .replace(":export http objects", ":export http " + tmp.resolve("objects"))
                        .replace(":export imf mail", ":export imf " + tmp.resolve("mail"));
                if (!c.name().equals("quit")) {
                    script.append(line).append('\n');
                }
            }
        }
        ReplRun r = ReplRun.saving(tmp.resolve("filters").resolve("saved.yaml"), script.toString(), WEB);
        assertEquals("", r.err(), script.toString());
        assertEquals(0, r.status());
        assertTrue(Files.exists(tmp.resolve("matches.pcapng")));
    }

    @Test
    void helpListsEveryCommand() {
        ReplRun r = ReplRun.of(":help\n:help why\n:help nope\n");
        for (Command c : Commands.all()) {
            assertTrue(r.out().contains(":" + c.name()), c.name());
        }
        assertTrue(r.out().contains(":why [FILTER]\n    count each sub-expression"), r.out());
        assertTrue(r.out().contains("Examples:\n  :why dns && tcp  how many frames each part matches alone\n"), r.out());
        assertTrue(r.out().contains("  dns.flags.rcode == 3"), r.out());
        assertEquals("sharkfin: unknown command nope (:help lists them)\n", r.err());
    }
}
