package io.sharkfin.dissect;

import io.sharkfin.capture.LinkType;
import io.sharkfin.dissect.protocol.ArpDissector;
import io.sharkfin.dissect.protocol.cdp.CdpDissector;
import io.sharkfin.dissect.protocol.lldp.LldpDissector;
import io.sharkfin.dissect.protocol.DataDissector;
import io.sharkfin.dissect.protocol.EthDissector;
import io.sharkfin.dissect.protocol.FrameDissector;
import io.sharkfin.dissect.protocol.GreDissector;
import io.sharkfin.dissect.protocol.IcmpDissector;
import io.sharkfin.dissect.protocol.Icmpv6Dissector;
import io.sharkfin.dissect.protocol.Ieee8021adDissector;
import io.sharkfin.dissect.protocol.IpDissector;
import io.sharkfin.dissect.protocol.Ipv6Dissector;
import io.sharkfin.dissect.protocol.Ipv6ExtensionHeader;
import io.sharkfin.dissect.protocol.LlcDissector;
import io.sharkfin.dissect.protocol.NullDissector;
import io.sharkfin.dissect.protocol.RawIpDissector;
import io.sharkfin.dissect.protocol.SllDissector;
import io.sharkfin.dissect.protocol.stp.StpDissector;
import io.sharkfin.dissect.protocol.UdpDissector;
import io.sharkfin.dissect.protocol.VlanDissector;
import io.sharkfin.dissect.protocol.VxlanDissector;
import io.sharkfin.dissect.protocol.app.Ajp13Dissector;
import io.sharkfin.dissect.protocol.app.MysqlDissector;
import io.sharkfin.dissect.protocol.app.X11Dissector;
import io.sharkfin.dissect.protocol.dhcp.DhcpDissector;
import io.sharkfin.dissect.protocol.dns.DnsDissector;
import io.sharkfin.dissect.protocol.dns.DnsHeuristic;
import io.sharkfin.dissect.protocol.dns.DnsTcpDissector;
import io.sharkfin.dissect.protocol.dns.DnsVariant;
import io.sharkfin.dissect.protocol.ftp.FtpDataDissector;
import io.sharkfin.dissect.protocol.ftp.FtpDissector;
import io.sharkfin.dissect.protocol.http.HttpDissector;
import io.sharkfin.dissect.protocol.imap.ImapDissector;
import io.sharkfin.dissect.protocol.imf.ImfDissector;
import io.sharkfin.dissect.protocol.multipart.MultipartDissector;
import io.sharkfin.dissect.protocol.smtp.SmtpDissector;
import io.sharkfin.dissect.protocol.http.SsdpDissector;
import io.sharkfin.dissect.protocol.http.media.MediaDissector;
import io.sharkfin.dissect.protocol.http.media.TextLinesDissector;
import io.sharkfin.dissect.protocol.http.media.UrlencodedFormDissector;
import io.sharkfin.dissect.protocol.image.GifDissector;
import io.sharkfin.dissect.protocol.image.JfifDissector;
import io.sharkfin.dissect.protocol.image.PngDissector;
import io.sharkfin.dissect.protocol.json.JsonDissector;
import io.sharkfin.dissect.protocol.kerberos.KerberosDissector;
import io.sharkfin.dissect.protocol.kerberos.KerberosTcpDissector;
import io.sharkfin.dissect.protocol.nbns.NbnsDissector;
import io.sharkfin.dissect.protocol.ntlmssp.GssapiDissector;
import io.sharkfin.dissect.protocol.ntlmssp.NtlmsspDissector;
import io.sharkfin.dissect.protocol.ntlmssp.SpnegoDissector;
import io.sharkfin.dissect.protocol.ocsp.OcspDissector;
import io.sharkfin.dissect.protocol.pop.PopDissector;
import io.sharkfin.dissect.protocol.quic.QuicDissector;
import io.sharkfin.dissect.protocol.rip.RipDissector;
import io.sharkfin.dissect.protocol.smb.NbssDissector;
import io.sharkfin.dissect.protocol.smb.Smb2Dissector;
import io.sharkfin.dissect.protocol.ssh.SshDissector;
import io.sharkfin.dissect.protocol.tcp.TcpDissector;
import io.sharkfin.dissect.protocol.tls.TlsDissector;
import io.sharkfin.dissect.protocol.xml.XmlDissector;

