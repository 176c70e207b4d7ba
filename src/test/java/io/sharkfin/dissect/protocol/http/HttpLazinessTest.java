package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.dissect.TsharkTruth;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTTP runs only for sessions that need it, and then records what a full tree has. */
class HttpLazinessTest {
    private static final Path CAPTURE = HttpRun.CORPUS.resolve("ja4-http1.pcapng");

    private static BitSet ids(String... names) {
        BitSet b = new BitSet();
        for (String n : names) {
            b.set(FieldRegistry.standard().lookup(n).id());
        }
        return b;
    }

    @Test
    void notRunWhenNoHttpFieldIsWanted() throws Exception {
        int frames = 0;
        try (PacketStream packets = PacketStream.open(CAPTURE, ids("ip.src", "tcp.srcport"))) {
            for (Packet p : packets) {
                frames++;
                assertFalse(p.protocols().contains("http"), "frame " + p.number() + ": " + p.protocols());
            }
        }
        assertTrue(frames > 100);
    }

    @Test
    void oneFieldAsInTheFullTree() throws Exception {
        List<String> hosts = new java.util.ArrayList<>();
        try (PacketStream packets = PacketStream.open(CAPTURE, ids("http.host"))) {
            int host = FieldRegistry.standard().lookup("http.host").id();
            for (Packet p : packets) {
                for (int e = p.first(host); e >= 0; e = p.next(e)) {
                    hosts.add(p.number() + " " + p.string(e));
                }
                assertFalse(p.has(FieldRegistry.standard().lookup("http.user_agent").id()));
            }
        }
        List<String> truthHosts = new java.util.ArrayList<>();
        TsharkTruth.read(HttpRun.HTTP.resolve("truth/ja4-http1.pcapng.tsv.gz")).forEach((frame, fields) -> {
            String v = fields.get("http.host");
            if (v != null) {
                for (String h : v.split(TsharkTruth.SEP)) {
                    truthHosts.add(frame + " " + h);
                }
            }
        });
        assertEquals(truthHosts, hosts);
    }
}
