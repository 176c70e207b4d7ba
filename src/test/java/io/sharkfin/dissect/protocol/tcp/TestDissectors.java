package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Dissectors;

/**
 * The two dissector sets of the TCP tests: the standard set (with the real DNS, HTTP and TLS
 * dissectors, which desegment as Wireshark's do), and the standard set plus test applications
 * with behaviour no real dissector has, on ports neither Wireshark nor the standard set uses.
 * Built once: a session's fields belong to its set's registry.
 */
final class TestDissectors {
    private TestDissectors() {
    }

    /** The server port of {@link ChaoticApp}. */
    static final int CHAOS_PORT = 4707;
    /** The server port of {@link ShortLengthApp}. */
    static final int SHORT_PORT = 4709;

    /** The standard dissectors. */
    static final Dissectors PLAIN = Dissectors.standard();

    /**
     * Plus an application that makes any desegmentation request, even absurd ones
     * ({@link ChaoticApp}), and one whose PDU lengths are too short for their own header
     * ({@link ShortLengthApp}).
     */
    static final Dissectors APPS = Dissectors.extended(d -> {
        d.tcpPort.register(CHAOS_PORT, d.add(new ChaoticApp()));
        d.tcpPort.register(SHORT_PORT, d.add(new ShortLengthApp()));
    });
}