import java.util.List;

/**
 * Which dissectors the standard set has and how they are wired: the one place to look when adding
 * a protocol.
 */
final class StandardDissectors {
    private StandardDissectors() {
    }

    static void install(Dissectors ds) {
        ds.add(new FrameDissector(ds));
        ds.addFields(Expert.FIELDS.toArray(FieldSpec[]::new));
        ds.add(new DataDissector());
        installLinkLayers(ds);
        installNetworkLayers(ds);
        installTransports(ds);
        installApplications(ds);
    }

    private static void installLinkLayers(Dissectors ds) {
        EthDissector eth = ds.add(new EthDissector(ds));
        ds.linkType.register(LinkType.ETHERNET, eth);
        NullDissector loopback = ds.add(new NullDissector(ds));
        ds.linkType.register(LinkType.NULL, loopback).register(LinkType.LOOP, loopback);
        RawIpDissector raw = ds.add(new RawIpDissector(ds));
        ds.linkType.register(LinkType.RAW, raw).register(LinkType.RAW_12, raw)
                .register(LinkType.RAW_14, raw);
        SllDissector sll = ds.add(new SllDissector(ds, eth));
        ds.linkType.register(LinkType.LINUX_SLL, sll).register(LinkType.LINUX_SLL2, sll);

        VlanDissector vlan = ds.add(new VlanDissector(ds));
        ds.ethertype.register(0x8100, vlan).register(0x9100, vlan);
        ds.ethertype.register(0x88a8, ds.add(new Ieee8021adDissector(ds)));
        ArpDissector arp = ds.add(new ArpDissector());
        ds.ethertype.register(0x0806, arp).register(0x8035, arp);
        ds.ethertype.register(0x6558, eth.withoutFcs());
        StpDissector stp = ds.add(new StpDissector(ds));
        ds.ethertype.register(0x8181, stp);
        ds.add(new LlcDissector(ds, stp));
        ds.add(new CdpDissector(ds));
        ds.ethertype.register(0x88cc, ds.add(new LldpDissector()));
    }

    private static void installNetworkLayers(Dissectors ds) {
        IpDissector ip = ds.add(new IpDissector(ds));
        ds.ethertype.register(0x0800, ip.forEthertype());
        ds.linkType.register(LinkType.IPV4, ip);
        ds.ipProto.register(4, ip);
        Ipv6Dissector ipv6 = ds.add(new Ipv6Dissector(ds));
        ds.ethertype.register(0x86dd, ipv6);
        ds.linkType.register(LinkType.IPV6, ipv6);
        ds.ipProto.register(41, ipv6);
        for (Ipv6ExtensionHeader.Kind kind : Ipv6ExtensionHeader.Kind.values()) {
            ds.ipProto.register(kind.number(), ds.add(new Ipv6ExtensionHeader(ds, kind)));
        }
        ds.ipProto.register(1, ds.add(new IcmpDissector(ds)));
        ds.ipProto.register(58, ds.add(new Icmpv6Dissector(ds)));
    }

    private static void installTransports(Dissectors ds) {
        ds.ipProto.register(6, ds.add(new TcpDissector(ds)));
        ds.ipProto.register(17, ds.add(new UdpDissector(ds)));
        EthDissector eth = (EthDissector) ds.byName("eth");
        ds.ipProto.register(47, ds.add(new GreDissector(ds, eth)));
        ds.udpPort.register(4789, ds.add(new VxlanDissector(eth)));
    }

    private static void installApplications(Dissectors ds) {
        installDns(ds);
        // NetBIOS names are resolved over UDP 137 (package nbns)
        ds.udpPort.register(137, ds.add(new NbnsDissector()));
        installKerberos(ds);
        installByPort(ds);
        installNetworkServices(ds);
        installHttp(ds);
        // heuristics run in Wireshark's registration order: HTTP's before TLS's
        installTls(ds);
        installQuic(ds);
        installFtp(ds);
        installMail(ds);
        installSmb(ds);
    }

