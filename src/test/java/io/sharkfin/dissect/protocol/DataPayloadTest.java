package io.sharkfin.dissect.protocol;

import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.capture.TestFiles;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code data} holds only the bytes no dissector takes. A session that records nothing but
 * {@code data.data} does not run ARP, IP and the others for their fields, yet their payloads
 * are theirs: a dissector that does not run takes its payload as it would running (once, ARP
 * frames behind an Ethernet type showed as data). The values equal those of a session that
 * records every field, so every dissector runs, on every corpus capture.
 */
class DataPayloadTest {

    @Test
    void dataAloneEqualsDataWithEveryDissectorRunning() throws Exception {
        long arpFrames = 0;
        long dataFrames = 0;
        for (Path capture : TestFiles.corpusCaptures()) {
            Session alone = Session.needing(List.of("data.data"));
            Session full = Session.full();
            try (CaptureReader a = CaptureFiles.open(capture); CaptureReader b = CaptureFiles.open(capture)) {
                Frame fa = new Frame();
                Frame fb = new Frame();
                while (a.next(fa) && b.next(fb)) {
                    Packet all = full.dissect(fb);
                    String expected = values(all, "data.data");
                    arpFrames += all.first(all.registry().lookup("arp").id()) >= 0 ? 1 : 0;
                    dataFrames += expected.isEmpty() ? 0 : 1;
                    assertEquals(expected, values(alone.dissect(fa), "data.data"), capture + " frame " + fa.number());
                }
            }
        }
        assertTrue(arpFrames > 10 && dataFrames > 10, arpFrames + " ARP frames, " + dataFrames + " with data");
    }

    private static String values(Packet p, String field) {
        StringBuilder out = new StringBuilder();
        for (int e = p.first(p.registry().lookup(field).id()); e >= 0; e = p.next(e)) {
            FieldFormat.append(p, e, out);
            out.append(',');
        }
        return out.toString();
    }
}
