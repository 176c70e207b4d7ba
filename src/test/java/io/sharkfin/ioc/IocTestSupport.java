package io.sharkfin.ioc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharkfin.ioc.report.IocReport;
import io.sharkfin.ioc.report.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Shared by the iocs tests: the corpus captures, reports (computed once per capture), JSON parsing. */
final class IocTestSupport {
    private IocTestSupport() {
    }

    static final Path CORPUS = Path.of("src/test/resources/corpus/captures");
    static final Path LAB_C2 = CORPUS.resolve("lab-c2-a.pcap");
    /** Recorded for these tests (make-iocs-edge.sh): pipelined HTTP, certificates without or with several CNs, bad dates. */
    static final Path EDGE = Path.of("src/test/resources/io/sharkfin/ioc/iocs-edge.pcap");
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<Path, IocReport> REPORTS = new ConcurrentHashMap<>();

    /** Every capture of the shared corpus, and the edge capture; each has tshark's truth in truth/ beside it. */
    static List<Path> captures() {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return Stream.concat(s.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted(),
                    Stream.of(EDGE)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dissector tests' hand-made frames: their DHCP clients give the hosts section something to report. */
    static final Path SYNTHETIC = Path.of("src/test/resources/dissect/synthetic.pcapng");

    /** The dissector tests' NBNS traffic: its registrations and node-status answers name hosts. */
    static final Path NBNS = Path.of("src/test/resources/dissect/nbns.pcapng");

    /** Real OpenSSH connections (make-ssh-openssh.sh): the SSH section's software and HASSH fingerprints. */
    static final Path OPENSSH = Path.of("src/test/resources/dissect/ssh-openssh.pcap");

    /** The dissector tests' SSH connections, hostile ones among them. */
    static final Path SSH = Path.of("src/test/resources/dissect/ssh.pcapng");

    /** SSH clients of attack tooling and libraries against two servers (make-ssh-tools.py). */
    static final Path SSH_TOOLS = Path.of("src/test/resources/dissect/ssh-tools.pcapng");

    /** A dnscat2-like DNS tunnel, browsing and blocklist look-ups through one resolver (make-dns-tunnel.py). */
    static final Path DNS_TUNNEL = Path.of("src/test/resources/dissect/dns-tunnel.pcapng");

    /** The dissector tests' SMTP sessions: AUTH LOGIN and PLAIN, messages, hostile headers (make-smtp.py). */
    static final Path SMTP = Path.of("src/test/resources/dissect/smtp.pcapng");

    /** A real smtplib-to-smtpd session (make-smtp-python.sh). */
    static final Path SMTP_PYTHON = Path.of("src/test/resources/dissect/smtp-python.pcap");

    /** Files over HTTP: executables (one declared image/jpeg), archives, an upload (make-http-files.py). */
    static final Path HTTP_FILES = Path.of("src/test/resources/dissect/http-files.pcapng");

    /** MIME multipart bodies in HTTP and mail: a form upload, base64 attachments (make-multipart.py). */
    static final Path MULTIPART = Path.of("src/test/resources/dissect/multipart.pcapng");

    /** IMAP sessions: logins, folders, FETCH literals, STARTTLS (make-imap.py). */
    static final Path IMAP = Path.of("src/test/resources/dissect/imap.pcapng");

    /** POP3 sessions: logins, messages retrieved, STLS, odd requests (make-pop.py). */
    static final Path POP = Path.of("src/test/resources/dissect/pop.pcapng");
    /** Password guessing against FTP and POP3, ordinary logins beside it (make-guessing.py). */
    static final Path GUESSING = Path.of("src/test/resources/dissect/guessing.pcapng");

    /** Credentials in HTTP's Authorization headers, every scheme packet-http.c tells apart (make-http-auth.py). */
    static final Path HTTP_AUTH = Path.of("src/test/resources/dissect/http-auth.pcapng");

    /** A real vsftpd session (make-ftp.py's directory): logins and transfers for the FTP section. */
    static final Path VSFTPD = Path.of("src/test/resources/dissect/ftp-vsftpd.pcap");

    /** The dissector tests' FTP sessions, hostile ones among them. */
    static final Path FTP = Path.of("src/test/resources/dissect/ftp.pcapng");

    /** Samba and smbclient over SMB2: NTLM logons (one refused, one anonymous), shares, files (make-smb.sh). */
    static final Path SMB = Path.of("src/test/resources/dissect/smb.pcapng");

    /** A MIT Kerberos KDC: AS and TGS exchanges, RC4 tickets, an account without pre-authentication (make-kerberos.sh). */
    static final Path KERBEROS = Path.of("src/test/resources/dissect/kerberos.pcapng");

    /** curl through Squid's NTLM proxy authentication (make-http-ntlm.sh): NTLM logons over HTTP. */
    static final Path HTTP_NTLM = Path.of("src/test/resources/dissect/http-ntlm.pcapng");

    /** {@link #captures()} and the dissector tests' captures: the reports the schema and the cross-check read. */
    static List<Path> reportedCaptures() {
        return Stream.concat(captures().stream(), Stream.of(SYNTHETIC, NBNS, OPENSSH, SSH, SSH_TOOLS, VSFTPD,
                FTP, DNS_TUNNEL, SMTP, SMTP_PYTHON, HTTP_FILES, MULTIPART, SMB, KERBEROS, HTTP_NTLM, HTTP_AUTH, POP, IMAP,
                GUESSING))
                .toList();
    }

    /** The report of a capture (analysed once per test run). */
    static IocReport report(Path capture) {
        return REPORTS.computeIfAbsent(capture, c -> {
            try {
                return IocAnalysis.run(c, null);
            } catch (Exception e) {
                throw new AssertionError("iocs failed on " + c + ": " + e, e);
            }
        });
    }

    static JsonNode json(IocReport r) {
        try {
            return MAPPER.readTree(Json.write(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
