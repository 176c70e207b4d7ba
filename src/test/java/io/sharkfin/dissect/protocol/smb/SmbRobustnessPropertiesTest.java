package io.sharkfin.dissect.protocol.smb;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.protocol.LayerRobustness;
import io.sharkfin.dissect.protocol.TcpFrames;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Hostile SMB over TCP 445: the real connections of smb.pcapng (a logon with NTLMSSP in SPNEGO,
 * trees, creates, a write reassembled over segments, finds, an ioctl, the encrypted session)
 * replayed with bytes overwritten (lengths, offsets, counts, tags of the security blobs) and
 * messages cut, over segments cut anywhere; and random bytes. Whatever comes in, no exception
 * escapes the dissectors, the tree's wording or the Info column's pass, the items stay
 * proportional to the bytes, and a session that wants few fields (the analyst's: account, tree,
 * file id, NTLMSSP's user) sees what a full session sees, malformed or not alike.
 */
class SmbRobustnessPropertiesTest {

    private static final List<String> FEW = List.of("smb2.acct", "smb2.tree", "smb2.fid", "smb2.nt_status",
            "ntlmssp.auth.username", "smb2.response_to", "nbss.length", "data.len");
    private static final Set<String> COLUMNS = Set.of("NBSS", "SMB2", "TCP");
    /** The SYN frames of the capture's connections, one per smbclient run. */
    private static final int[] CONNECTIONS = {1, 80, 100, 114, 146, 174};

    @Property(tries = 150)
    void mutatedConnectionsNeverEscape(@ForAll @IntRange(min = 0, max = 5) int connection,
                                       @ForAll @IntRange(min = 0, max = 40) int flips, @ForAll long seed) {
        List<SmbCapture.Payload> payloads = SmbCapture.connection(CONNECTIONS[connection]);
        Random r = new Random(seed);
        TcpFrames tcp = new TcpFrames(new ArrayList<>(), new byte[] {10, 9, 0, 1}, 40000,
                new byte[] {10, 9, 0, 2}, 445);
        int limit = Math.min(payloads.size(), 1 + r.nextInt(payloads.size()));
        for (SmbCapture.Payload payload : payloads.subList(0, limit)) {
            byte[] m = payload.bytes().clone();
            if (m.length > 0 && r.nextInt(3) == 0) {
                for (int i = 0; i < flips; i++) {
                    m[r.nextInt(Math.min(m.length, 600))] = (byte) r.nextInt(256);
                }
            }
            if (m.length > 0 && r.nextInt(5) == 0) {
                m = Arrays.copyOf(m, r.nextInt(m.length));
            }
            tcp.send(payload.fromClient(), m, cuts(r, m.length));
        }
        check(tcp.close());
    }

    @Property(tries = 100)
    void randomBytesNeverEscape(@ForAll @Size(max = 600) byte[] body, @ForAll("headers") byte[] header) {
        byte[] m = new byte[header.length + body.length];
        System.arraycopy(header, 0, m, 0, header.length);
        System.arraycopy(body, 0, m, header.length, body.length);
        check(new TcpFrames(new ArrayList<>(), new byte[] {10, 9, 0, 1}, 40000, new byte[] {10, 9, 0, 2}, 445)
                .send(true, m, List.of()).close());
    }

    /** An NBSS header for an SMB2, transform or compression header, so that random bytes reach SMB2. */
    @Provide
    Arbitrary<byte[]> headers() {
        return Arbitraries.of(0xfe, 0xfd, 0xfc, 0x00).flatMap(kind -> Arbitraries.integers().between(0, 700)
                .map(len -> new byte[] {0, (byte) (len >> 16), (byte) (len >> 8), len.byteValue(), kind.byteValue(),
                    'S', 'M', 'B'}));
    }

    private static List<Integer> cuts(Random r, int length) {
        List<Integer> cuts = new ArrayList<>();
        for (int at = 0; at < length; ) {
            at += 1 + r.nextInt(Math.max(1, Math.min(length, 2000)));
            cuts.add(at);
        }
        return cuts;
    }

    /** The bytes sent so far bound a frame's entries: a message TCP reassembled spans segments. */
    private static void check(List<Frame> frames) {
        long[] sent = {0};
        LayerRobustness.check(frames, f -> (int) Math.min(Integer.MAX_VALUE / 8,
                sent[0] += Math.max(0, f.capturedLength() - 54)), "nbss", COLUMNS, FEW);
    }
}
