package io.sharkfin.dissect.protocol.ntlmssp;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.dissect.protocol.LayerRobustness;
import io.sharkfin.dissect.protocol.TcpFrames;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * NTLMSSP in HTTP's authentication headers on http-ntlm.pcapng (make-http-ntlm.sh: curl through
 * Squid's NTLM proxy authentication): sessions that ask only for NTLMSSP's fields run HTTP to
 * reach them, and Squid's fake CHALLENGE, whose target name lies outside the message, is
 * malformed as tshark finds it, in a session asking for nothing but that; hostile tokens.
 */
class HttpNtlmsspTest {

    private static final List<Frame> FRAMES = TestCaptures.read(TestCaptures.DISSECT.resolve("http-ntlm.pcapng"));

    private static List<String> column(String field) {
        Session s = Session.needing(List.of(field));
        List<String> out = new ArrayList<>();
        for (Frame f : FRAMES) {
            Packet p = TestCaptures.dissect(s, f);
            String v = TestCaptures.cell(p, field);
            if (!v.isEmpty()) {
                out.add(f.number() + " " + v);
            }
        }
        return out;
    }

    @Test
    void usersAreReadFromProxyAuthorization() {
        assertEquals(List.of("8 alice", "23 bob"), column("ntlmssp.auth.username"));
        assertEquals(List.of("8 LABDOM", "23 NULL"), column("ntlmssp.auth.domain"));
        assertEquals(List.of("4 0x00000001", "6 0x00000002", "8 0x00000003", "19 0x00000001", "21 0x00000002",
                "23 0x00000003"), column("ntlmssp.messagetype"));
    }

    /**
     * Random tokens, and real ones with bytes overwritten, in the four authentication headers:
     * nothing escapes, a session wanting only NTLMSSP's names sees what a full one sees.
     */
    @Property(tries = 150)
    void hostileTokensNeverEscape(@ForAll("tokens") byte[] token, @ForAll @IntRange(min = 0, max = 3) int header,
                                  @ForAll boolean negotiate) {
        String name = List.of("Authorization", "Proxy-Authorization", "WWW-Authenticate", "Proxy-Authenticate").get(header);
        String value = (negotiate ? "Negotiate " : "NTLM ") + Base64.getEncoder().encodeToString(token);
        byte[] message = ("GET / HTTP/1.1\r\nHost: h\r\n" + name + ": " + value + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        List<Frame> frames = new TcpFrames().send(true, message, List.of()).close();
        LayerRobustness.check(frames, f -> Math.max(0, f.capturedLength() - 54), "http", Set.of("HTTP"),
                List.of("ntlmssp.auth.username", "ntlmssp.messagetype", "ntlmssp.negotiateflags", "_ws.malformed"));
    }

    @Provide
    Arbitrary<byte[]> tokens() {
        List<byte[]> real = new ArrayList<>();
        for (String b64 : List.of("TlRMTVNTUAABAAAABoIIAAAAAAAAAAAAAAAAAAAAAAA=",
                "TlRMTVNTUAACAAAACQAJAK6qqqoGgggAdJEEOOH+lBgAAAAAAAA6AFdPUktHUk9VUA==")) {
            real.add(Base64.getDecoder().decode(b64));
        }
        return Arbitraries.oneOf(LayerRobustness.mutations(real, 80), Arbitraries.bytes().array(byte[].class).ofMaxSize(200));
    }

    @Test
    void theFakeChallengeIsMalformed() {
        Session s = Session.needing(List.of("_ws.malformed"));
        List<Long> malformed = new ArrayList<>();
        for (Frame f : FRAMES) {
            if (TestCaptures.dissect(s, f).malformed()) {
                malformed.add(f.number());
            }
        }
        assertEquals(List.of(6L, 21L), malformed);
    }
}
