package io.sharkfin.cli;

import io.sharkfin.dissect.TestCaptures;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * tshark's letters: {@code -V} prints each selected frame's protocol tree, {@code -v} the version
 * (picocli's standard options had -V for the version, which a tshark user typing -V for packet
 * details would not expect).
 */
class DetailsOutputTest {

    private static final String CAPTURE = "src/test/resources/corpus/captures/lab-c2-a.pcap";

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void capitalVPrintsEachSelectedFramesTree() {
        CliRun r = run("-r", CAPTURE, "-Y", "frame.number <= 3 && dns", "-V");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        // lines of `tshark -r lab-c2-a.pcap -c 1 -V`, word for word
        assertEquals("Frame 1: 99 bytes on wire (792 bits), 99 bytes captured (792 bits)", lines.getFirst());
        for (String tshark : List.of(
                "    Arrival Time: Nov 28, 2026 13:05:07.443724000 UTC",
                "    Type: IPv4 (0x0800)",
                "Internet Protocol Version 4, Src: 127.0.0.2, Dst: 127.0.0.53",
                "    Protocol: UDP (17)",
                "        .0.. .... = Don't fragment: Not set",
                "User Datagram Protocol, Src Port: 50419, Dst Port: 53",
                "    Transaction ID: 0x9a94",
                "    Questions: 1")) {
            assertTrue(lines.contains(tshark), tshark);
        }
        long frames = lines.stream().filter(l -> l.startsWith("Frame ")).count();
        long blanks = lines.stream().filter(String::isEmpty).count();
        assertTrue(frames >= 2 && frames <= 3, frames + " frames");
        assertEquals(frames, blanks, "a blank line after each frame");
        assertTrue(lines.getLast().isEmpty());
    }

