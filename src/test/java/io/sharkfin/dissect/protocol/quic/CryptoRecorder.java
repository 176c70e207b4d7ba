package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A stand-in for TLS behind QUIC in tests: records every run of CRYPTO bytes QUIC hands on
 * (frame number and bytes) and adds a {@code tls} layer per call, as Wireshark's TLS handshake
 * dissector does, so that frame.protocols can be compared with tshark's.
 */
final class CryptoRecorder implements QuicCryptoConsumer {

    /** The {@code tls} protocol when the standard set has no TLS dissector yet. */
    static final FieldSpec TLS = FieldSpec.protocol("tls", "Transport Layer Security");

    /** One call: the frame, the direction (source address and port), and the bytes in hex. */
    record Call(long frame, String from, String hex) {
    }

    /** Adds a layer and nothing else. */
    private record Layer(FieldSpec protocol) implements Dissector {
        @Override
        public List<FieldSpec> fields() {
            return List.of();
        }

        @Override
        public int dissect(Packet p, int buf, int offset, int length) {
            return length;
        }
    }

    final List<Call> calls = new ArrayList<>();
    private Dissector layer;

    /**
     * The standard dissectors with QUIC handing its CRYPTO stream to a new recorder (and a bare
     * {@code tls} protocol registered when there is no TLS dissector).
     */
    static Dissectors dissectorsRecordingInto(CryptoRecorder recorder) {
        return Dissectors.extended(ds -> {
            Dissector tls = ds.byName("tls");
            if (tls == null) {
                tls = ds.add(new Layer(TLS));
            }
            recorder.layer = new Layer(tls.protocol());
            ((QuicDissector) ds.byName("quic")).cryptoConsumer(recorder);
        });
    }

    @Override
    public void handshake(Packet p, int buf, int offset, int length) {
        String from = p.netSrcHi() + "/" + p.netSrcLo() + ":" + p.srcPort();
        calls.add(new Call(p.number(), from, HexFormat.of().formatHex(p.copy(buf, offset, length))));
        p.call(layer, buf, offset, length);
    }
}
