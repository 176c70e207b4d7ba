package io.sharkfin.dissect.protocol.smtp;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.protocol.LayerRobustness;
import io.sharkfin.dissect.protocol.TcpFrames;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile SMTP: sessions whose lines come from the pieces that steer packet-smtp.c's state
 * (DATA and its end of message, BDAT with lengths that overflow, are negative or never come,
 * AUTH LOGIN and PLAIN and their 334s, STARTTLS and its 220, multi-line replies whose code
 * changes) and packet-imf.c's readers (headers without values or colons, address groups without
 * mailboxes, brackets that never close, content types with and without parameters, base64
 * bodies, NULs, bytes that are not UTF-8), cut into segments at random, both ways; random bytes
 * both ways; and lines and messages of hundreds of kilobytes. Whatever comes in, no exception
 * escapes the dissectors, the tree's wording or the Info column's pass, the items of a frame stay
 * proportional to the bytes sent so far, a session that wants few fields sees what a full
 * session sees of them, the summary's own session writes the same Info, and a frame takes
 * bounded time.
 */
class SmtpRobustnessPropertiesTest {

    private static final List<String> FEW = List.of("smtp.req.command", "smtp.response.code", "smtp.auth.username",
            "smtp.auth.password", "smtp.auth.username_password", "smtp.data.fragment", "imf.from", "imf.address",
            "imf.extension.value", "imf.message_text", "data-text-lines");
    private static final Set<String> COLUMNS = Set.of("SMTP", "SMTP/IMF");
    private static final byte[] CLIENT = {10, 9, 0, 1};
    private static final byte[] SERVER = {10, 9, 0, 2};

    private static final String[] LINES = {
        "EHLO x", "HELO", "MAIL FROM:<a@b>", "RCPT TO:<c@d>", "DATA", "data", ".", "..", "", "RSET", "QUIT",
        "BDAT 5", "BDAT 0 LAST", "BDAT 3 LAST", "BDAT 4294967295", "BDAT -1 LAST", "BDAT 99999999999999999999",
        "BDAT", "bdat 2\r\nab", "AUTH LOGIN", "AUTH LOGIN dXNlcg==", "AUTH PLAIN", "AUTH PLAIN AHUAcA==",
        "AUTH NTLM TlRMTVNTUAABAAAA", "AUTH", "STARTTLS", "starttls", "X-EXPS GSSAPI", "XEXCH50 1 2",
        "X-LINK2STATE", "dXNlcg==", "cGFzcw==", "220 ok", "220-a\r\n221 b\r\n220 c", "235 ok", "334 ",
        "334 VXNlcm5hbWU6", "354 go", "250-a\r\n250 b", "535 no", "5", "25", "2x0 x", "\u0000\u0001",
        "From: A <a@b>, c@d", "To: g: a@b, <c@d>;, e", "To: :", "To: x:", "Cc: <<<<", "Cc: a <b", "From:",
        "Subject: \u00e9t\u00e9", "X-Unknown: v", "Unknown-Extension: v", "Content-Type: text/plain; charset=x",
        "Content-Type: text/plain", "Content-Type: ;", "Content-Transfer-Encoding: base64", "U2NoJ8O2bmU=",
        "Sender: <x", "Reply-To: ,,,", "Received: a\r\n b", "no colon here", "\r\n.\r\n", "\t folded"};

    @Property(tries = 300)
    void hostileSessionsNeverEscape(@ForAll("sessions") List<TcpFrames.Step> steps, @ForAll boolean submission) {
        List<Frame> frames = new ArrayList<>();
        TcpFrames session = new TcpFrames(frames, CLIENT, 40000, SERVER, submission ? 587 : 25);
        for (TcpFrames.Step step : steps) {
            session.send(step);
        }
        check(session.close());
    }

    @Property(tries = 200)
    void randomBytesNeverEscape(@ForAll @Size(max = 600) byte[] request, @ForAll @Size(max = 600) byte[] reply,
                                @ForAll("cut") int cut) {
        List<Frame> frames = new ArrayList<>();
        new TcpFrames(frames, CLIENT, 40000, SERVER, 25).send(false, reply, List.of(cut))
                .send(true, "DATA\r\n".getBytes(StandardCharsets.US_ASCII)).send(true, request, List.of(cut))
                .send(true, "\r\n.\r\n".getBytes(StandardCharsets.US_ASCII)).close();
        check(frames);
    }

    /**
     * Lines and messages that make the readers work hardest: a 300 kB command line, a reply of
     * 20,000 continuation lines, a message of 300 kB in many segments whose header is one long
     * address list of commas, brackets and groups, and a base64 body of 200 kB.
     */
    @Test
    void hugeLinesAndMessagesTakeBoundedTime() {
        List<Frame> frames = new ArrayList<>();
        TcpFrames session = new TcpFrames(frames, CLIENT, 40000, SERVER, 25);
        byte[] command = TcpFrames.line("MAIL FROM:" + "<".repeat(300_000));
        session.send(true, command, cuts(command.length, 50_000));
        byte[] reply = TcpFrames.lines(java.util.Collections.nCopies(20_000, "250-x"));
        session.send(false, reply, cuts(reply.length, 50_000));
        session.send(true, TcpFrames.line("DATA"));
        String header = "To: " + "g: a@b, <c,".repeat(20_000) + "\r\nFrom: " + ":<".repeat(30_000) + "\r\n"
                + "Content-Type: text/plain; a=b\r\nContent-Transfer-Encoding: base64\r\n\r\n";
        byte[] message = (header + "QUJD".repeat(50_000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        session.send(true, message, cuts(message.length, 1400));
        session.send(true, TcpFrames.line("."));
        List<Frame> all = session.close();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> check(all));
    }

    /** Each frame's items are bounded by the bytes sent so far (a message is dissected at its end). */
    private static void check(List<Frame> frames) {
        long[] sent = {0};
        LayerRobustness.check(frames, f -> (int) Math.min(Integer.MAX_VALUE / 8, sent[0] += Math.max(0,
                f.capturedLength() - 54)), "smtp", COLUMNS, FEW);
    }

    /** Cuts every {@code size} bytes: segments an IPv4 packet can hold. */
    private static List<Integer> cuts(int length, int size) {
        List<Integer> cuts = new ArrayList<>();
        for (int at = size; at < length; at += size) {
            cuts.add(at);
        }
        return cuts;
    }

    @Provide
    Arbitrary<Integer> cut() {
        return Arbitraries.integers().between(0, 600);
    }

    @Provide
    Arbitrary<List<TcpFrames.Step>> sessions() {
        return TcpFrames.sessions(LINES, 5, 20);
    }
}
