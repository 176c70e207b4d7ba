package io.sharkfin.dissect.protocol.mail;

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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile POP3 and IMAP: sessions whose lines come from the pieces that strain packet-pop.c's and
 * packet-imap.c's readers (RETR answers announcing lengths that overflow, lie or are no number,
 * data before and after them, STLS; IMAP LOGIN with passwords of one character or none, UID
 * alone, FETCH literals whose sizes lie, overflow or never close, lines without end, untagged
 * lines alone, STARTTLS), cut into segments at random, both ways; random bytes both ways; and
 * lines and literals of tens of kilobytes. Whatever comes in, no exception escapes the
 * dissectors, the tree's wording or the Info column's pass, the items of a frame stay
 * proportional to its bytes, a session that wants few fields sees what a full session sees of
 * them, and a frame takes bounded time.
 */
class MailRetrievalRobustnessPropertiesTest {

    private static final byte[] CLIENT = {10, 9, 0, 1};
    private static final byte[] SERVER = {10, 9, 0, 2};
    private static final List<String> POP_FEW = List.of("pop.request.command", "pop.request.parameter",
            "pop.response.indicator", "pop.data.fragment", "imf.from");
    private static final List<String> IMAP_FEW = List.of("imap.request.command", "imap.request.username",
            "imap.request.password", "imap.response_to", "imap.request.folder", "imf.from");

    private static final String[] POP_LINES = {"USER alice", "PASS x", "user", "PASS", "RETR 1", "TOP 1 0",
        "retr", "STLS", "+OK 120 octets", "+OK -5 octets", "+OK 99999999999999999999 octets", "+OK x", "+OK",
        "+OK 4294967295", "-ERR no", "From: a@b\r\nSubject: s\r\n\r\nbody", ".", "\u0000\u00ff", "", " x",
        "+OK 3\r\nabc", "LIST\r\n1 2\r\n.", "+ok 10 octets"};

    private static final String[] IMAP_LINES = {"a1 LOGIN alice \"pw\"", "a1 LOGIN alice x", "a1 LOGIN alice",
        "a1 LOGIN", "a1 login a b c", "a2 UID", "a2 UID FETCH 1 (FLAGS)", "a2 U", "a3 SELECT INBOX", "a3 sel",
        "a4 COPY 1 Archive", "a4 COPY", "a5 STARTTLS", "a5 OK go", "a5 o", "* OK ready", "* 1 FETCH (FLAGS ())",
        "* 1 FETCH (BODY[] {5}\r\nabcde)", "* 1 FETCH (BODY[] {99999999999})", "* 1 FETCH (BODY[] {-1})",
        "* 1 FETCH (BODY[] {3}\r\nab", "* 1 F (x {2}\r\nab)", "* FETCH", "*", "* 2 EXISTS", "a6 NO x", "a6 BAD",
        "\u0000\u0001", "", "  a7  LOGIN  u  p", "a8 DELETE\tTrash"};

    @Property(tries = 250)
    void hostilePopSessionsNeverEscape(@ForAll("popSessions") List<TcpFrames.Step> steps) {
        checkPop(session(110, steps));
    }

    @Property(tries = 250)
    void hostileImapSessionsNeverEscape(@ForAll("imapSessions") List<TcpFrames.Step> steps) {
        checkImap(session(143, steps));
    }

    @Property(tries = 150)
    void randomBytesNeverEscape(@ForAll @Size(max = 600) byte[] request, @ForAll @Size(max = 600) byte[] reply,
                                @ForAll("cut") int cut) {
        for (int port : new int[] {110, 143}) {
            List<Frame> frames = new ArrayList<>();
            new TcpFrames(frames, CLIENT, 40000, SERVER, port).send(true, request, List.of(cut))
                    .send(false, reply, List.of(cut)).close();
            if (port == 110) {
                checkPop(frames);
            } else {
                checkImap(frames);
            }
        }
    }

    /** Lines of 60 KB: tokens and blanks by the thousand, a literal that fills them, no line end. */
    @Test
    void hugeLinesTakeBoundedTime() {
        List<Frame> pop = new ArrayList<>();
        TcpFrames p = new TcpFrames(pop, CLIENT, 40000, SERVER, 110);
        p.send(true, TcpFrames.line("USER " + "a".repeat(60_000)));
        p.send(true, TcpFrames.line("RETR 1"));
        p.send(false, TcpFrames.line("+OK 600000 octets"));
        for (int i = 0; i < 10; i++) {
            p.send(false, TcpFrames.line("x".repeat(60_000)));
        }
        List<Frame> popFrames = p.close();
        List<Frame> imap = new ArrayList<>();
        TcpFrames m = new TcpFrames(imap, CLIENT, 40001, SERVER, 143);
        m.send(true, TcpFrames.line("a1 LOGIN " + "u ".repeat(30_000)));
        m.send(false, TcpFrames.line("* 1 FETCH (BODY[] {60000}\r\n" + "y".repeat(60_000) + ")"));
        m.send(false, TcpFrames.line("* " + " ".repeat(60_000)));
        for (int i = 0; i < 200; i++) {
            m.send(true, TcpFrames.line("t" + i + " SELECT INBOX"));
        }
        List<Frame> imapFrames = m.close();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            checkPop(popFrames);
            checkImap(imapFrames);
        });
    }

    private static List<Frame> session(int port, List<TcpFrames.Step> steps) {
        List<Frame> frames = new ArrayList<>();
        TcpFrames c = new TcpFrames(frames, CLIENT, 40000, SERVER, port);
        for (TcpFrames.Step step : steps) {
            c.send(step);
        }
        return c.close();
    }

    private static void checkPop(List<Frame> frames) {
        LayerRobustness.check(frames, f -> Math.max(0, f.capturedLength() - 54) * 4 + 64, "pop",
                Set.of("POP", "POP/IMF"), POP_FEW);
    }

    private static void checkImap(List<Frame> frames) {
        long[] sent = {0};
        // a desegmented line or literal holds the bytes of the segments before it; a segment whose
        // last line waits for more is TCP's in the Protocol column, as tshark shows it; each literal
        // handed to IMF appends "/IMF"
        LayerRobustness.check(frames, f -> (int) Math.min(Integer.MAX_VALUE / 8, sent[0] += Math.max(0,
                f.capturedLength() - 54)), "imap", c -> c.equals("TCP") || c.matches("IMAP(/IMF)*"), IMAP_FEW);
    }

    @Provide
    Arbitrary<Integer> cut() {
        return Arbitraries.integers().between(0, 600);
    }

    @Provide
    Arbitrary<List<TcpFrames.Step>> popSessions() {
        return TcpFrames.sessions(POP_LINES, 4, 16);
    }

    @Provide
    Arbitrary<List<TcpFrames.Step>> imapSessions() {
        return TcpFrames.sessions(IMAP_LINES, 4, 16);
    }
}