    /**
     * The NetBIOS Session Service on TCP 139 and 445, SMB2 inside its messages, and the security
     * blobs of SMB2's session set-up: GSS-API, SPNEGO and NTLMSSP.
     */
    private static void installSmb(Dissectors ds) {
        NtlmsspDissector ntlmssp = ds.add(new NtlmsspDissector());
        SpnegoDissector spnego = ds.add(new SpnegoDissector(ntlmssp));
        GssapiDissector gssapi = ds.add(new GssapiDissector(spnego, ntlmssp));
        Smb2Dissector smb2 = ds.add(new Smb2Dissector(new Smb2Dissector.SecurityBlobs() {
            @Override
            public void dissect(Packet p, int buf, int off, int len) {
                // dissect_smb2_secblob: a bare NTLMSSP message, else a GSS-API token
                boolean bare = len >= 7 && p.available(buf, off, 7) && p.u32(buf, off) == 0x4e544c4dL
                        && p.u16(buf, off + 4) == 0x5353 && p.u8(buf, off + 6) == 'P';
                p.call(bare ? ntlmssp : gssapi, buf, off, len);
            }

            @Override
            public List<String> protocols() {
                return List.of("gss-api", "spnego", "ntlmssp");
            }
        }, ds.data()));
        NbssDissector nbss = ds.add(new NbssDissector(smb2, ds.data()));
        ds.tcpPort.register(NbssDissector.PORT_NETBIOS, nbss).register(NbssDissector.PORT_CIFS, nbss);
    }

    /**
     * Mail: SMTP on TCP 25 and 587, POP3 on TCP 110 and IMAP on TCP 143, the messages they carry
     * to IMF, whose bodies go to the dissector of their media type as HTTP's do; STARTTLS and STLS
     * hand their connections to TLS.
     */
    private static void installMail(Dissectors ds) {
        HttpDissector http = (HttpDissector) ds.byName("http");
        ImfDissector imf = ds.add(new ImfDissector(http::mediaTypeDissector, http::calls));
        SmtpDissector smtp = ds.add(new SmtpDissector(imf, ds.byName("data-text-lines"), TlsDissector.instance()));
        for (int port : SmtpDissector.PORTS) {
            ds.tcpPort.register(port, smtp);
        }
        ds.tcpPort.register(PopDissector.PORT, ds.add(new PopDissector(imf, TlsDissector.instance())));
        ds.tcpPort.register(ImapDissector.PORT, ds.add(new ImapDissector(imf, TlsDissector.instance(), ds.data())));
    }

    /**
     * FTP on TCP 21 and FTP-DATA on TCP 20 and on the connections FTP announces; FTP-DATA shows
     * text data as line-based text, and AUTH TLS hands FTP's connection to TLS.
     */
    private static void installFtp(Dissectors ds) {
        FtpDataDissector data = ds.add(new FtpDataDissector(ds.byName("data-text-lines")));
        ds.tcpPort.register(FtpDataDissector.PORT, data);
        ds.tcpPort.register(FtpDissector.PORT, ds.add(new FtpDissector(data, TlsDissector.instance())));
    }

    /**
     * HTTP on Wireshark's default TCP ports and as a TCP heuristic, SSDP on UDP 1900, and the
     * dissectors of the bodies HTTP hands on by media type.
     */
    private static void installHttp(Dissectors ds) {
        HttpDissector http = ds.add(new HttpDissector(ds));
        for (int port : HttpDissector.PORTS) {
            ds.tcpPort.register(port, http);
        }
        ((TcpDissector) ds.byName("tcp")).addHeuristic(http.heuristic());
        ds.udpPort.register(SsdpDissector.PORT, ds.add(new SsdpDissector(http)));
        ds.add(new MediaDissector());
        XmlDissector xml = ds.add(new XmlDissector());
        TextLinesDissector textLines = ds.add(new TextLinesDissector(xml));
        ds.add(new JsonDissector(textLines));
        ds.add(new UrlencodedFormDissector());
        // images by media type, and HTTP's body heuristics (BodyDissectors)
        ds.add(new PngDissector());
        ds.add(new GifDissector());
        ds.add(new JfifDissector());
        installOcsp(ds, http);
        installMultipart(ds, http);
    }

