package io.sharkfin.capture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Capture filters compiled by libpcap and applied to frames of real captures select the frames
 * whose outer TCP/UDP port is the one asked for, per tshark's truth columns. Skipped when
 * libpcap cannot be loaded.
 */
class BpfTest {

    @BeforeAll
    static void needsLibpcap() {
        try {
            Bpf.compile("ip", LinkType.ETHERNET, 65535).close();
        } catch (CaptureException e) {
            assumeTrue(false, e.getMessage());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "lab-web-mixed.pcap, tcp port 443, 10, 11",
            "ppp-sll.pcap, udp port 53, 14, 15",
            "cs-dns_lab.pcapng, udp port 53, 14, 15",
            "ppp-pcapng-example.pcapng, tcp port 3306, 10, 11",
            "ppp-four_ipv6_http_streams.pcap, tcp port 80, 10, 11",
            "ja4-http-empty-useragent.pcap, tcp port 9200, 10, 11",
    })
    void filterSelectsTheFramesTsharkSaysHaveThePort(String capture, String filter, int srcColumn, int dstColumn)
            throws Exception {
        String port = filter.substring(filter.lastIndexOf(' ') + 1);
        Set<Long> expected = new TreeSet<>();
        for (String[] row : TestFiles.tsv(TestFiles.CORPUS.resolve("truth").resolve(capture + ".fields.tsv"), true)) {
            if (row[srcColumn].equals(port) || row[dstColumn].equals(port)) {
                expected.add(Long.parseLong(row[0]));
            }
        }
        assertTrue(expected.size() >= 5, "the capture has such frames");
        Set<Long> matched = new TreeSet<>();
        List<Frame> frames = TestFiles.readAll(TestFiles.CORPUS.resolve(capture));
        // one program per link type: ppp-pcapng-example mixes Ethernet and Linux cooked frames
        java.util.Map<Integer, Bpf> programs = new java.util.HashMap<>();
        try {
            for (Frame f : frames) {
                Bpf bpf = programs.get(f.linkType());
                if (bpf == null) {
                    bpf = Bpf.compile(filter, f.linkType(), 262144);
                    programs.put(f.linkType(), bpf);
                }
                if (bpf.matches(f)) {
                    matched.add(f.number());
                }
            }
        } finally {
            programs.values().forEach(Bpf::close);
        }
        assertEquals(expected, matched);
    }

    @Test
    void invalidFilterGivesLibpcapsError() {
        CaptureException e = assertThrows(CaptureException.class,
                () -> Bpf.compile("udp prot 53", LinkType.ETHERNET, 262144));
        assertTrue(e.getMessage().startsWith("Invalid capture filter \"udp prot 53\" for Ethernet.\n\n"
                + "That string isn't a valid capture filter ("), e.getMessage());
        assertTrue(e.getMessage().contains("syntax error"), e.getMessage());
    }

    @Test
    void filterMustSuitTheLinkType() {
        // "ether host" needs an Ethernet-like link layer; raw IP has none
        CaptureException e = assertThrows(CaptureException.class,
                () -> Bpf.compile("ether host 00:11:22:33:44:55", LinkType.RAW, 262144));
        assertEquals("Invalid capture filter \"ether host 00:11:22:33:44:55\" for Raw IP.\n\n"
                + "That string isn't a valid capture filter (ethernet addresses supported only on"
                + " ethernet/FDDI/token ring/802.11/ATM LANE/Fibre Channel).\n"
                + "See the User's Guide for a description of the capture filter syntax.", e.getMessage());
    }
}
