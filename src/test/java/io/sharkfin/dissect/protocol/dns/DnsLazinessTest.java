package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import org.junit.jupiter.api.Test;

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

    private static List<Frame> edge() {
        return TestCaptures.read(DnsRun.DNS.resolve("dns-edge.pcap"));
    }

    /**
     * With a UDP field wanted the layers up to UDP run, but DNS does not: none of the capture's
     * malformed messages is found, and no DNS layer is entered.
     */
    @Test
    void noDnsFieldWantedMeansNoParsing() {
        Session s = Session.needing(List.of("udp.srcport"));
        int srcport = s.registry().lookup("udp.srcport").id();
        int udpFrames = 0;
        for (Frame f : edge()) {
            Packet p = TestCaptures.dissect(s, f);
            for (int e = 0; e < p.entryCount(); e++) {
                assertEquals(srcport, p.field(e), "frame " + f.number());
            }
            assertFalse(p.malformed(), "frame " + f.number() + " was parsed");
            assertFalse(p.protocols().matches(".*\\b(dns|mdns|llmnr)\\b.*"), "frame " + f.number());
            udpFrames += p.has(srcport) ? 1 : 0;
        }
        assertTrue(udpFrames > 100, "the layers below ran: " + udpFrames);
    }

    @Test
    void frameProtocolsAloneParsesButRecordsNoField() {
        Session s = Session.needing(List.of("frame.protocols"));
        int protocols = s.registry().lookup("frame.protocols").id();
        int malformed = 0;
        int dnsLayers = 0;
        for (Frame f : edge()) {
            Packet p = TestCaptures.dissect(s, f);
            assertEquals(1, p.entryCount(), "frame " + f.number());
            assertEquals(protocols, p.field(0), "frame " + f.number());
            malformed += p.malformed() ? 1 : 0;
            dnsLayers += p.protocols().matches(".*\\b(dns|mdns|llmnr)\\b.*") ? 1 : 0;
        }
        assertTrue(malformed > 10, "malformed messages are still found: " + malformed);
        assertTrue(dnsLayers > 100, "the layers are recorded: " + dnsLayers);
    }

    @Test
    void onlyWantedFieldsAreRecorded() {
        Session s = Session.needing(List.of("dns.qry.name"));
        int id = s.registry().lookup("dns.qry.name").id();
        int names = 0;
        for (Frame f : edge()) {
            Packet p = TestCaptures.dissect(s, f);
            for (int e = 0; e < p.entryCount(); e++) {
                assertEquals(id, p.field(e), "frame " + f.number());
                names++;
            }
        }
        assertTrue(names > 150, names + " names");
    }
    /**
     * A session wanting only header fields gets the same values as one that parses everything,
     * but the sections are not read: messages whose records are broken are not found malformed
     * (nothing such a session records could show it; only a cut header is), while wanting a
     * name finds them.
     */
    @Test
    void headerFieldsAloneSkipTheSections() {
        List<String> header = List.of("dns.id", "dns.flags.rcode", "dns.count.answers");
        Session headerOnly = Session.needing(header);
        Session names = Session.needing(List.of("dns.id", "dns.flags.rcode", "dns.count.answers", "dns.qry.name"));
        int brokenRecords = 0;
        int messages = 0;
        for (Frame f : edge()) {
            Packet h = TestCaptures.dissect(headerOnly, f);
            String headerValues = values(h, header);
            boolean headerMalformed = h.malformed();
            Packet n = TestCaptures.dissect(names, f);
            assertEquals(values(n, header), headerValues, "frame " + f.number());
            assertTrue(!headerMalformed || n.malformed(), "frame " + f.number());
            brokenRecords += n.malformed() && !headerMalformed ? 1 : 0;
            messages += headerValues.isEmpty() ? 0 : 1;
        }
        assertTrue(messages > 100, messages + " messages");
        assertTrue(brokenRecords > 10, "only parsing the sections finds the broken records: " + brokenRecords);
    }

    private static String values(Packet p, List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (String name : fields) {
            for (int e = p.first(p.registry().lookup(name).id()); e >= 0; e = p.next(e)) {
                out.append(name).append('=').append(p.num(e)).append(' ');
            }
        }
        return out.toString();
    }

    /**
     * Dissecting DNS for one numeric field allocates (almost) nothing per message: measured as
     * the difference from the same run without DNS (a UDP field only), so that what the layers
     * below allocate does not count.
     */
    @Test
    void oneNumericFieldCostsLittleAllocation() {
        List<Frame> frames = TestCaptures.read(DnsRun.CAPTURES.resolve("ppp-DnsPackets.pcap"));
        long withDns = allocatedPerFrame(frames, List.of("udp.srcport", "dns.flags.rcode"));
        long withoutDns = allocatedPerFrame(frames, List.of("udp.srcport"));
        assertTrue(withDns - withoutDns < 8, (withDns - withoutDns) + " bytes allocated per frame by DNS");
    }

    private static long allocatedPerFrame(List<Frame> frames, List<String> fields) {
        Session s = Session.needing(fields);
        for (int warm = 0; warm < 30; warm++) {
            for (Frame f : frames) {
                s.dissect(f);
            }
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        int rounds = 30;
        for (int i = 0; i < rounds; i++) {
            for (Frame f : frames) {
                s.dissect(f);
            }
        }
        long perFrame = (threads.getCurrentThreadAllocatedBytes() - before) / ((long) rounds * frames.size());
        assertEquals(0, s.dissectorFailures());
        return perFrame;
    }
}