    /**
     * MIME multipart for the multipart media types (HTTP's bodies, IMF's messages, and parts of
     * other multiparts), each part handed on by its own media type.
     */
    private static void installMultipart(Dissectors ds, HttpDissector http) {
        MultipartDissector multipart = ds.add(new MultipartDissector(http::mediaTypeDissector, http::calls,
                ds.byName("media"), ds.byName("data")));
        for (String type : MultipartDissector.MEDIA_TYPES) {
            http.registerMediaType(type, multipart);
        }
    }

    /**
     * OCSP: its request and response dissectors for HTTP's media types (the response one is the
     * set's {@code ocsp}); TLS dissects the responses of CertificateStatus itself. Installing it
     * registers OCSP's OID-selected types with the X.509 walk.
     */
    private static void installOcsp(Dissectors ds, HttpDissector http) {
        http.registerMediaType("application/ocsp-request", OcspDissector.requests());
        http.registerMediaType("application/ocsp-response", ds.add(OcspDissector.responses()));
    }

    /** TLS on Wireshark's TLS ports and, by its heuristic, on any other TCP port. */
    private static void installTls(Dissectors ds) {
        TlsDissector tls = ds.add(TlsDissector.instance());
        for (int port : TlsDissector.tcpPorts()) {
            ds.tcpPort.register(port, tls);
        }
        ((TcpDissector) ds.byName("tcp")).addHeuristic(tls.heuristic());
    }

    /**
     * QUIC: a UDP heuristic (Wireshark 4.0 registers it on no port). The CRYPTO stream of its
     * Initial packets goes to TLS's handshake dissector, as Wireshark's "quic:tls".
     */
    private static void installQuic(Dissectors ds) {
        QuicDissector quic = ds.add(new QuicDissector());
        udp(ds).addHeuristic(quic);
        quic.cryptoConsumer(TlsDissector::handshakeFromQuic);
    }

    private static UdpDissector udp(Dissectors ds) {
        return (UdpDissector) ds.byName("udp");
    }


    /** SSH, and the application protocols named by their ports without field dissection (package app). */
    private static void installByPort(Dissectors ds) {
        SshDissector ssh = ds.add(new SshDissector());
        for (int port : SshDissector.PORTS) {
            ds.tcpPort.register(port, ssh);
        }
        ds.tcpPort.register(MysqlDissector.PORT, ds.add(new MysqlDissector(TlsDissector.instance())));
        X11Dissector x11 = ds.add(new X11Dissector());
        for (int port = 6000; port <= 6063; port++) {
            ds.tcpPort.register(port, x11);
        }
        ds.tcpPort.register(8009, ds.add(new Ajp13Dissector()));
    }

    /** DHCP and BOOTP on UDP 67 and 68, proxyDHCP on UDP 4011, RIP on UDP 520. */
    private static void installNetworkServices(Dissectors ds) {
        ds.udpPort.register(520, ds.add(new RipDissector()));
        DhcpDissector dhcp = ds.add(new DhcpDissector());
        ds.udpPort.register(67, dhcp).register(68, dhcp).register(4011, dhcp);
    }

    /**
     * DNS on UDP/TCP 53, mDNS on UDP 5353 (and DNS on TCP 5353), LLMNR on UDP 5355, and DNS as a
     * UDP heuristic.
     */
    /** Kerberos on UDP and TCP port 88 (package kerberos); TCP's records behind their record marks. */
    private static void installKerberos(Dissectors ds) {
        KerberosDissector kerberos = ds.add(new KerberosDissector());
        ds.udpPort.register(88, kerberos);
        ds.tcpPort.register(88, new KerberosTcpDissector(kerberos));
    }

    private static void installDns(Dissectors ds) {
        DnsDissector dns = ds.add(new DnsDissector(DnsVariant.DNS));
        DnsDissector mdns = ds.add(new DnsDissector(DnsVariant.MDNS));
        DnsDissector llmnr = ds.add(new DnsDissector(DnsVariant.LLMNR));
        ds.udpPort.register(53, dns).register(5353, mdns).register(5355, llmnr);
        udp(ds).addHeuristic(new DnsHeuristic(dns));
        // not a separate protocol: TCP finds it by port, sessions by the "dns" dissector
        DnsTcpDissector dnsOverTcp = new DnsTcpDissector();
        ds.tcpPort.register(53, dnsOverTcp).register(5353, dnsOverTcp);
    }
}
