package io.sharkfin.dissect;

import io.sharkfin.capture.Frame;
import io.sharkfin.filter.Filter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Header-only fields cost no allocation per frame once a session has warmed up (design rule:
 * nothing allocated per frame on the hot path). Measured with the JVM's per-thread allocation
 * counter over real frames of several link types.
 */
class AllocationTest {

    private static final List<String> HEADER_FIELDS = List.of("eth.src", "eth.type", "vlan.id",
            "sll.pkttype", "null.family", "ip.src", "ip.dst", "ip.ttl", "ip.proto", "ip.flags.df",
            "ip.checksum.status", "ipv6.src", "ipv6.nxt", "udp.srcport", "udp.port", "udp.length",
            "udp.stream", "icmp.type", "icmp.checksum.status", "icmpv6.type", "arp.opcode");

    @Test
    void headerFieldsAllocateNothingPerFrame() {
        List<Frame> frames = new ArrayList<>();
        for (String capture : List.of("ppp-DnsPackets.pcap", "ppp-VlanPackets.pcap", "ppp-sll.pcap",
                "ja4-http-empty-useragent.pcap", "lab-web-mixed.pcap", "tcpdump-802.1ad_QinQ.pcap")) {
            TestCaptures.read(TestCaptures.CORPUS.resolve(capture)).forEach(f -> frames.add(f.copy()));
        }
        Session s = Session.needing(HEADER_FIELDS);
        long[] sink = new long[1];
        double perFrame = bytesPerFrame(frames, f -> sink[0] += s.dissect(f).entryCount());
        assertTrue(sink[0] > 0);
        // new UDP conversations and ICMP state are created only while frames are new; after the
        // first rounds every lookup finds its conversation
        assertTrue(perFrame < 1.0, "allocated " + perFrame + " bytes per frame over " + frames.size()
                + " frames, " + ROUNDS + " times");
    }

    /**
     * An application-layer filter costs no allocation on frames that never reach the application
     * layer (segments without payload, ARP, ICMP): the dissectors that would read DNS, HTTP or TLS
     * are not entered, and the compiled filter finds no field without allocating.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dns.flags.rcode == 3", "http.user_agent contains \"MSIE\"",
        "tls.handshake.extensions_server_name matches \"\\\\.top$\""})
    void applicationFiltersAllocateNothingOnFramesWithoutApplicationData(String text) throws Exception {
        Filter noPayload = Filter.compile("!(tcp.len > 0) && !udp");
        Session pick = Session.needing(noPayload.fields());
        List<Frame> frames = new ArrayList<>();
        for (String capture : List.of("lab-c2-a.pcap", "lab-web-mixed.pcap", "cs-http_google.pcapng",
                "ja3-ssl-chrome.pcap", "cs-icmp_traceroute.pcapng")) {
            for (Frame f : TestCaptures.read(TestCaptures.CORPUS.resolve(capture))) {
                if (noPayload.test(pick.dissect(f))) {
                    frames.add(f.copy());
                }
            }
        }
        assertTrue(frames.size() > 500, frames.size() + " frames without application data");
        Filter filter = Filter.compile(text);
        Session s = Session.needing(filter.fields());
        long[] matched = new long[1];
        double perFrame = bytesPerFrame(frames, f -> matched[0] += filter.test(s.dissect(f)) ? 1 : 0);
        assertTrue(matched[0] == 0, "no frame without application data matches " + text);
        assertTrue(perFrame < 1.0, text + ": allocated " + perFrame + " bytes per frame over " + frames.size()
                + " frames, " + ROUNDS + " times");
    }

    private static final int ROUNDS = 40;

    /**
     * Bytes this thread allocates per frame doing {@code work} on every frame, {@link #ROUNDS}
     * times, after as many rounds of warm-up (sessions and the JIT settle first).
     */
    private static double bytesPerFrame(List<Frame> frames, Consumer<Frame> work) {
        for (int round = 0; round < ROUNDS; round++) {
            frames.forEach(work);
        }
        com.sun.management.ThreadMXBean bean =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        long before = bean.getThreadAllocatedBytes(tid);
        for (int round = 0; round < ROUNDS; round++) {
            frames.forEach(work);
        }
        return (double) (bean.getThreadAllocatedBytes(tid) - before) / ((long) ROUNDS * frames.size());
    }
}
