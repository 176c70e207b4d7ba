package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.ocsp.Ocsp;
import io.sharkfin.dissect.protocol.tcp.TcpPayload;
import io.sharkfin.dissect.protocol.tcp.TcpPayloadDissector;
import io.sharkfin.dissect.protocol.x509.X509;

import java.util.ArrayList;
import java.util.List;

/**
 * TLS 1.0–1.3 over TCP as Wireshark 4.0.17 dissects it with default preferences (records and
 * handshake messages reassembled across segments and records, no decryption), with the X.509
 * certificates it carries, and the TLS 1.3 handshake messages QUIC carries in CRYPTO frames
 * ({@link #handshakeFromQuic}).
 *
 * <p>Found on Wireshark's TLS ports ({@link TlsPorts#TCP_PORTS}) and, on other ports, by
 * Wireshark's heuristic ({@link #heuristic()}): a payload starting with a handshake or
 * application-data record header of SSL 3.0–TLS 1.2 with a plausible length, or an SSLv2-style
 * ClientHello. A conversation recognised so belongs to TLS from then on.
 *
 * <p>Nothing is parsed unless the session needs a TLS or X.509 field (or frame.protocols).
 */
public final class TlsDissector implements TcpPayloadDissector, TlsEntry {

    /** TLS's fields and those of the X.509 and OCSP structures it carries. */
    static final List<FieldSpec> ALL_FIELDS = allFields();
    /**
     * The fields records add whose content is encrypted (application data, encrypted handshake
     * messages and alerts, ChangeCipherSpec): all a connection adds once it
     * {@link TlsSession#encryptsForGood}. A session that records none of them need not dissect
     * the rest of such a connection ({@link TcpPayload#quietFromNextSegment}).
     */
    static final FieldGroup RECORD_LAYER = FieldGroup.of(TlsFields.TLS, TlsFields.RECORD,
            TlsFields.RECORD_CONTENT_TYPE, TlsFields.RECORD_OPAQUE_TYPE, TlsFields.RECORD_VERSION,
            TlsFields.RECORD_LENGTH, TlsFields.RECORD_LENGTH_INVALID.field(), TlsFields.APP_DATA,
            TlsFields.APP_DATA_PROTO, TlsFields.ALERT_MESSAGE, TlsFields.ALERT_MESSAGE_LEVEL,
            TlsFields.ALERT_MESSAGE_DESC, TlsFields.CHANGE_CIPHER_SPEC, TlsFields.HANDSHAKE,
            TlsFields.IGNORED_UNKNOWN_RECORD.field(), TlsFields.RESUMED.field());
    private static final TlsDissector INSTANCE = new TlsDissector();
    private static final Dissector QUIC = new QuicHandshake();

    private final Heuristic heuristic = new Heuristic();

    static {
        // the SignedCertificateTimestampList certificate extension is TLS's (RFC 6962); each
        // SCT's signature names its algorithm with the handshake's sig_hash fields
        List<FieldSpec> sct = new ArrayList<>(TlsFields.FIELDS.stream()
                .filter(f -> f.name().startsWith("tls.sct.")).toList());
        sct.addAll(List.of(TlsFields.HANDSHAKE_SIG_HASH_ALG, TlsFields.HANDSHAKE_SIG_HASH_HASH,
                TlsFields.HANDSHAKE_SIG_HASH_SIG));
        X509.registerExtension("1.3.6.1.4.1.11129.2.4.2", TlsFields.TLS, sct, TlsDissector::sctExtension);
        X509.registerExtension("1.3.6.1.4.1.11129.2.4.5", TlsFields.TLS, sct, TlsDissector::sctExtension);
    }

    /** The SCT list inside its OCTET STRING (RFC 6962 signs SCTs as TLS 1.2 does). */
    private static void sctExtension(Packet p, int buf, int off, int end) {
        int b = off;
        p.u8(buf, b++);
        int l = p.u8(buf, b++);
        if (l > 0x80) {
            b += l & 0x7f;
        }
        Messages.sctList(p, buf, b, end, 0x0303);
    }

    private static List<FieldSpec> allFields() {
        List<FieldSpec> out = new ArrayList<>(TlsFields.FIELDS);
        out.addAll(X509.FIELDS);
        out.addAll(Ocsp.FIELDS); // CertificateStatus carries OCSP responses
        return List.copyOf(out);
    }

