package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TLS and X.509 cost nothing when no field of theirs (nor frame.protocols) is wanted. */
class TlsLazinessTest {

    private static BitSet ids(String... names) {
        BitSet b = new BitSet();
        for (String n : names) {
            b.set(FieldRegistry.standard().lookup(n).id());
        }
        return b;
    }

    @Test
    void noTlsFieldNoTlsLayer() throws Exception {
        try (PacketStream packets = PacketStream.open(TlsTruth.CORPUS.resolve("ppp-tls.pcap"), ids("tcp.len"))) {
            assertFalse(packets.session().active(TlsDissector.instance()));
            for (Packet p : packets) {
                assertFalse(p.protocols().contains("tls"), p.number() + " " + p.protocols());
            }
        }
    }

    @Test
    void certificatesAreNotWalkedForHandshakeFieldsOnly() throws Exception {
        int certificates = 0;
        try (PacketStream packets = PacketStream.open(TlsTruth.CORPUS.resolve("ppp-tls.pcap"),
                ids("tls.handshake.type"))) {
            for (Packet p : packets) {
                assertFalse(p.protocols().contains("x509"), p.number() + " " + p.protocols());
                for (int e = p.first(FieldRegistry.standard().lookup("tls.handshake.type").id()); e >= 0; e = p.next(e)) {
                    certificates += p.num(e) == 11 ? 1 : 0;
                }
            }
        }
        assertEquals(2, certificates);
    }

    @Test
    void x509FieldsWalkTheCertificates() throws Exception {
        int names = 0;
        try (PacketStream packets = PacketStream.open(TlsTruth.CORPUS.resolve("ppp-tls.pcap"),
                ids("x509sat.uTF8String"))) {
            for (Packet p : packets) {
                names += p.count(FieldRegistry.standard().lookup("x509sat.uTF8String").id());
            }
        }
        assertTrue(names > 0);
    }
}
