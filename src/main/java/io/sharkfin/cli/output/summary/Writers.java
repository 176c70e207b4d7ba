package io.sharkfin.cli.output.summary;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The column writer of each protocol; protocols without one name the Protocol column in capitals. */
final class Writers {

    /** Layers whose dissectors leave the columns alone. */
    private static final Set<String> SILENT = Set.of("frame", "ethertype", "data", "x509sat", "x509ce", "x509af",
            "x509if", "pkix1explicit", "pkix1implicit", "pkcs-1", "_ws.malformed", "_ws.short", "_ws.expert",
            "_ws.lua", "pkixqualified", "cms", "mime_multipart", "gss-api", "spnego");

    /** Protocol column names that are not the filter name in capitals. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("mysql", "MySQL"), Map.entry("ieee8021ad", "802.1ad"), Map.entry("x11", "X11"),
            Map.entry("ajp13", "AJP13"), Map.entry("gre", "GRE"), Map.entry("vxlan", "VXLAN"));

    private final Map<String, ColumnWriter> writers = new HashMap<>();
    private final TlsWriter tls;
    private final TcpWriter tcp;

    Writers(ColumnFields f) {
        writers.put("eth", new EthWriter(f));
        writers.put("sll", new SllWriter(f));
        writers.put("null", new LinkPlaceholderWriter("Null/Loopback"));
        writers.put("raw", new LinkPlaceholderWriter("Raw packet data"));
        writers.put("vlan", new VlanWriter(f));
        writers.put("ip", new IpWriter(f));
        writers.put("ipv6", new Ipv6Writer(f));
        Ipv6ExtensionWriter extension = new Ipv6ExtensionWriter(f);
        for (String header : List.of("ipv6.hopopts", "ipv6.routing", "ipv6.fraghdr", "ipv6.dstopts")) {
            writers.put(header, extension);
        }
        writers.put("arp", new ArpWriter(f));
        writers.put("dhcp", new DhcpWriter(f));
        writers.put("rip", new RipWriter(f));
        writers.put("cdp", new CdpWriter());
        writers.put("lldp", new LldpWriter());
        writers.put("stp", new StpWriter(f));
        writers.put("ssh", new SshWriter());
        writers.put("udp", new UdpWriter(f));
        tcp = new TcpWriter(f);
        writers.put("tcp", tcp);
        writers.put("icmp", new IcmpWriter(f));
        writers.put("icmpv6", new Icmpv6Writer(f));
        writers.put("dns", new DnsWriter(f, "DNS", false));
        writers.put("mdns", new DnsWriter(f, "MDNS", true));
        writers.put("llmnr", new DnsWriter(f, "LLMNR", false));
        writers.put("nbns", new NbnsWriter());
        writers.put("kerberos", new KerberosWriter(f));
        writers.put("http", new HttpWriter(f, "HTTP"));
        writers.put("ssdp", new HttpWriter(f, "SSDP"));
        tls = new TlsWriter(f);
        writers.put("tls", tls);
        writers.put("quic", new QuicWriter(f));
        writers.put("ftp", new FtpWriter(f));
        writers.put("ftp-data", new FtpDataWriter(f));
        writers.put("smtp", MailWriter.carrier("SMTP"));
        writers.put("pop", MailWriter.carrier("POP"));
        writers.put("imap", MailWriter.carrier("IMAP"));
        writers.put("imf", MailWriter.imf(f));
        writers.put("data-text-lines", new MediaWriter(f, MediaWriter.Kind.TYPE_AFTER_SPACE));
        writers.put("urlencoded-form", new MediaWriter(f, MediaWriter.Kind.TYPE_AFTER_SPACE));
        writers.put("media", new MediaWriter(f, MediaWriter.Kind.TYPE));
        writers.put("json", new MediaWriter(f, MediaWriter.Kind.JSON));
        writers.put("xml", new MediaWriter(f, MediaWriter.Kind.XML));
        writers.put("png", new MediaWriter(f, MediaWriter.Kind.PNG));
        writers.put("image-gif", new MediaWriter(f, MediaWriter.Kind.GIF));
        writers.put("image-jfif", new MediaWriter(f, MediaWriter.Kind.JFIF));
        writers.put("ocsp", new MediaWriter(f, MediaWriter.Kind.OCSP));
        writers.put("nbss", new SmbWriter(false));
        writers.put("smb2", new SmbWriter(true));
        writers.put("ntlmssp", new NtlmsspWriter());
        for (String s : SILENT) {
            writers.put(s, NamingWriter.SILENT);
        }
    }

    /** The protocols with a writer of their own, or known to write nothing. */
    Set<String> protocols() {
        return Set.copyOf(writers.keySet());
    }

    /** The writer of a protocol (by filter name). */
    ColumnWriter of(String protocol) {
        return writers.computeIfAbsent(protocol, p -> new NamingWriter(
                NAMES.getOrDefault(p, p.toUpperCase(Locale.ROOT))));
    }

    /** Follows what later frames' columns depend on through a frame's TCP segments. */
    void observe(io.sharkfin.dissect.Packet p) {
        tcp.observe(p);
    }

    /** Follows what later frames' columns depend on through one frame's TLS layers. */
    void observeTls(List<Layer> layers) {
        for (Layer l : layers) {
            if (l.protocol().equals("tls")) {
                tls.observe(l);
            }
        }
    }
}