    /** The TLS dissector (one per JVM: it keeps no state of its own). */
    public static TlsDissector instance() {
        return INSTANCE;
    }

    private TlsDissector() {
    }

    /** Wireshark 4.0's TCP ports for TLS. */
    public static int[] tcpPorts() {
        return TlsPorts.TCP_PORTS.clone();
    }

    /** The heuristic to register with {@code TcpDissector.addHeuristic}. */
    public Dissector heuristic() {
        return heuristic;
    }

    @Override
    public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
        if (!p.session().active(this) && !tcp.pdusWanted()) {
            // taken, as TLS would: only whether the payload is taken matters here (TCP asks
            // unrun first whether it would be refused)
            return length;
        }
        TlsSession s = tcp.conversationState(TlsSession.class, TlsSession::new);
        if (s.lastNonTlsFrame >= p.number()) {
            // STARTTLS was agreed in this frame: TLS starts with the next one
            return 0;
        }
        if (startsWithText(p, buf, offset, length)) {
            return 0;
        }
        int taken = Records.dissect(p, buf, offset, length, tcp, s);
        if (!s.quietAsked && s.encryptsForGood() && !p.wantsAny(RECORD_LAYER)) {
            // nothing the session records can come from the rest of the connection: an SNI
            // filter skips the bulk of a download undissected
            s.quietAsked = true;
            tcp.quietFromNextSegment(p);
        }
        return taken;
    }

    /**
     * Wireshark's {@code ssl_starttls_ack}: the protocol dissecting this TCP conversation agreed
     * to switch to TLS after the current frame. The conversation's later payloads go to TLS, whose
     * application data belongs to {@code appProtocol} (its long name, {@code tls.app_data_proto}).
     * A second switch on the same conversation is ignored.
     */
    public void startTls(Packet p, TcpPayload tcp, String appProtocol) {
        startTls(p, tcp, appProtocol, p.number());
    }

    /**
     * {@code ssl_starttls} with the last frame that is not TLS given: {@code ssl_starttls_post_ack}
     * passes the frame before the current one, for a protocol that finds its conversation was TLS
     * already (IMAP's heuristic), and hands the current payload to TLS itself.
     */
    public void startTls(Packet p, TcpPayload tcp, String appProtocol, long lastNonTlsFrame) {
        TlsSession s = tcp.conversationState(TlsSession.class, TlsSession::new);
        if (s.lastNonTlsFrame != 0) {
            return;
        }
        s.appProtocol = appProtocol;
        s.lastNonTlsFrame = lastNonTlsFrame;
        tcp.handConversationTo(this);
    }

    /**
     * Not run, TLS still refuses text outside its records, which TCP then hands to its
     * heuristics (HTTP's: plain HTTP on port 443).
     */
    @Override
    public Unrun unrun(Packet p, int buf, int offset, int length) {
        return startsWithText(p, buf, offset, length) ? Unrun.DECLINES : Unrun.TAKES;
    }

    /** Wireshark refuses payloads whose first four bytes are printable: unencrypted text. */
    private static boolean startsWithText(Packet p, int buf, int off, int length) {
        if (Math.min(length, p.bufferLength(buf) - off) <= 4) {
            return false;
        }
        // one read: TCP asks this of every payload on TLS's ports that TLS does not run for
        long first = p.u32(buf, off);
        for (int shift = 0; shift < 32; shift += 8) {
            long c = first >>> shift & 0xff;
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /**
     * Dissects TLS 1.3 handshake messages without a record layer, as QUIC carries them in its
     * CRYPTO frames (Wireshark's {@code tls13_handshake} dissector), as a {@code tls} protocol
     * layer of its own ({@code frame.protocols "...:udp:quic:tls"}).
     *
     * <h2>Contract</h2>
     * <ul>
     *   <li>Call it from the QUIC dissector, once per CRYPTO frame (or per contiguous run of
     *       CRYPTO data), in stream order, with the frame's data: {@code length} bytes of buffer
     *       {@code buf} at {@code offset} (a decrypted buffer added with {@link Packet#addBuffer}).</li>
     *   <li>After {@link Packet#setNetAddresses} and {@link Packet#setPorts} were set by IP and
     *       UDP: the connection is identified by the addresses and ports (either direction), as
     *       Wireshark finds the TLS session by the UDP conversation. A handshake message split
     *       over several calls (several CRYPTO frames, in one or several packets) is reassembled
     *       and dissected at the call that completes it, with {@code tls.handshake.fragment*}.</li>
     *   <li>The session's TLS version is 1.3 from the first call on; ClientHello gets JA3 and
     *       JA4 (with transport {@code q}), ServerHello JA3S, certificates their X.509 fields.</li>
     *   <li>Malformed data marks the packet and ends this layer, never the caller; nothing is
     *       parsed when the session needs no TLS field and not frame.protocols.</li>
     *   <li>Memory: per connection one {@link TlsSession} (at most
     *       {@link HandshakeReassembly#MAX_BYTES} buffered per direction), for at most
     *       {@link QuicSessions#MAX_CONNECTIONS} connections (least recently used forgotten).</li>
     * </ul>
     *
     * @return the bytes taken ({@code length}), 0 when TLS is not needed in this session
     */
    public static int handshakeFromQuic(Packet p, int buf, int offset, int length) {
        if (!p.session().active(QUIC)) {
            return 0;
        }
        return p.call(QUIC, buf, offset, length);
    }

    /** The {@code tls13_handshake} entry: handshake messages without records. */
    private static final class QuicHandshake implements TlsEntry {
        @Override
        public int dissect(Packet p, int buf, int offset, int length) {
            TlsSession s = QuicSessions.of(p).session(p);
            if (s.version == TlsSession.VERSION_UNKNOWN) {
                s.version = 0x0304;
            }
            boolean fromServer = s.serverPort != 0 && p.srcPort() == s.serverPort;
            Handshake.dissect(p, buf, offset, offset + length, false, s, fromServer, 'q');
            return length;
        }
    }

    /** Wireshark's {@code dissect_ssl_heur}: TLS on a port that is not TLS's. */
    private final class Heuristic implements TcpPayloadDissector, TlsEntry {
        @Override
        public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
            TlsSession s = tcp.conversationState(TlsSession.class, TlsSession::new);
            if (!s.claimed) {
                if (TlsPorts.takenByOthers(tcp.srcPort()) || TlsPorts.takenByOthers(tcp.dstPort())
                        || !looksLikeTls(p, buf, offset, length)) {
                    return 0;
                }
                s.claimed = true;
                tcp.claimConversation();
                if (s.appProtocol == null) {
                    int server = tcp.serverPort() != 0 ? tcp.serverPort() : Math.min(tcp.srcPort(), tcp.dstPort());
                    s.appProtocol = TlsPorts.starttlsProtocol(server);
                }
            }
            return TlsDissector.this.dissectTcp(p, buf, offset, length, tcp);
        }

        @Override
        public boolean mightClaim(Packet p, int buf, int offset, int length) {
            return looksLikeTls(p, buf, offset, length);
        }
    }

    /** Wireshark's {@code is_sslv3_or_tls} or {@code is_sslv2_clienthello} on the payload's start. */
    static boolean looksLikeTls(Packet p, int buf, int off, int length) {
        int captured = Math.min(length, p.bufferLength(buf) - off);
        if (captured < 5) {
            return false;
        }
        int type = p.u8(buf, off);
        int version = p.u16(buf, off + 1);
        int recordLength = p.u16(buf, off + 3);
        if ((type == 22 || type == 23)
                && (version == 0x0300 || version == 0x0301 || version == 0x0302 || version == 0x0303 || version == 0x0101)
                && recordLength != 0 && recordLength < 16384 + 2048) {
            return true;
        }
        if (captured < 46 || p.u8(buf, off) != 0x80 || p.u8(buf, off + 2) != 1) {
            return false;
        }
        int cipherSpecLength = p.u16(buf, off + 5);
        int sessionIdLength = p.u16(buf, off + 7);
        return cipherSpecLength != 0 && cipherSpecLength % 3 == 0
                && (sessionIdLength == 0 || sessionIdLength == 16) && p.u16(buf, off + 9) == 32;
    }
}
