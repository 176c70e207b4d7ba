package io.sharkfin.ioc;

import io.sharkfin.ioc.report.FtpReport;
import io.sharkfin.ioc.report.IocReport;
import io.sharkfin.ioc.report.TextReport;
import io.sharkfin.ioc.report.UserLogin;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The FTP part of the analysis: the logins and transfers of a real vsftpd session
 * ({@code ftp-vsftpd.pcap}: curl logging in anonymously six times, fetching two files, one of
 * them twice, and storing one) and of the dissector tests' sessions ({@code ftp.pcapng}), with the values tshark
 * shows as {@code ftp.request.command} and {@code ftp.request.arg}.
 */
class FtpPartTest {

    @Test
    void curlsAnonymousLoginsAndItsFilesOnVsftpd() {
        FtpReport f = IocTestSupport.report(IocTestSupport.VSFTPD).ftp();
        // vsftpd lets anonymous in without a password: six USERs, no PASS
        long anonymous = f.logins().stream().filter(l -> l.user().equals("anonymous")).mapToLong(UserLogin::count)
                .sum();
        assertEquals(6, anonymous);
        List<String> files = f.transfers().stream().map(t -> t.command() + " " + t.file()).distinct().toList();
        assertTrue(files.containsAll(List.of("RETR readme.txt", "RETR blob.bin", "STOR up.txt")), files.toString());
        FtpReport.Transfer up = f.transfers().stream().filter(t -> t.file().equals("up.txt")).findFirst().orElseThrow();
        assertTrue(up.evidence().filter().startsWith("ftp.request.command == \"STOR\" && ftp.request.arg == \"up.txt\""),
                up.evidence().filter());
    }

    @Test
    void passwordsFollowTheirUserOnTheSameConnection() {
        FtpReport f = IocTestSupport.report(IocTestSupport.FTP).ftp();
        UserLogin anon = f.logins().stream()
                .filter(l -> l.user().equals("anonymous") && l.server().equals("198.51.100.21")).findFirst().orElseThrow();
        assertEquals(List.of("guest@example.com"), anon.passwords());
        // tshark: PASS in 10, 230 in 12
        assertEquals(1, anon.accepted());
        assertEquals(0, anon.refused());
        assertEquals(List.of(6L), anon.evidence().frames());
        UserLogin v6 = f.logins().stream().filter(l -> l.server().equals("2001:db8:1::21")).findFirst().orElseThrow();
        assertEquals("anonymous", v6.user());
        assertEquals("ftp.request.command == \"USER\" && ftp.request.arg == \"anonymous\" && ipv6.dst == 2001:db8:1::21",
                v6.evidence().filter());
        String text = TextReport.render(IocTestSupport.report(IocTestSupport.FTP));
        assertTrue(text.contains("FTP LOGINS") && text.contains("guest@example.com"), text);
    }
}
