package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.dissect.TsharkTruth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the dissectors over a capture and keeps, per frame, the fields as tshark prints them. */
final class QuicRun {
    static final Path CAPTURES = TestCaptures.CORPUS;
    static final Path QUIC = Path.of("src/test/resources/quic");

    /** One frame: its fields (occurrences joined by {@link TsharkTruth#SEP}), layers and malformed mark. */
    record FrameView(long number, Map<String, String> values, String layers, boolean malformed) {
    }

    /** What a run saw: the frames and the CRYPTO calls. */
    record Result(List<FrameView> frames, List<CryptoRecorder.Call> calls) {
    }

    private QuicRun() {
    }

    /** Every QUIC field, the expert fields and the protocols QUIC frames show. */
    static List<String> allFieldNames(FieldRegistry reg) {
        List<String> names = new ArrayList<>();
        for (FieldDef d : reg.dissected()) {
            if (d.name().equals("quic") || d.name().startsWith("quic.")) {
                names.add(d.name());
            }
        }
        names.addAll(List.of("tls", "frame.protocols", "_ws.expert", "_ws.expert.message",
                "_ws.expert.severity", "_ws.expert.group", "_ws.malformed"));
        return names;
    }

    static Result run(Path capture) throws Exception {
        CryptoRecorder recorder = new CryptoRecorder();
        Dissectors ds = CryptoRecorder.dissectorsRecordingInto(recorder);
        List<String> names = allFieldNames(ds.registry());
        return new Result(run(capture, Session.over(ds, names), names), recorder.calls);
    }

    static List<FrameView> run(Path capture, Session session, List<String> names) throws Exception {
        FieldRegistry reg = session.registry();
        List<FrameView> out = new ArrayList<>();
        try (PacketStream packets = new PacketStream(CaptureFiles.open(capture), session)) {
            for (Packet p : packets) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String n : names) {
                    FieldDef d = reg.lookup(n);
                    if (d == null || !d.dissected() || !p.has(d.id())) {
                        continue;
                    }
                    values.put(n, TsharkTruth.values(p, d));
                }
                out.add(new FrameView(p.number(), values, p.protocols(), p.malformed()));
            }
        }
        return out;
    }
}
