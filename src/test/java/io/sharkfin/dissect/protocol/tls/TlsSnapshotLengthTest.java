package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.capture.PcapWriter;
import io.sharkfin.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A capture cut by a snapshot length, as {@code editcap -s N} or {@code tcpdump -s N} makes it: a
 * TLS record whose bytes were not all captured shows its header alone and marks the frame short
 * ("TLS truncated"), as in Wireshark, which copies the whole record before looking inside it.
 */
class TlsSnapshotLengthTest {

    @TempDir
    Path tmp;

    /** lab-c2-a.pcap with every frame cut to {@code snaplen} bytes (original lengths kept). */
    private Path cut(int snaplen) throws Exception {
        Path out = tmp.resolve("lab-c2-a-s" + snaplen + ".pcap");
        try (CaptureReader r = CaptureFiles.open(TlsTruth.CORPUS.resolve("lab-c2-a.pcap"));
             PcapWriter w = PcapWriter.create(out)) {
            Frame f = new Frame();
            while (r.next(f)) {
                int kept = Math.min(f.capturedLength(), snaplen);
                w.write(new Frame().set(f.number(), f.timestampNanos(), kept, f.originalLength(), f.linkType(),
                        f.interfaceId(), f.bytes(), 0));
            }
        }
        return out;
    }

    private static int count(Path capture, String filter) {
        CliRun r = CliRun.of("-r", capture.toString(), "-Y", filter, "-T", "fields", "-e", "frame.number");
        assertEquals(0, r.code(), r.err());
        return r.out().isEmpty() ? 0 : r.out().split("\n").length;
    }

    @Test
    void aCutRecordIsNotLookedInsideAsInTshark() throws Exception {
        // tshark 4.0.17 over editcap -s 80/300/1000 copies of lab-c2-a.pcap
        int[][] expected = {
            // snaplen, ClientHellos, server names, certificate strings, TLS frames, short frames
            {80, 0, 0, 0, 368, 466},
            {300, 24, 24, 0, 368, 126},
            {1000, 46, 46, 0, 368, 47},
        };
        for (int[] e : expected) {
            Path capture = cut(e[0]);
            assertEquals(e[1], count(capture, "tls.handshake.type == 1"), "snaplen " + e[0]);
            assertEquals(e[2], count(capture, "tls.handshake.extensions_server_name"), "snaplen " + e[0]);
            assertEquals(e[3], count(capture, "x509sat.printableString"), "snaplen " + e[0]);
            assertEquals(e[4], count(capture, "tls"), "snaplen " + e[0]);
            assertEquals(e[5], count(capture, "_ws.short"), "snaplen " + e[0]);
        }
    }
}
