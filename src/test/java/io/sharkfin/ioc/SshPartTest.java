package io.sharkfin.ioc;

import io.sharkfin.ioc.report.IocReport;
import io.sharkfin.ioc.report.SshReport;
import io.sharkfin.ioc.report.TextReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SSH part of the analysis on real OpenSSH connections ({@code ssh-openssh.pcap}: eight
 * connections of one OpenSSH 9.2 client to one server, seven of them asking for other algorithms)
 * and on the dissector tests' connections ({@code ssh.pcapng}), with the values tshark shows as
 * {@code ssh.protocol}, {@code ssh.kex.hassh} and {@code ssh.kex.hasshserver}.
 */
class SshPartTest {

    @Test
    void oneClientSoftwareWithEightFingerprintsAgainstOneServer() {
        SshReport s = IocTestSupport.report(IocTestSupport.OPENSSH).ssh();
        assertEquals(1, s.clientSoftware().size());
        SshReport.Software client = s.clientSoftware().get(0);
        assertEquals("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10", client.line());
        assertEquals(8, client.count());
        assertEquals(List.of("127.0.0.1", "::1"), client.clients());
        assertEquals(client.line(), s.serverSoftware().get(0).line());
        assertEquals("ssh.protocol == \"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10\" && ssh.direction == 0",
                client.evidence().filter());
        // each -o Ciphers/MACs/KexAlgorithms choice changes the offer, so its hash; the default
        // offer (connections 0 and 7, the last one refused) is tshark's 472b5de3...
        assertEquals(7, s.hassh().size());
        SshReport.Fingerprint first = s.hassh().get(0);
        assertEquals("472b5de333ad665af5cbf10ff892c4df", first.value());
        assertEquals(2, first.count());
        assertEquals(List.of(8L, 305L), first.evidence().frames());
        assertTrue(first.algorithms().startsWith("sntrup761x25519-sha512,"), first.algorithms());
        assertEquals(List.of(client.line()), first.software());
        // the server offers the same whatever the client asked for
        assertEquals(1, s.hasshServer().size());
        assertEquals("3e7ed2043ff50b878c1782f86236dee9", s.hasshServer().get(0).value());
        assertEquals(8, s.hasshServer().get(0).count());
    }

    @Test
    void linesOfEveryKindAreListedAsAnnounced() {
        SshReport s = IocTestSupport.report(IocTestSupport.SSH).ssh();
        List<String> clients = s.clientSoftware().stream().map(SshReport.Software::line).toList();
        // the lower-case line with its NUL ends there, as ssh.protocol does; the line cut across
        // two segments (connection 50007) never reassembles, so it is not among them
        assertTrue(clients.contains("ssh-2.0-lab"), clients.toString());
        assertTrue(clients.contains("SSH-1.5-OpenSSH_2.1"), clients.toString());
        assertTrue(clients.stream().noneMatch(l -> l.contains("PuTTY")), clients.toString());
        List<String> servers = s.serverSoftware().stream().map(SshReport.Software::line).toList();
        assertTrue(servers.contains("SSH-2.0-GerritCodeReview_3.8.1 (APACHE-SSHD-2.9.2)"), servers.toString());
        SshReport.Fingerprint gex = s.hassh().stream().filter(f -> f.value().equals("6f81a2dfe7fb3bbde18c832a96e46675"))
                .findFirst().orElseThrow();
        assertEquals("curve25519-sha256,diffie-hellman-group-exchange-sha256;aes128-ctr,aes256-ctr;"
                + "hmac-sha2-256-etm@openssh.com;none,zlib@openssh.com", gex.algorithms());
        assertEquals(List.of("10.1.1.10"), gex.clients());
        assertEquals(List.of("10.1.1.22"), gex.servers());
    }

