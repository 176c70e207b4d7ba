package io.sharkfin.dissect.protocol.ftp;

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

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile FTP: control connections whose lines come from the pieces that break packet-ftp.c's
 * readers (PORT and PASV numbers that overflow, are negative or too few; EPRT and EPSV arguments
 * with wrong, missing or repeated delimiters, bad families and addresses, NULs; 257 replies with
 * unbalanced quotes; CWD, CDUP and ".." chains; codes that are not digits; AUTH TLS and its
 * reply), cut into segments at random, both ways, followed by data connections to the ports they
 * may have announced; random bytes both ways; and lines of tens of kilobytes. Whatever comes in,
 * no exception escapes the dissectors, the tree's wording or the Info column's pass, the items of
 * a frame stay proportional to its bytes, a session that wants few fields sees what a full
 * session sees of them, the summary's own session writes the same Info, and a frame takes
 * bounded time.
 */
class FtpRobustnessPropertiesTest {

    private static final List<String> FEW = List.of("ftp.request.command", "ftp.response.code",
            "ftp.current-working-directory", "ftp.passive.port", "ftp.eprt.ipv6", "ftp-data.command",
            "ftp-data.setup-frame", "data-text-lines");
    private static final byte[] CLIENT = {10, 9, 0, 1};
    private static final byte[] SERVER = {10, 9, 0, 2};
    /** The ports the hostile lines announce; data connections are opened to (and from) them. */
    private static final int[] PORTS = {0, 20, 21, 258, 1029, 50000, 65535};

    private static final String[] LINES = {
        "USER anonymous", "PASS x", "SYST", "PWD", "CWD pub", "CWD /", "CWD ..", "CWD ./a/../../b//c/", "CWD ",
        "CDUP", "CDUPX", "RETR a.bin", "STOR \u00ff\u00fe", "LIST", "NOOP\r\nNOOP", "AUTH TLS", "auth tls", "",
        "PORT 10,9,0,1,195,80", "PORT 10,9,0,1,1,2", "P 10,9,0,1,0,20", "PORT 99999999999,1,2,3,4,5",
        "PORT -1,-2,-3,-4,-5,-6", "PORT 1,2,3,4", "PORT ,,,,,", "PORT 1, 2, 3, 4, 5, 6",
        "PORT 10,9,0,1,255,255\u0000,1", "EPRT |1|10.9.0.1|50000|", "EPRT |2|::1|50000|", "EPRT |1|10.9.0.1|99999|",
        "EPRT 1|2|3", "EPRT ||||", "EPRT |1|1.2.3|4|", "EPRT |3|x|1|", "EPRT |1| 10.9.0.1|+5|", "EPRT !1!a!2!",
        "EPRT |1|10.9.0.1\u0000|1|", "EPRT", "EPRT  |1|10.9.0.1|50000|",
        "227 Entering Passive Mode (10,9,0,2,195,80).", "227 Entering Passive Mode (192,168,0,9,0,0)", "227",
        "227 ", "227 x", "227 1,2,3,4,5", "227 -1,-1,-1,-1,-1,-1", "227 (1,2,3,4,5,6,7,8,9)",
        "229 Entering Extended Passive Mode (|||50000|)", "229 (|||)", "229 (||||)", "229 (|||70000|)",
        "229 (|||65535)", "229 (!!!21!)", "229 (a|||1|)", "229 ((((", "229 (||| 20|)", "229 (|||-5|)",
        "229 (|||99999999999999999999999|)", "229", "229-", "257 \"/a \"\"b\"\" c\" created", "257 \"/x",
        "257 /y", "257", "257 \"\"", "257 \"\u0000\"", "250 ok", "250", "234 go", "211-a\r\n b\r\n211 end",
        "2x0 no", "99", " continuation", "\u0000\u0001\u0002", "\r", "\n\n\n"};

    @Property(tries = 300)
    void hostileSessionsNeverEscape(@ForAll("sessions") List<TcpFrames.Step> steps) {
        List<Frame> frames = new ArrayList<>();
        TcpFrames control = new TcpFrames(frames, CLIENT, 40000, SERVER, 21);
        for (TcpFrames.Step step : steps) {
            control.send(step);
        }
        int port = 40001;
        for (int p : PORTS) {
            new TcpFrames(frames, CLIENT, port++, SERVER, p).send(false, "data\r\n".getBytes(StandardCharsets.US_ASCII))
                    .close();
            new TcpFrames(frames, SERVER, 20, CLIENT, p).send(true, new byte[] {0, 1, 2, (byte) 0xff}).close();
        }
        control.close();
        check(frames);
    }

    @Property(tries = 200)
    void randomBytesNeverEscape(@ForAll @Size(max = 600) byte[] request, @ForAll @Size(max = 600) byte[] reply,
                                @ForAll("cut") int cut) {
        List<Frame> frames = new ArrayList<>();
        new TcpFrames(frames, CLIENT, 40000, SERVER, 21).send(true, request, List.of(cut))
                .send(false, reply, List.of(cut)).close();
        new TcpFrames(frames, SERVER, 20, CLIENT, 40001).send(true, reply, List.of(cut)).close();
        check(frames);
    }

    /**
     * Lines of 60 KB that make the readers work hardest: six-number searches over thousands of
     * digit runs, EPRT and EPSV delimiters by the thousand, and a working directory grown by
     * relative CWDs of ".." chains past its bound.
     */
    @Test
    void hugeLinesTakeBoundedTime() {
        List<Frame> frames = new ArrayList<>();
        TcpFrames control = new TcpFrames(frames, CLIENT, 40000, SERVER, 21);
        control.send(true, TcpFrames.line("PORT " + "1,".repeat(30_000)));
        control.send(false, TcpFrames.line("227 " + "9".repeat(60_000)));
        control.send(true, TcpFrames.line("EPRT " + "|".repeat(60_000)));
        control.send(false, TcpFrames.line("229 " + "(|||".repeat(15_000)));
        for (int i = 0; i < 40; i++) {
            control.send(true, TcpFrames.line("CWD " + "a/b/../".repeat(8_000)));
            control.send(false, TcpFrames.line("250 ok"));
        }
        control.send(false, TcpFrames.line("257 \"" + "\"\"".repeat(30_000) + "\""));
        List<Frame> all = control.close();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> check(all));
    }

    private static void check(List<Frame> frames) {
        LayerRobustness.check(frames, f -> Math.max(0, f.capturedLength() - 54), "ftp", "FTP", FEW);
    }

    @Provide
    Arbitrary<Integer> cut() {
        return Arbitraries.integers().between(0, 600);
    }

    @Provide
    Arbitrary<List<TcpFrames.Step>> sessions() {
        return TcpFrames.sessions(LINES, 4, 16);
    }
}
