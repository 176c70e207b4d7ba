package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.protocol.tls.HandshakeTypes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The TLS version of each TCP conversation, as Wireshark's TLS session tracks it: unknown until a
 * record other than a Client Hello shows it, then the version a Server Hello negotiates. The
 * Protocol column of a TLS frame names that version ({@code TLSv1.3}); while it is unknown, the
 * version of each record.
 */
final class TlsVersions {

    private static final int UNKNOWN = 0;

    private final Map<Long, Integer> versions = new HashMap<>();
    private long frame = -1;
    private final Map<Integer, String> columnOfLayer = new HashMap<>();

    /**
     * Follows the records of one TLS layer of frame {@code number} in conversation
     * {@code stream}, and keeps the Protocol column they give the frame.
     */
    void follow(long number, int layerIndex, long stream, List<TlsRecords.Record> records) {
        if (number != frame) {
            frame = number;
            columnOfLayer.clear();
        }
        int version = versions.getOrDefault(stream, UNKNOWN);
        String column = name(version, "SSL");
        for (TlsRecords.Record r : records) {
            if (r.contentType() < 0) {
                continue;
            }
            if (version == UNKNOWN) {
                if (authoritative(r)) {
                    version = valid(r.version()) ? r.version() : UNKNOWN;
                }
                column = name(r.version(), "SSL");
            }
            if (r.negotiated() >= 0) {
                int v = tls13Draft(r.negotiated()) ? 0x0304 : r.negotiated();
                if (valid(v)) {
                    version = v;
                }
                column = name(version, "SSL");
            }
        }
        versions.put(stream, version);
        columnOfLayer.put(layerIndex, column);
    }

    /** The Protocol column of a TLS layer of the frame last followed, or null when not followed. */
    String column(long number, int layerIndex) {
        return number == frame ? columnOfLayer.get(layerIndex) : null;
    }

    private static boolean authoritative(TlsRecords.Record r) {
        int type = r.contentType();
        if (type == 22) {
            return r.firstHandshakeType() >= 0 && r.firstHandshakeType() != 1
                    && HandshakeTypes.name(r.firstHandshakeType()) != null;
        }
        return type >= 20 && type <= 24;
    }

    private static boolean valid(int v) {
        return v == 0x0300 || v == 0x0301 || v == 0x0302 || v == 0x0303 || v == 0x0304 || v == 0x0101;
    }

    private static boolean tls13Draft(int v) {
        return (v & 0xff00) == 0x7f00 || v == 0xfb17 || v == 0xfb1a;
    }

    private static String name(int version, String unknown) {
        return TlsNames.VERSIONS.get(version, unknown);
    }
}
