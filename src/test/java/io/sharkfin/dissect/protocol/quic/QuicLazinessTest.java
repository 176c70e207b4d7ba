package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.dissect.Session;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * QUIC runs only when a session needs it: not for UDP header fields; yes for a QUIC field; and
 * for {@code data}, because the datagrams QUIC takes are not data (tshark: {@code -Y data}).
 */
class QuicLazinessTest {
    private static final Path CAPTURE = QuicRun.CAPTURES.resolve("ja4-tls3.pcapng");

    private static List<Long> framesWith(List<String> fields, String field) throws Exception {
        Session s = Session.needing(fields);
        int id = s.registry().lookup(field).id();
        List<Long> out = new ArrayList<>();
        try (PacketStream packets = new PacketStream(CaptureFiles.open(CAPTURE), s)) {
            for (Packet p : packets) {
                assertFalse(!fields.contains("quic") && p.protocols().contains("quic") && !fields.contains("data"),
                        "QUIC ran for " + fields + " in frame " + p.number());
                if (p.has(id) && (!field.equals("data") || (p.protocols().contains(":udp:") && (p.srcPort() == 443 || p.dstPort() == 443)))) {
                    out.add(p.number());
                }
            }
        }
        return out;
    }

    @Test
    void udpHeaderFieldsDoNotRunQuic() throws Exception {
        assertEquals(794, framesWith(List.of("udp.srcport"), "udp.srcport").size());
    }

    @Test
    void quicFieldsRunIt() throws Exception {
        // tshark -r ja4-tls3.pcapng -Y quic | wc -l
        assertEquals(703, framesWith(List.of("quic"), "quic").size());
    }

    @Test
    void dataLeavesOutWhatQuicTakes() throws Exception {
        // tshark -r ja4-tls3.pcapng -Y 'data && udp.port == 443': short-header datagrams of
        // connections whose handshake is not in the capture
        List<Long> tshark = List.of(12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L, 21L, 22L, 23L,
                24L, 25L, 26L, 31L, 32L, 45L, 46L, 54L, 57L, 1119L, 1120L, 1121L, 1122L, 1123L,
                1124L, 1125L, 1126L, 1127L, 1128L, 1129L, 1130L, 1131L, 1132L, 1133L, 1134L, 1135L,
                1136L);
        assertEquals(tshark, framesWith(List.of("data"), "data"));
    }
}