    @Test
    void smallVPrintsTheVersion() {
        for (String flag : List.of("-v", "--version")) {
            CliRun r = run(flag);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("sharkfin "), r.out());
            assertTrue(r.out().contains("Wireshark 4.0.17"), r.out());
        }
        CliRun help = run("--help");
        assertTrue(help.out().contains("-V ") && help.out().contains("-v, --version"), help.out());
    }

    @Test
    void itemsWordedByTheirDissectorsReadAsTsharks() {
        // lines of `tshark -n -r cs-http_google.pcapng -Y 'frame.number==1 || frame.number==4' -V`:
        // a SYN with options and a segment with data, in the words of packet-frame/ip/tcp.c
        String google = "src/test/resources/corpus/captures/cs-http_google.pcapng";
        List<String> lines = run("-r", google, "-Y", "frame.number==1 || frame.number==4", "-V").out().lines().toList();
        for (String tshark : List.of(
                "    Interface id: 0 (unknown)",
                "    Frame Length: 66 bytes (528 bits)",
                "    Capture Length: 681 bytes (5448 bits)",
                "    0100 .... = Version: 4",
                "    .... 0101 = Header Length: 20 bytes (5)",
                "    Differentiated Services Field: 0x00 (DSCP: CS0, ECN: Not-ECT)",
                "    Identification: 0x40f2 (16626)",
                "    010. .... = Flags: 0x2, Don't fragment",
                "    Header Checksum: 0x535c [validation disabled]",
                "    [Conversation completeness: Incomplete (0)]",
                "    [Conversation completeness: Incomplete, ESTABLISHED (7)]",
                "    Sequence Number: 0    (relative sequence number)",
                "    [Next Sequence Number: 628    (relative sequence number)]",
                "    Acknowledgment Number: 0",
                "    Acknowledgment Number: 1    (relative ack number)",
                "    1000 .... = Header Length: 32 bytes (8)",
                "    Flags: 0x002 (SYN)",
                "    Flags: 0x018 (PSH, ACK)",
                "    Checksum: 0x0b30 [unverified]",
                "    Options: (12 bytes), Maximum segment size, No-Operation (NOP), Window scale, No-Operation (NOP), "
                        + "No-Operation (NOP), SACK permitted",
                "        TCP Option - Maximum segment size: 1460 bytes",
                "        TCP Option - No-Operation (NOP)",
                "        TCP Option - Window scale: 2 (multiply by 4)",
                "        TCP Option - SACK permitted",
                "    TCP payload (627 bytes)")) {
            assertTrue(lines.contains(tshark), tshark);
        }
        // tshark -n -r cs-dns_lab.pcapng -c 2 -V and ja4-http-empty-useragent.pcap -c 1 -V: DNS's
        // sections and records are text items
        List<String> dns = run("-r", "src/test/resources/corpus/captures/cs-dns_lab.pcapng", "-c", "2", "-V")
                .out().lines().toList();
        for (String tshark : List.of("    Flags: 0x0100 Standard query", "    Flags: 0x8180 Standard query response, No error",
                "    Queries", "        microsoft.com: type A, class IN",
                "    Answers", "        microsoft.com: type A, class IN, addr 104.43.195.251",
                "            Time to live: 302 (5 minutes, 2 seconds)")) {
            assertTrue(dns.contains(tshark), tshark);
        }
        List<String> v6 = run("-r", "src/test/resources/corpus/captures/ja4-http-empty-useragent.pcap", "-c", "1", "-V")
                .out().lines().toList();
        for (String tshark : List.of(
                "    .... 0000 0000 .... .... .... .... .... = Traffic Class: 0x00 (DSCP: CS0, ECN: Not-ECT)",
                "    .... 1010 0100 0101 1100 1111 = Flow Label: 0xa45cf")) {
            assertTrue(v6.contains(tshark), tshark);
        }
        // tshark -n -r ja3-ssl-chrome.pcap -Y frame.number==4 -V: a Client Hello's extensions
        List<String> hello = run("-r", "src/test/resources/corpus/captures/ja3-ssl-chrome.pcap", "-Y", "frame.number==4",
                "-V").out().lines().toList();
        for (String tshark : List.of("        Handshake Protocol: Client Hello", "            Cipher Suites (17 suites)",
                "            Compression Methods (1 method)", "                Renegotiation Info extension",
                "            Extension: server_name (len=20)", "                Server Name Indication extension",
                "                    Server Name: apis.google.com", "                Signature Hash Algorithms (9 algorithms)",
                "                        Signature Hash Algorithm Hash: Unknown (8)",
                "                Elliptic curves point formats (1)", "                Key Share extension")) {
            assertTrue(hello.contains(tshark), tshark);
        }
        // record items of tshark -n -r lab-c2-a.pcap -V, each kind at least once
        List<String> records = run("-r", CAPTURE, "-Y", "tls", "-V").out().lines().toList();
        for (String tshark : List.of("    TLSv1.3 Record Layer: Application Data Protocol: Hypertext Transfer Protocol",
                "    TLSv1.2 Record Layer: Handshake Protocol: Encrypted Handshake Message",
                "    TLSv1.2 Record Layer: Encrypted Alert",
                "    TLSv1.2 Record Layer: Change Cipher Spec Protocol: Change Cipher Spec",
                "    TLSv1.2 Record Layer: Application Data Protocol: Hypertext Transfer Protocol")) {
            assertTrue(records.contains(tshark), tshark);
        }
        assertTrue(hello.contains("    TLSv1 Record Layer: Handshake Protocol: Client Hello"));
        // a TLS 1.2 signature pair no TLS 1.3 scheme names (tshark -n -r lab-c2-a.pcap -V)
        assertTrue(records.contains("                    Signature Algorithm: SHA224 ECDSA (0x0303)"));
        // QUIC's frames, by type (tshark -n -r ja4-tls-sni.pcapng -Y quic -V)
        List<String> quic = run("-r", "src/test/resources/corpus/captures/ja4-tls-sni.pcapng", "-Y", "quic", "-V")
                .out().lines().toList();
        for (String tshark : List.of("    PADDING Length: 30", "    PING", "        Frame Type: PING (0x0000000000000001)",
                "    CRYPTO")) {
            assertTrue(quic.contains(tshark), tshark);
        }
        // tshark -n -r lab-c2-a.pcap -V: its first frame (UDP), and TCP timestamps
        List<String> lab = run("-r", CAPTURE, "-V").out().lines().toList();
        for (String tshark : List.of("    Checksum: 0xfe89 [unverified]", "    UDP payload (57 bytes)",
                "        TCP Option - Timestamps: TSval 1280527071, TSecr 0")) {
            assertTrue(lab.contains(tshark), tshark);
        }
    }

    @Test
    void httpHeadersReadAsTheirLinesAsTsharkDrawsThem() {
        // `tshark -n -r cs-http_google.pcapng -Y frame.number==4 -V`: the request line is a text
        // item holding its parts, each header item reads as its line (a long one cut as tshark
        // cuts it), the line items kept for filters are hidden, the blank line ends the headers
        List<String> lines = run("-r", "src/test/resources/corpus/captures/cs-http_google.pcapng", "-Y",
                "frame.number==4", "-V").out().lines().toList();
        List<String> http = lines.subList(lines.indexOf("Hypertext Transfer Protocol") + 1, lines.size());
        List<String> tshark = List.of(
                "    GET / HTTP/1.1\\r\\n",
                "        Request Method: GET",
                "        Request URI: /",
                "        Request Version: HTTP/1.1",
                "    Host: www.google.com\\r\\n",
                "    User-Agent: Mozilla/5.0 (Windows; U; Windows NT 6.1; en-US; rv:1.9.1.7) Gecko/20091221 Firefox/3.5.7\\r\\n",
                "    Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\\r\\n",
                "    Accept-Language: en-us,en;q=0.5\\r\\n",
                "    Accept-Encoding: gzip,deflate\\r\\n",
                "    Accept-Charset: ISO-8859-1,utf-8;q=0.7,*;q=0.7\\r\\n",
                "    Keep-Alive: 300\\r\\n",
                "    Connection: keep-alive\\r\\n",
                "     [truncated]Cookie: PREF=ID=257913a938e6c248:U=267c896b5f39fb0b:FF=4:LD=en:NR=10:TM=1260730654:LM=1265479336:GM=1:S=h1UBGonTuWU3D23L; NID=31=Z-nhwMjUP63e0tYMTp-3T1igMSPnNS1eM1kN1_DUrnO2zW1cPM4JE3AJec9b_vG-YFibFXszOApfbhBA1BOX4dKx4L8ZDdeiK",
                "        Cookie pair: PREF=ID=257913a938e6c248:U=267c896b5f39fb0b:FF=4:LD=en:NR=10:TM=1260730654:LM=1265479336:GM=1:S=h1UBGonTuWU3D23L",
                "        Cookie pair: NID=31=Z-nhwMjUP63e0tYMTp-3T1igMSPnNS1eM1kN1_DUrnO2zW1cPM4JE3AJec9b_vG-YFibFXszOApfbhBA1BOX4dKx4L8ZDdeiKwqekgP5_kzELtC2mUHx7RHx3PIttcuZ",
                "    \\r\\n");
        assertEquals(tshark, http.stream().filter(l -> !l.contains("Expert Info") && !l.contains("[GET /")
                && !l.contains("Severity level") && !l.contains("[Group") && !l.contains("[Formatted text]")).limit(tshark.size()).toList());
        assertTrue(lines.stream().noneMatch(l -> l.contains("Request line")), "request lines are hidden");
        // a string's control characters are escaped as format_text escapes them: one item, one line
        String all = run("-r", "src/test/resources/corpus/captures/cs-http_google.pcapng", "-V").out();
        assertFalse(all.contains("\r"), "a raw carriage return in the tree");
    }

    @Test
    void hiddenItemsAreLeftOutAndGeneratedOnesBracketedAsTsharkDoes() {
        List<String> lines = run("-r", CAPTURE, "-c", "1", "-V").out().lines().toList();
        // the frame's subtree of `tshark -r lab-c2-a.pcap -c 1 -V`, line for line (the lengths in
        // Wireshark's own words)
        List<String> tsharkFrame = List.of(
                "Frame 1: 99 bytes on wire (792 bits), 99 bytes captured (792 bits)",
                "    Encapsulation type: Ethernet (1)",
                "    Arrival Time: Nov 28, 2026 13:05:07.443724000 UTC",
                "    [Time shift for this packet: 0.000000000 seconds]",
                "    Epoch Time: 1795871107.443724000 seconds",
                "    [Time delta from previous captured frame: 0.000000000 seconds]",
                "    [Time delta from previous displayed frame: 0.000000000 seconds]",
                "    [Time since reference or first frame: 0.000000000 seconds]",
                "    Frame Number: 1",
                "    Frame Length: 99 bytes (792 bits)",
                "    Capture Length: 99 bytes (792 bits)",
                "    [Frame is marked: False]",
                "    [Frame is ignored: False]",
                "    [Protocols in frame: eth:ethertype:ip:udp:dns]");
        List<String> frame = lines.subList(0, lines.indexOf("Ethernet II, Src: 00:00:00:00:00:00, Dst: 00:00:00:00:00:00"));
        assertEquals(tsharkFrame, frame);
        for (String tshark : List.of(
                "        .... ..0. .... .... .... .... = LG bit: Globally unique address (factory default)",
                "    [Header checksum status: Unverified]",
                "    [Checksum Status: Unverified]",
                "    [Stream index: 0]",
                // a text item, generated, with the stream's times under it
                "    [Timestamps]",
                "        [Time since first frame: 0.000000000 seconds]")) {
            assertTrue(lines.contains(tshark), tshark);
        }
        // hidden: ip.addr, ip.src_host, udp.port, eth.dst_resolved, and the second LG bit (eth.lg)
        for (String hidden : List.of("Source or Destination Address", "Source Host", "Source or Destination Port",
                "Destination (resolved)")) {
            assertTrue(lines.stream().noneMatch(l -> l.contains(hidden)), hidden);
        }
        assertEquals(2, lines.stream().filter(l -> l.contains("LG bit")).count(), "one LG bit per address");
    }

    @Test
    void displayedDeltaCountsFromTheLastDisplayedFrame() {
        // tshark -r lab-web-mixed.pcap -Y 'frame.number == 24 || frame.number == 30' -T fields
        // -e frame.number -e frame.time_delta_displayed: the first displayed frame's delta is 0
        CliRun r = run("-r", "src/test/resources/corpus/captures/lab-web-mixed.pcap", "-Y",
                "frame.number == 24 || frame.number == 30", "-T", "fields", "-e", "frame.number",
                "-e", "frame.time_delta_displayed");
        assertEquals("24\t0.000000000\n30\t0.000845000\n", r.out());
    }

    /**
     * Frames recorded with {@code tshark -n -V} under {@code src/test/resources/details}: a
     * {@code CAPTURE.N-M.txt} file is the trees of frames N and M, which sharkfin must print line
     * for line; {@code CAPTURE.all.txt} is every frame's; a {@code CAPTURE.N.part.txt} file is a
     * stretch of frame N's tree that must be in sharkfin's, as it is (the rest of such a frame
     * differs where the README says). A capture is the corpus's, or else one of the tests' own
     * ({@link TestCaptures#named}).
     */
    @Test
    void chosenFramesPrintAsTsharkDoes() throws java.io.IOException {
        List<Path> files = recordings(Path.of("src/test/resources/details"));
        assertTrue(files.size() >= 7, files.toString());
        for (Path f : files) {
            String name = f.getFileName().toString();
            boolean part = name.endsWith(".part.txt");
            String stem = name.substring(0, name.length() - (part ? ".part.txt" : ".txt").length());
            String capture = stem.substring(0, stem.lastIndexOf('.'));
            String frames = stem.substring(stem.lastIndexOf('.') + 1);
            String file = TestCaptures.named(capture).toString();
            CliRun r = frames.equals("all") ? run("-r", file, "-V")
                    : run("-r", file, "-Y", "frame.number == " + frames.replace("-", " || frame.number == "), "-V");
            assertEquals(0, r.code(), r.err());
            String want = Files.readString(f);
            if (part) {
                assertTrue(r.out().contains(want), name + ":\n" + r.out());
            } else {
                assertEquals(want, r.out(), name);
            }
        }
    }

    /**
     * Whole trees of the frames a filter selects, recorded with {@code tshark -n -V -Y FILTER}
     * under {@code src/test/resources/details/filtered} as {@code CAPTURE.FILTER.txt} (a corpus
     * capture, or one of {@code src/test/resources/dissect}): the protocols dissected from the
     * test's own captures (DHCP's options, BOOTP, damaged options) print line for line.
     */
    @Test
    void filteredFramesPrintAsTsharkDoes() throws java.io.IOException {
        List<Path> files = recordings(Path.of("src/test/resources/details/filtered"));
        assertTrue(!files.isEmpty(), files.toString());
        for (Path f : files) {
            String stem = f.getFileName().toString().replaceFirst("\\.txt$", "");
            String capture = stem.substring(0, stem.lastIndexOf('.'));
            String filter = stem.substring(stem.lastIndexOf('.') + 1);
            Path file = TestCaptures.named(capture);
            CliRun r = run("-r", file.toString(), "-Y", filter, "-V");
            assertEquals(0, r.code(), r.err());
            assertEquals(Files.readString(f), r.out(), f.getFileName().toString());
        }
    }

    /** The recorded trees ({@code .txt}) in a directory, in name order. */
    private static List<Path> recordings(Path dir) throws java.io.IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void capitalVGoesWithTheTextOutputOnly() {
        CliRun fields = run("-r", CAPTURE, "-c", "2", "-V", "-T", "fields", "-e", "frame.number");
        assertEquals(0, fields.code(), fields.err());
        assertEquals("1\n2\n", fields.out());
    }
}
