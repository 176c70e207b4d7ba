package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Dissectors;

/**
 * The two dissector sets of the TCP tests. A field spec belongs to one registry, so every test
 * uses one of these (built once) instead of making its own.
 */
final class TestDissectors {
    private TestDissectors() {
    }

    /** The standard dissectors and the test link walker: TCP without application dissectors. */
    static final Dissectors PLAIN = TestLinkWalker.dissectors(ds -> { });

    /**
     * Plus fake application dissectors: DNS over TCP on 53, HTTP on its default ports and as a
     * conversation-claiming heuristic, the TLS record layer on 443, a chaotic one on 7, and one whose
     * PDU lengths are too short for their own header on 9.
     */
    static final Dissectors APPS = TestLinkWalker.dissectors(d -> {
        d.tcpPort.register(53, d.add(new FakeDnsOverTcp()));
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
