package io.sharkfin.dissect;

import io.sharkfin.capture.Frame;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

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
        com.sun.management.ThreadMXBean bean =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        long sink = 0;
        for (int round = 0; round < 40; round++) {
            for (Frame f : frames) {
                sink += s.dissect(f).entryCount();
            }
        }
        int measured = 0;
        long before = bean.getThreadAllocatedBytes(tid);
        for (int round = 0; round < 40; round++) {
            for (Frame f : frames) {
                sink += s.dissect(f).entryCount();
                measured++;
            }
        }
        long allocated = bean.getThreadAllocatedBytes(tid) - before;
        double perFrame = (double) allocated / measured;
        assertTrue(sink > 0);
        // new UDP conversations and ICMP state are created only while frames are new; after the
        // first rounds every lookup finds its conversation
        assertTrue(perFrame < 1.0, "allocated " + perFrame + " bytes per frame over " + measured
                + " frames");
    }
}
