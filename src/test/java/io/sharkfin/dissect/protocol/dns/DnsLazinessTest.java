package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.TestPackets;
import io.sharkfin.dissect.Truncated;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dissector works only for what the session needs: no parsing when no DNS field is wanted,
 * only wanted fields recorded, and little allocation per message when a filter needs one field.
 */
class DnsLazinessTest {

    private static List<Frame> edge() throws IOException {
        return TestCaptures.read(TestCaptures.DNS.resolve("dns-edge.pcap"));
    }

    private static void walk(Packet p, Frame f, TestLowerLayers lower) {
        TestPackets.begin(p, f);
        try {
            lower.walk(p);
        } catch (Truncated t) {
            p.markTruncated(t);
        }
    }

    @Test
    void noDnsFieldWantedMeansNoParsing() throws IOException {
        Packet p = TestPackets.needing(List.of("frame.number"));
        TestLowerLayers lower = new TestLowerLayers();
        int dnsLayers = 0;
        for (Frame f : edge()) {
            walk(p, f, lower);
            assertEquals(0, p.entryCount(), "frame " + f.number());
            assertFalse(p.malformed(), "frame " + f.number() + " was parsed");
            dnsLayers += p.protocols().matches("dns|mdns|llmnr") ? 1 : 0;
        }
        assertTrue(dnsLayers > 100, "the layer is still recorded: " + dnsLayers);
    }

    @Test
    void frameProtocolsAloneParsesButRecordsNoField() throws IOException {
        Packet p = TestPackets.needing(List.of("frame.protocols"));
        TestLowerLayers lower = new TestLowerLayers();
        int malformed = 0;
        for (Frame f : edge()) {
            walk(p, f, lower);
            assertEquals(0, p.entryCount(), "frame " + f.number());
            malformed += p.malformed() ? 1 : 0;
        }
        assertTrue(malformed > 10, "malformed messages are still found: " + malformed);
    }

    @Test
    void onlyWantedFieldsAreRecorded() throws IOException {
        Packet p = TestPackets.needing(List.of("dns.qry.name"));
        int id = p.registry().lookup("dns.qry.name").id();
        TestLowerLayers lower = new TestLowerLayers();
        int names = 0;
        for (Frame f : edge()) {
            walk(p, f, lower);
            for (int e = 0; e < p.entryCount(); e++) {
                assertEquals(id, p.field(e), "frame " + f.number());
                names++;
            }
        }
        assertTrue(names > 150, names + " names");
    }

    /**
     * Dissecting DNS for one numeric field allocates (almost) nothing per message: measured as
     * the difference from the same run with DNS inactive, so that what the framework and the
     * test's lower layers allocate (port-table boxing, buffer views) does not count.
     */
    @Test
    void oneNumericFieldCostsLittleAllocation() throws IOException {
        List<Frame> frames = TestCaptures.read(TestCaptures.CAPTURES.resolve("ppp-DnsPackets.pcap"));
        long withDns = allocatedPerFrame(frames, List.of("dns.flags.rcode"));
        long withoutDns = allocatedPerFrame(frames, List.of("frame.number"));
        assertTrue(withDns - withoutDns < 8, (withDns - withoutDns) + " bytes allocated per frame by DNS");
    }

    private static long allocatedPerFrame(List<Frame> frames, List<String> fields) {
        Packet p = TestPackets.needing(fields);
        TestLowerLayers lower = new TestLowerLayers();
        for (int warm = 0; warm < 30; warm++) {
            for (Frame f : frames) {
                walk(p, f, lower);
            }
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        int rounds = 30;
        for (int i = 0; i < rounds; i++) {
            for (Frame f : frames) {
                walk(p, f, lower);
            }
        }
        return (threads.getCurrentThreadAllocatedBytes() - before) / ((long) rounds * frames.size());
    }
}
