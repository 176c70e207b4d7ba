package io.sharkfin.dissect.protocol.smb;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.TestCaptures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * smb.pcapng (make-smb.sh: smbclient and smbd 4.17 over the loopback) and the TCP payloads of
 * its connections, which the robustness properties replay mutated.
 */
final class SmbCapture {
    static final List<Frame> FRAMES = TestCaptures.read(TestCaptures.DISSECT.resolve("smb.pcapng"));

    private SmbCapture() {
    }

    /** One TCP payload of the capture and its direction. */
    record Payload(boolean fromClient, byte[] bytes) {
    }

    /**
     * The payloads of the connection whose SYN is frame {@code synFrame} (from 1), in order, up
     * to the next connection's SYN; Ethernet, IPv4 and TCP headers are stripped.
     */
    static List<Payload> connection(int synFrame) {
        List<Payload> out = new ArrayList<>();
        for (Frame f : FRAMES.subList(synFrame, FRAMES.size())) {
            byte[] b = f.bytes().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
            int tcp = 14 + (b[14] & 0x0f) * 4;
            int flags = b[tcp + 13] & 0xff;
            if ((flags & 0x12) == 0x02) {
                // the next connection's SYN
                break;
            }
            int payload = tcp + ((b[tcp + 12] & 0xf0) >> 2);
            if (payload < b.length) {
                int dst = ((b[tcp + 2] & 0xff) << 8) | (b[tcp + 3] & 0xff);
                out.add(new Payload(dst == 445, Arrays.copyOfRange(b, payload, b.length)));
            }
        }
        return out;
    }
}