    /**
     * The clients of ssh-tools.pcapng: Paramiko 2.4.1 with the HASSH the HASSH project lists for
     * Metasploit's modules, Go, libssh2 and the libssh sprayer are findings with their KEXINIT
     * frames; the OpenSSH administrator is not.
     */
    @Test
    void attackToolsAndLibrariesAreFindings() {
        IocReport r = IocTestSupport.report(IocTestSupport.SSH_TOOLS);
        List<IocReport.Finding> ssh = r.findings().stream().filter(f -> f.kind().equals("ssh-client")).toList();
        assertEquals(List.of("b5752e36ba6c5979a575e43178908adf", "98ddc5604ef6a1006a2b49a58759fbe6",
                "6542ca579a37eda55bff5c4da9d87974", "3e10a554a3d88a3ed014078cd35e161f"),
                ssh.stream().map(f -> f.indicators().getFirst()).toList());
        IocReport.Finding paramiko = ssh.getFirst();
        assertEquals(1, paramiko.rank());
        assertEquals("medium", paramiko.severity());
        assertTrue(paramiko.statement().contains("Paramiko 2.4.1, which Metasploit's modules use"), paramiko.statement());
        assertEquals(List.of(21L), paramiko.evidence().frames());
        assertEquals("ssh.kex.hassh == \"b5752e36ba6c5979a575e43178908adf\"", paramiko.evidence().filter());
        assertEquals(List.of("T1110", "T1021.004"), paramiko.attack());
        IocReport.Finding go = ssh.get(1);
        assertEquals("low", go.severity());
        assertEquals(List.of(36L, 46L), go.evidence().frames());
        assertTrue(go.statement().startsWith("203.0.113.50 offered HASSH 98ddc5604ef6a1006a2b49a58759fbe6 to 10.1.2.22"
                + " in 2 SSH connections (SSH-2.0-Go)"), go.statement());
        assertTrue(r.findings().stream().noneMatch(f -> f.statement().contains("OpenSSH_9.2p1")), r.findings().toString());
        // the real OpenSSH client and the dissector tests' connections give no such finding
        assertTrue(IocTestSupport.report(IocTestSupport.OPENSSH).findings().isEmpty());
        assertTrue(IocTestSupport.report(IocTestSupport.SSH).findings().stream().noneMatch(f -> f.kind().equals("ssh-client")));
    }

    /**
     * The sprayer's twelve connections in 44 s are a brute-force finding whose evidence is their
     * SYNs; the four connections of the other outside host and the administrator's are not.
     */
    @Test
    void manyConnectionsFromOneClientAreABruteForceFinding() {
        IocReport r = IocTestSupport.report(IocTestSupport.SSH_TOOLS);
        List<IocReport.Finding> brute = r.findings().stream().filter(f -> f.kind().equals("ssh-brute-force")).toList();
        assertEquals(1, brute.size(), r.findings().toString());
        IocReport.Finding b = brute.getFirst();
        assertEquals(2, b.rank());
        assertEquals(60, b.score());
        assertEquals(List.of("198.51.100.77", "10.1.2.22"), b.indicators());
        assertEquals(12, b.evidence().count());
        assertEquals(80L, b.evidence().firstFrame());
        assertEquals("ip.src == 198.51.100.77 && ip.dst == 10.1.2.22 && tcp.dstport == 22 && tcp.flags.syn == 1"
                + " && tcp.flags.ack == 0", b.evidence().filter());
        assertTrue(b.statement().startsWith("198.51.100.77 opened 12 SSH connections to 10.1.2.22:22 in 43.8 s"
                + " (SSH-2.0-libssh_0.9.6)"), b.statement());
        assertTrue(IocTestSupport.report(IocTestSupport.OPENSSH).findings().isEmpty());
    }

    @Test
    void theTextReportHasTheSshTables() {
        IocReport r = IocTestSupport.report(IocTestSupport.OPENSSH);
        String text = TextReport.render(r);
        assertTrue(text.contains("SSH CLIENT SOFTWARE"), text);
        assertTrue(text.contains("HASSH (SSH CLIENT)"), text);
        assertTrue(text.contains("3e7ed2043ff50b878c1782f86236dee9"), text);
    }
}
