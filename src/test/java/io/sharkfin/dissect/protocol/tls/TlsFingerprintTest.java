package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Client fingerprints: JA3 as tshark 4.0.17 computes it (GREASE values left out) and JA4 as
 * FoxIO published it for the corpus captures (src/test/resources/corpus/captures/ja4-expected).
 */
class TlsFingerprintTest {

    private static List<String[]> rows(Path capture, String... fields) throws Exception {
        FieldRegistry reg = FieldRegistry.standard();
        BitSet ids = new BitSet();
        FieldDef[] defs = new FieldDef[fields.length];
        for (int i = 0; i < fields.length; i++) {
            defs[i] = reg.lookup(fields[i]);
            ids.set(defs[i].id());
        }
        List<String[]> out = new ArrayList<>();
        try (PacketStream packets = PacketStream.open(capture, ids)) {
            for (Packet p : packets) {
                if (!p.has(defs[0].id())) {
                    continue;
                }
                String[] row = new String[fields.length + 1];
                row[0] = Long.toString(p.number());
                for (int i = 0; i < fields.length; i++) {
                    row[i + 1] = FieldFormat.cell(p, defs[i].id());
                }
                out.add(row);
            }
        }
        return out;
    }

    @Test
    void ja3OfChromeIsTheReferenceValue() throws Exception {
        List<String[]> r = rows(TlsTruth.CORPUS.resolve("ja3-ssl-chrome.pcap"), "tls.handshake.ja3",
                "tls.handshake.ja3_full");
        assertEquals(1, r.size());
        assertEquals("4", r.getFirst()[0]);
        assertEquals("14eff09463c9d6dc6e14e954eba239c2", r.getFirst()[1]);
        // GREASE cipher suites and extensions are not in the string
        assertTrue(!r.getFirst()[2].contains("2570"), r.getFirst()[2]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja4-browsers-x509.pcapng", "ja4-tls-sni.pcapng", "ja4-tls3.pcapng"})
    void ja4OfEveryClientHelloAsFoxIoPublished(String capture) throws Exception {
        List<String> lines = Files.readAllLines(TlsTruth.CORPUS.resolve("ja4-expected/" + capture + ".tsv"),
                StandardCharsets.UTF_8);
        List<String[]> expected = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("#") && !line.startsWith("stream\t")) {
                expected.add(line.split("\t", -1));
            }
        }
        List<String[]> ours = rows(TlsTruth.CORPUS.resolve(capture), "tls.handshake.ja4", "tcp.stream",
                "tls.handshake.extensions_server_name", "tls.handshake.ja4_r");
        List<String> problems = new ArrayList<>();
        for (String[] want : expected) {
            String[] match = null;
            for (String[] o : ours) {
                if (o[2].equals(want[0]) && o[3].equals(want[5])) {
                    match = o;
                    break;
                }
            }
            // a stream may carry two ClientHellos (after a HelloRetryRequest): take them in order
            ours.remove(match);
            if (match == null) {
                problems.add("no ClientHello in tcp stream " + want[0] + " for " + want[5]);
            } else {
                if (!match[1].equals(want[6])) {
                    problems.add("stream " + want[0] + " ja4 " + match[1] + " expected " + want[6]);
                }
                if (!match[4].equals(want[7])) {
                    problems.add("stream " + want[0] + " ja4_r " + match[4] + " expected " + want[7]);
                }
            }
        }
        assertTrue(!expected.isEmpty());
        assertEquals(List.of(), problems);
    }
}
