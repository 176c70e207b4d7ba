package io.sharkfin.dissect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Packet#last} is the end of the chain {@link Packet#first}/{@link Packet#next} walk, also
 * after dissectors removed entries again (rejected heuristics, dropped protocol items).
 */
class PacketEntriesTest {

    @Test
    void lastIsTheEndOfEveryFieldsChain() {
        int[] repeated = {0};
        for (String capture : List.of("lab-web-mixed.pcap", "ppp-four_ipv6_http_streams.pcap", "cs-icmp_traceroute.pcapng")) {
            TestCaptures.each(Session.full(), TestCaptures.CORPUS.resolve(capture), p -> {
                for (int e = 0; e < p.entryCount(); e++) {
                    int field = p.field(e);
                    int walked = -1;
                    for (int n = p.first(field); n >= 0; n = p.next(n)) {
                        walked = n;
                    }
                    assertEquals(walked, p.last(field), capture + " frame " + p.number() + " entry " + e);
                    repeated[0] += walked != p.first(field) ? 1 : 0;
                }
                assertEquals(-1, p.last(p.registry().lookup("sip.Method").id()));
            });
        }
        assertTrue(repeated[0] > 1000, "fields that occur more than once: " + repeated[0]);
    }
}
