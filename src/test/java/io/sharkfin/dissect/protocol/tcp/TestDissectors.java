package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Dissectors;

/**
 * The two dissector sets of the TCP tests: the standard set, and the standard set plus fake
 * application dissectors that desegment as Wireshark's HTTP and TLS do (the real ones are not
 * part of these tests). Built once: a session's fields belong to its set's registry.
 */
final class TestDissectors {
    private TestDissectors() {
    }

    /** The standard dissectors: real link, network and transport layers, DNS over TCP on 53. */
    static final Dissectors PLAIN = Dissectors.standard();

    /**
     * Plus fake application dissectors: HTTP on its default ports and as a conversation-claiming
     * heuristic, the TLS record layer on 443, a chaotic one on 7, and one whose PDU lengths are
     * too short for their own header on 9. DNS over TCP on 53 is the real one.
     */
    static final Dissectors APPS = Dissectors.extended(d -> {
        FakeHttp http = d.add(new FakeHttp(false));
        for (int port : FakeHttp.PORTS) {
            d.tcpPort.register(port, http);
        }
        d.tcpPort.register(443, d.add(new FakeTls()));
        d.tcpPort.register(7, d.add(new ChaoticApp()));
        d.tcpPort.register(9, d.add(new ShortLengthApp()));
        ((TcpDissector) d.byName("tcp")).addHeuristic(d.add(new FakeHttp(true)));
    });
}
