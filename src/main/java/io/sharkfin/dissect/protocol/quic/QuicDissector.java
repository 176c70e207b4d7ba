package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.ConversationOwner;
import io.sharkfin.dissect.protocol.StatelessHeuristic;

import java.util.ArrayList;
import java.util.List;

/**
 * IETF QUIC ({@code quic}) as Wireshark 4.0.17 shows it with default preferences. Wireshark 4.0
 * registers QUIC on no UDP port: it finds it with a heuristic (a long header of a version it knows
 * with plausible CID lengths, or a short header whose DCID belongs to a known connection) and then
 * claims the UDP conversation, so that later datagrams of it are QUIC whatever they look like.
 * UDP tries this dissector among its heuristics; it returns 0 for datagrams that are not QUIC.
 *
 * <p>Each datagram may hold several (coalesced) QUIC packets. Initial packets are decrypted with
 * keys derived from the client's first Destination Connection ID (RFC 9001 section 5.2), and
 * their frames shown; the CRYPTO stream is put in order and handed to a
 * {@link QuicCryptoConsumer} (TLS). Handshake, 0-RTT and 1-RTT packets need TLS secrets, which a
 * capture without a key log does not give: they are shown as Wireshark shows them then, with
 * {@code quic.remaining_payload} and a {@code quic.decryption_failed} finding.
 *
 * <p>Not followed from Wireshark: the loss bits (negotiated in TLS transport parameters), the
 * frames of Google QUIC versions (Q050, T050, T051: decrypted, but their frames are Google's
 * format) and keys from a TLS key log.
 *
 * <p>Nothing is parsed unless the session needs a QUIC field or a protocol QUIC hands data to.
 */
public final class QuicDissector implements ConversationOwner, StatelessHeuristic {

    private static final List<FieldSpec> FIELDS;
    private static final FieldGroup OWN_FIELDS;

    static {
        List<FieldSpec> all = new ArrayList<>(QuicFields.ALL);
        all.addAll(QuicExperts.FIELDS);
        all.addAll(Expert.FIELDS);
        FIELDS = List.copyOf(all);
        all.add(QuicFields.QUIC);
        OWN_FIELDS = FieldGroup.of(all);
    }

    private volatile QuicCryptoConsumer consumer = QuicCryptoConsumer.NONE;

    @Override
    public FieldSpec protocol() {
        return QuicFields.QUIC;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public FieldGroup ownFields() {
        return OWN_FIELDS;
    }

    /**
     * {@code tls} gets the CRYPTO stream; {@code data} is listed because the datagrams QUIC takes
     * would otherwise be {@code data}, so a session looking for {@code data} must run QUIC's
     * heuristic to leave them out.
     */
    @Override
    public List<String> calls() {
        return List.of("tls", "data");
    }

    @Override
    public String shortName() {
        return "QUIC";
    }

    /** Sets where the CRYPTO stream goes (wiring, before the first session). */
    public void cryptoConsumer(QuicCryptoConsumer c) {
        this.consumer = c == null ? QuicCryptoConsumer.NONE : c;
    }

    public QuicCryptoConsumer cryptoConsumer() {
        return consumer;
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        QuicConnections connections = p.session().state(QuicConnections.class, QuicConnections::new);
        if (!claims(p, connections, buf, offset, length)) {
            return 0;
        }
        new QuicPackets(p, connections, new QuicFrames(connections, consumer))
                .datagram(new Tvb(p, buf, offset, offset + length));
        return length;
    }

    @Override
    public boolean ownsConversation(Packet p) {
        QuicConnections.Conversation c = p.session().state(QuicConnections.class, QuicConnections::new)
                .conversation(p);
        return c != null && c.quic;
    }

    /**
     * A short header packet, most of a QUIC capture, once its connection's state is settled; or
     * a lone Handshake packet of a known connection (no key here opens it).
     */
    @Override
    public boolean takesQuietly(Packet p, int buf, int offset, int length) {
        QuicConnections connections = p.session().state(QuicConnections.class, QuicConnections::new);
        return QuicPackets.quiet(p, connections, buf, offset, offset + length);
    }

    /**
     * Whether UDP's call would take the datagram ({@link #claims}), asked without claiming the
     * conversation: a datagram QUIC declines (a short header packet of a connection the capture
     * began after, say) then costs a session that wants only the TLS inside QUIC no dissection.
     */
    @Override
    public boolean mightTake(Packet p, int buf, int off, int len) {
        QuicConnections connections = p.session().state(QuicConnections.class, QuicConnections::new);
        QuicConnections.Conversation conversation = connections.conversation(p);
        return conversation != null && conversation.quic || looksLikeQuic(p, connections, buf, off, len);
    }

    /** The UDP conversation is QUIC's, or the datagram passes Wireshark's QUIC heuristic. */
    private static boolean claims(Packet p, QuicConnections connections, int buf, int off, int len) {
        QuicConnections.Conversation conversation = connections.conversation(p);
        if (conversation != null && conversation.quic) {
            return true;
        }
        if (looksLikeQuic(p, connections, buf, off, len)) {
            connections.conversationOrCreate(p).quic = true;
            return true;
        }
        return false;
    }

    /**
     * Wireshark's {@code dissect_quic_heur}: at least 13 bytes; a long header with a version of
     * draft 11 or later and CID lengths of at most 20, or a short header whose DCID starts with a
     * CID of a known connection.
     */
    static boolean looksLikeQuic(Packet p, QuicConnections connections, int buf, int off, int len) {
        int captured = Math.max(0, Math.min(len, p.bufferLength(buf) - off));
        if (captured < 13) {
            return false;
        }
        int flags = p.u8(buf, off);
        if ((flags & 0x80) == 0) {
            if (!connections.any() || captured < 1 + 1 + 1 + 16) {
                return false;
            }
            int n = Math.min(Cid.MAX_LENGTH, captured - 1 - 1 - 16);
            Cid dcid = Cid.of(p.copy(buf, off + 1, n));
            return connections.find(p, QuicVersion.SHORT, dcid).connection() != null;
        }
        if (QuicVersion.draft(p.u32(buf, off + 1)) < 11) {
            return false;
        }
        int dcil = p.u8(buf, off + 5);
        if (dcil > Cid.MAX_LENGTH) {
            return false;
        }
        int at = 6 + dcil;
        if (at >= captured) {
            return false;
        }
        return p.u8(buf, off + at) <= Cid.MAX_LENGTH;
    }
}
