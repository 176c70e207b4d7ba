package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.TsharkTruth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What QUIC hands to TLS, against tshark 4.0.17: the bytes of every call, in order and per frame,
 * equal the bytes of every {@code tls} layer tshark shows (truth/*.crypto.tsv, from
 * {@code tshark -T json -x}); and those bytes, put together per direction as TLS does, give the
 * handshake message types and server names tshark's TLS reports in the same frames.
 */
class QuicCryptoTest {

    static Stream<Path> cryptoFiles() throws IOException {
        try (Stream<Path> s = Files.list(QuicRun.QUIC.resolve("truth"))) {
            return s.filter(f -> f.getFileName().toString().endsWith(".crypto.tsv")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cryptoFiles")
    void bytesHandedToTlsAreTsharks(Path cryptoFile) throws Exception {
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(cryptoFile, StandardCharsets.UTF_8)) {
            String[] p = line.split("\t");
            expected.add(p[0] + " " + p[2]);
        }
        QuicRun.Result run = QuicRun.run(TsharkTruth.captureOf(cryptoFile, ".crypto.tsv", QuicRun.QUIC));
        List<String> got = run.calls().stream().map(c -> c.frame() + " " + c.hex()).toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, got);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cryptoFiles")
    void handshakeMessagesFromThoseBytesAreTsharks(Path cryptoFile) throws Exception {
        Path fieldsFile = cryptoFile.resolveSibling(cryptoFile.getFileName().toString()
                .replace(".crypto.tsv", ".fields.tsv"));
        Map<Long, Map<String, String>> truth = TsharkTruth.read(fieldsFile);
        QuicRun.Result run = QuicRun.run(TsharkTruth.captureOf(cryptoFile, ".crypto.tsv", QuicRun.QUIC));
        Map<String, Handshakes> streams = new HashMap<>();
        Map<Long, List<String>> types = new TreeMap<>();
        Map<Long, List<String>> names = new TreeMap<>();
        for (CryptoRecorder.Call c : run.calls()) {
            Handshakes h = streams.computeIfAbsent(c.from(), k -> new Handshakes());
            h.add(HexFormat.of().parseHex(c.hex()), types.computeIfAbsent(c.frame(), k -> new ArrayList<>()),
                    names.computeIfAbsent(c.frame(), k -> new ArrayList<>()));
        }
        Map<Long, String> wantTypes = new TreeMap<>();
        Map<Long, String> wantNames = new TreeMap<>();
        truth.forEach((frame, fields) -> {
            if (fields.containsKey("tls.handshake.type")) {
                wantTypes.put(frame, fields.get("tls.handshake.type"));
            }
            if (fields.containsKey("tls.handshake.extensions_server_name")) {
                wantNames.put(frame, fields.get("tls.handshake.extensions_server_name"));
            }
        });
        assertFalse(wantTypes.isEmpty());
        assertEquals(wantTypes, joined(types));
        assertEquals(wantNames, joined(names));
    }

    private static Map<Long, String> joined(Map<Long, List<String>> m) {
        Map<Long, String> out = new TreeMap<>();
        m.forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.put(k, String.join(TsharkTruth.SEP, v));
            }
        });
        return out;
    }

    /** A direction's handshake messages, put together from the runs of bytes (a test oracle). */
    private static final class Handshakes {
        private byte[] pending = new byte[0];

        void add(byte[] bytes, List<String> types, List<String> names) {
            byte[] all = new byte[pending.length + bytes.length];
            System.arraycopy(pending, 0, all, 0, pending.length);
            System.arraycopy(bytes, 0, all, pending.length, bytes.length);
            int at = 0;
            while (all.length - at >= 4) {
                int length = ((all[at + 1] & 0xff) << 16) | ((all[at + 2] & 0xff) << 8) | (all[at + 3] & 0xff);
                if (all.length - at - 4 < length) {
                    break;
                }
                types.add(Integer.toString(all[at] & 0xff));
                if (all[at] == 1) {
                    String sni = serverName(all, at + 4, length);
                    if (sni != null) {
                        names.add(sni);
                    }
                }
                at += 4 + length;
            }
            pending = java.util.Arrays.copyOfRange(all, at, all.length);
        }

        /** The host name of a ClientHello's server_name extension. */
        private static String serverName(byte[] b, int at, int length) {
            int end = at + length;
            at += 2 + 32;
            at += 1 + (b[at] & 0xff);
            at += 2 + (((b[at] & 0xff) << 8) | (b[at + 1] & 0xff));
            at += 1 + (b[at] & 0xff);
            at += 2;
            while (at + 4 <= end) {
                int type = ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
                int len = ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
                if (type == 0) {
                    int nameLength = ((b[at + 7] & 0xff) << 8) | (b[at + 8] & 0xff);
                    return new String(b, at + 9, nameLength, StandardCharsets.US_ASCII);
                }
                at += 4 + len;
            }
            return null;
        }
    }
}
