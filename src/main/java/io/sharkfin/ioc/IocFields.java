package io.sharkfin.ioc;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.ValueStrings;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields the IOC analysis reads, resolved once against a {@link FieldRegistry}, each with the
 * kind of value the collectors read from it (text, integer, boolean, address, absolute time). A
 * session is primed with exactly these (plus the scope filter's); a field this build does not
 * dissect, or dissects with another type, has id -1, never occurs in a packet, and is listed by
 * {@link #missing()} so the report can say which parts of the analysis had no data.
 *
 * <p>HTTP and TLS names are Wireshark's ({@code http.*}, {@code tls.handshake.*}); the
 * certificate fields {@code tls.cert.*}, the body's hashes {@code http.file_data.sha256}, {@code .md5}
 * and {@code .magic} and a MIME part's {@code mime_multipart.part.*} are sharkfin's own (see {@code sharkfin fields tls.cert});
 * SSH's, FTP's, POP's, IMAP's, SMTP's, IMF's, Kerberos', NTLMSSP's and SMB2's are Wireshark's ({@code ssh.protocol},
 * {@code ssh.kex.hassh}, {@code ftp.request.command}, {@code smtp.auth.username}, {@code imf.from},
 * {@code kerberos.CNameString}, {@code ntlmssp.auth.username}, {@code smb2.tree}, ...).
 */
public final class IocFields {

    public final int ipSrc;
    public final int ipDst;
    public final int ipv6Src;
    public final int ipv6Dst;
    public final int tcpSrcPort;
    public final int tcpDstPort;
    public final int tcpStream;
    public final int tcpFlags;
    public final int udpSrcPort;
    public final int udpDstPort;
    public final int udpStream;

    public final int dnsResponse;
    public final int dnsRcode;
    public final int dnsQryName;
    public final int dnsQryType;
    public final int dnsA;
    public final int dnsAaaa;

    public final int httpMethod;
    public final int httpUri;
    public final int httpHost;
    public final int httpUserAgent;
    public final int httpAcceptLanguage;
    public final int httpCookie;
    public final int httpResponseCode;
    public final int httpContentType;
    public final int httpFullUri;
    public final int httpResponseForUri;
    public final int httpAuthBasic;
    public final int httpAuthorization;
    public final int httpProxyAuthorization;
    public final int fileSha256;
    public final int fileMd5;
    public final int fileMagic;
    public final int part;
    public final int partSha256;
    public final int partMd5;
    public final int partMagic;
    public final int partSize;
    public final int partDisposition;
    public final int partContentType;

    public final int tlsHandshakeType;
    public final int tlsSni;
    public final int tlsJa3;
    public final int tlsJa3s;
    public final int tlsJa4;
    public final int certSubject;
    public final int certIssuer;
    public final int certSubjectCn;
    public final int certNotBefore;
    public final int certNotAfter;
    public final int certSelfSigned;
    public final int certSan;

    public final int sshProtocol;
    public final int sshDirection;
    public final int sshHassh;
    public final int sshHasshAlgorithms;
    public final int sshHasshServer;
    public final int sshHasshServerAlgorithms;

    public final int ftpCommand;
    public final int ftpArg;
    public final int ftpResponseCode;
    public final int pop;
    public final int popCommand;
    public final int popParameter;
    public final int popIndicator;
    public final int imap;
    public final int imapUsername;
    public final int imapPassword;
    public final int imapRequestTag;
    public final int imapResponseTag;
    public final int imapStatus;
    public final int ftpData;
    public final int ftpDataCommand;
    public final int ftpDataCommandFrame;

    public final int smtpUser;
    public final int smtpPassword;
    public final int smtpUserPassword;
    public final int smtpResponseCode;
    public final int imfFrom;
    public final int imfSubject;
    public final int imfTo;
    public final int imfMailer;
    public final int imfUserAgent;

    public final int dhcpOp;
    public final int dhcpMac;
    public final int dhcpMessageType;
    public final int dhcpHostName;
    public final int dhcpFqdn;
    public final int dhcpVendorClass;
    public final int dhcpRequestedIp;
    public final int dhcpClientIp;
    public final int dhcpYourIp;

    public final int nbnsResponse;
    public final int nbnsOpcode;
    public final int nbnsType;
    public final int nbnsName;
    public final int nbnsNetbiosName;
    public final int nbnsUnitId;

    public final int krbMsgType;
    public final int krbCname;
    public final int krbSname;
    public final int krbRealm;
    public final int krbCrealm;
    public final int krbEtype;
    public final int krbRequestedEtype;
    public final int krbErrorCode;
    public final int krbPadataType;
    public final int krbTicket;
    public final int krbReqBody;

    public final int ntlmMessageType;
    public final int ntlmUser;
    public final int ntlmDomain;
    public final int ntlmHost;

    public final int smb2Cmd;
    public final int smb2Response;
    public final int smb2Status;
    public final int smb2Tree;
    public final int smb2Filename;
    public final int smb2Account;
    public final int smb2Domain;

    private final BitSet ids = new BitSet();
    private final List<String> missing = new ArrayList<>();
    private final FieldRegistry registry;
    private final Map<String, FieldDef> dissected = new HashMap<>();

    public IocFields(FieldRegistry registry) {
        this.registry = registry;
        // only the dissected fields matter: looking a name up in the registry would load
        // Wireshark's whole field catalogue (tens of megabytes) to learn it is not dissected
        for (FieldDef d : registry.dissected()) {
            dissected.put(d.name(), d);
        }
        ipSrc = id("ip.src", Kind.IPV4);
        ipDst = id("ip.dst", Kind.IPV4);
        ipv6Src = id("ipv6.src", Kind.IPV6);
        ipv6Dst = id("ipv6.dst", Kind.IPV6);
        tcpSrcPort = id("tcp.srcport", Kind.INTEGER);
        tcpDstPort = id("tcp.dstport", Kind.INTEGER);
        tcpStream = id("tcp.stream", Kind.INTEGER);
        tcpFlags = id("tcp.flags", Kind.INTEGER);
        udpSrcPort = id("udp.srcport", Kind.INTEGER);
        udpDstPort = id("udp.dstport", Kind.INTEGER);
        udpStream = id("udp.stream", Kind.INTEGER);
        dnsResponse = id("dns.flags.response", Kind.BOOLEAN);
        dnsRcode = id("dns.flags.rcode", Kind.INTEGER);
        dnsQryName = id("dns.qry.name", Kind.TEXT);
        dnsQryType = id("dns.qry.type", Kind.INTEGER);
        dnsA = id("dns.a", Kind.IPV4);
        dnsAaaa = id("dns.aaaa", Kind.IPV6);
        httpMethod = id("http.request.method", Kind.TEXT);
        httpUri = id("http.request.uri", Kind.TEXT);
        httpHost = id("http.host", Kind.TEXT);
        httpUserAgent = id("http.user_agent", Kind.TEXT);
        httpAcceptLanguage = id("http.accept_language", Kind.TEXT);
        httpCookie = id("http.cookie", Kind.TEXT);
        httpResponseCode = id("http.response.code", Kind.INTEGER);
        httpContentType = id("http.content_type", Kind.TEXT);
        httpFullUri = id("http.request.full_uri", Kind.TEXT);
        httpResponseForUri = id("http.response_for.uri", Kind.TEXT);
        httpAuthBasic = id("http.authbasic", Kind.TEXT);
        httpAuthorization = id("http.authorization", Kind.TEXT);
        httpProxyAuthorization = id("http.proxy_authorization", Kind.TEXT);
        fileSha256 = id("http.file_data.sha256", Kind.TEXT);
        fileMd5 = id("http.file_data.md5", Kind.TEXT);
        fileMagic = id("http.file_data.magic", Kind.TEXT);
        part = id("mime_multipart.part", Kind.TEXT);
        partSha256 = id("mime_multipart.part.sha256", Kind.TEXT);
        partMd5 = id("mime_multipart.part.md5", Kind.TEXT);
        partMagic = id("mime_multipart.part.magic", Kind.TEXT);
        partSize = id("mime_multipart.part.size", Kind.INTEGER);
        partDisposition = id("mime_multipart.header.content-disposition", Kind.TEXT);
        partContentType = id("mime_multipart.header.content-type", Kind.TEXT);
        tlsHandshakeType = id("tls.handshake.type", Kind.INTEGER);
        tlsSni = id("tls.handshake.extensions_server_name", Kind.TEXT);
        tlsJa3 = id("tls.handshake.ja3", Kind.TEXT);
        tlsJa3s = id("tls.handshake.ja3s", Kind.TEXT);
        tlsJa4 = id("tls.handshake.ja4", Kind.TEXT);
        certSubject = id("tls.cert.subject", Kind.TEXT);
        certIssuer = id("tls.cert.issuer", Kind.TEXT);
        certSubjectCn = id("tls.cert.subject.cn", Kind.TEXT);
        certNotBefore = id("tls.cert.not_before", Kind.TIME);
        certNotAfter = id("tls.cert.not_after", Kind.TIME);
        certSelfSigned = id("tls.cert.self_signed", Kind.BOOLEAN);
        certSan = id("tls.cert.san", Kind.TEXT);
        sshProtocol = id("ssh.protocol", Kind.TEXT);
        sshDirection = id("ssh.direction", Kind.BOOLEAN);
        sshHassh = id("ssh.kex.hassh", Kind.TEXT);
        sshHasshAlgorithms = id("ssh.kex.hassh_algorithms", Kind.TEXT);
        sshHasshServer = id("ssh.kex.hasshserver", Kind.TEXT);
        sshHasshServerAlgorithms = id("ssh.kex.hasshserver_algorithms", Kind.TEXT);
        ftpCommand = id("ftp.request.command", Kind.TEXT);
        ftpArg = id("ftp.request.arg", Kind.TEXT);
        ftpResponseCode = id("ftp.response.code", Kind.INTEGER);
        pop = id("pop", Kind.PROTOCOL);
        popCommand = id("pop.request.command", Kind.TEXT);
        popParameter = id("pop.request.parameter", Kind.TEXT);
        popIndicator = id("pop.response.indicator", Kind.TEXT);
        imap = id("imap", Kind.PROTOCOL);
        imapUsername = id("imap.request.username", Kind.TEXT);
        imapPassword = id("imap.request.password", Kind.TEXT);
        imapRequestTag = id("imap.request_tag", Kind.TEXT);
        imapResponseTag = id("imap.response_tag", Kind.TEXT);
        imapStatus = id("imap.response.status", Kind.TEXT);
        ftpData = id("ftp-data", Kind.PROTOCOL);
        ftpDataCommand = id("ftp-data.command", Kind.TEXT);
        ftpDataCommandFrame = id("ftp-data.command-frame", Kind.INTEGER);
        smtpUser = id("smtp.auth.username", Kind.TEXT);
        smtpPassword = id("smtp.auth.password", Kind.TEXT);
        smtpUserPassword = id("smtp.auth.username_password", Kind.TEXT);
        smtpResponseCode = id("smtp.response.code", Kind.INTEGER);
        imfFrom = id("imf.from", Kind.TEXT);
        imfSubject = id("imf.subject", Kind.TEXT);
        imfTo = id("imf.to", Kind.TEXT);
        imfMailer = id("imf.ext.mailer", Kind.TEXT);
        imfUserAgent = id("imf.user_agent", Kind.TEXT);
        dhcpOp = id("dhcp.type", Kind.INTEGER);
        dhcpMac = id("dhcp.hw.mac_addr", Kind.ETHER);
        dhcpMessageType = id("dhcp.option.dhcp", Kind.INTEGER);
        dhcpHostName = id("dhcp.option.hostname", Kind.TEXT);
        dhcpFqdn = id("dhcp.fqdn.name", Kind.TEXT);
        dhcpVendorClass = id("dhcp.option.vendor_class_id", Kind.TEXT);
        dhcpRequestedIp = id("dhcp.option.requested_ip_address", Kind.IPV4);
        dhcpClientIp = id("dhcp.ip.client", Kind.IPV4);
        dhcpYourIp = id("dhcp.ip.your", Kind.IPV4);
        nbnsResponse = id("nbns.flags.response", Kind.BOOLEAN);
        nbnsOpcode = id("nbns.flags.opcode", Kind.INTEGER);
        nbnsType = id("nbns.type", Kind.INTEGER);
        nbnsName = id("nbns.name", Kind.TEXT);
        nbnsNetbiosName = id("nbns.netbios_name", Kind.TEXT);
        nbnsUnitId = id("nbns.unit_id", Kind.ETHER);
        krbMsgType = id("kerberos.msg_type", Kind.INTEGER);
        krbCname = id("kerberos.CNameString", Kind.TEXT);
        krbSname = id("kerberos.SNameString", Kind.TEXT);
        krbRealm = id("kerberos.realm", Kind.TEXT);
        krbCrealm = id("kerberos.crealm", Kind.TEXT);
        krbEtype = id("kerberos.etype", Kind.INTEGER);
        krbRequestedEtype = id("kerberos.ENCTYPE", Kind.INTEGER);
        krbErrorCode = id("kerberos.error_code", Kind.INTEGER);
        krbPadataType = id("kerberos.padata_type", Kind.INTEGER);
        krbTicket = id("kerberos.ticket_element", Kind.ITEM);
        krbReqBody = id("kerberos.req_body_element", Kind.ITEM);
        ntlmMessageType = id("ntlmssp.messagetype", Kind.INTEGER);
        ntlmUser = id("ntlmssp.auth.username", Kind.TEXT);
        ntlmDomain = id("ntlmssp.auth.domain", Kind.TEXT);
        ntlmHost = id("ntlmssp.auth.hostname", Kind.TEXT);
        smb2Cmd = id("smb2.cmd", Kind.INTEGER);
        smb2Response = id("smb2.flags.response", Kind.BOOLEAN);
        smb2Status = id("smb2.nt_status", Kind.INTEGER);
        smb2Tree = id("smb2.tree", Kind.TEXT);
        smb2Filename = id("smb2.filename", Kind.TEXT);
        smb2Account = id("smb2.acct", Kind.TEXT);
        smb2Domain = id("smb2.domain", Kind.TEXT);
    }

    /** The fields resolved against the standard registry. */
    public static IocFields standard() {
        return new IocFields(FieldRegistry.standard());
    }

    /** How the collectors read a field's values; a field of another type is not read at all. */
    enum Kind {
        TEXT, INTEGER, BOOLEAN, IPV4, IPV6, TIME, ETHER, PROTOCOL, ITEM;

        boolean accepts(FieldType t) {
            return switch (this) {
                case TEXT -> t.isString();
                case INTEGER -> t.isInteger() && t != FieldType.BOOLEAN;
                case BOOLEAN -> t == FieldType.BOOLEAN;
                case IPV4 -> t == FieldType.IPv4;
                case IPV6 -> t == FieldType.IPv6;
                case TIME -> t == FieldType.ABSOLUTE_TIME;
                case ETHER -> t == FieldType.ETHER;
                case PROTOCOL -> t == FieldType.PROTOCOL;
                case ITEM -> t == FieldType.NONE;
            };
        }
    }

    private int id(String name, Kind kind) {
        FieldDef d = dissected.get(name);
        if (d == null || !kind.accepts(d.type())) {
            missing.add(name);
            return -1;
        }
        ids.set(d.id());
        return d.id();
    }

    /** The definition of a resolved field (its type decides how values are read). */
    public FieldDef def(int id) {
        return registry.byId(id);
    }

    /** Wireshark's name of a value of a resolved field (its value strings), or null. */
    public String valueName(int id, long value) {
        if (id < 0) {
            return null;
        }
        ValueStrings names = registry.byId(id).strings();
        return names == null ? null : names.nameOf(value);
    }

    /** Ids of every field the analysis reads (a copy), to prime a session. */
    public BitSet ids() {
        return (BitSet) ids.clone();
    }

    /** Names of the fields the analysis reads that this build dissects. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (int id = ids.nextSetBit(0); id >= 0; id = ids.nextSetBit(id + 1)) {
            out.add(registry.byId(id).name());
        }
        return out;
    }

    /** Names the analysis would read that this build does not dissect (or dissects with another type). */
    public List<String> missing() {
        return List.copyOf(missing);
    }

    /** Whether HTTP request fields are available. */
    public boolean hasHttp() {
        return httpMethod >= 0;
    }

    /** Whether TLS handshake fields are available. */
    public boolean hasTls() {
        return tlsHandshakeType >= 0;
    }
}
