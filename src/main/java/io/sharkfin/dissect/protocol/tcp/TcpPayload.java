package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Packet;

import java.util.function.Supplier;

/**
 * What TCP tells an application dissector about the payload it hands over, and how the dissector
 * answers "I need more bytes" (Wireshark's {@code pinfo->can_desegment},
 * {@code desegment_offset} and {@code desegment_len}). TCP refills the same instance for every
 * call; do not keep it beyond the call.
 *
 * <p>Offsets in requests are buffer offsets, in the same coordinates as the {@code offset}
 * argument the dissector got.
 */
public final class TcpPayload {
    /** Wireshark's {@code DESEGMENT_ONE_MORE_SEGMENT}. */
    static final int ONE_MORE_SEGMENT = 0x0fffffff;
    /** Wireshark's {@code DESEGMENT_UNTIL_FIN}. */
    static final int UNTIL_FIN = 0x0ffffffe;

    private final boolean inert;

    boolean canDesegment;
    int baseOffset;
    int srcPort;
    int dstPort;
    int matchedPort;
    int seq;
    int nxtseq;
    int lastAck;
    int flags;
    boolean reassembled;
    /** The dissector being called with this payload (for {@link #claimConversation}). */
    io.sharkfin.dissect.Dissector current;
    /** What handed this payload over (for {@link #quietFromNextSegment}). */
    PayloadHandoff handoff;
    TcpConversation conversation;
    int tcpEntry = -1;

    // the answer
    boolean requested;
    int desegmentOffset;
    int desegmentLen;
    boolean wantPduTracking;
    int bytesUntilNextPdu;
    /** Set by TCP before each call, see {@link #pdusWanted()}. */
    boolean pdusWanted;

    TcpPayload(boolean inert) {
        this.inert = inert;
    }

    /**
     * The description TCP prepared for the dissector being called now, or an inert one (no
     * desegmentation, no conversation) when the caller is not TCP.
     */
    static TcpPayload take(Packet p, int buf, int offset) {
        TcpSessionState s = TcpSessionState.of(p);
        TcpPayload armed = s.takeArmed();
        if (armed != null) {
            return armed;
        }
        TcpPayload none = s.inertPayload();
        none.reset(offset, Math.max(0, p.bufferLength(buf) - offset));
        none.srcPort = p.srcPort();
        none.dstPort = p.dstPort();
        return none;
    }

    /** Buffer offset just past the bytes handed over. */
    int endOffset;

    /** Clears the answer before TCP hands over {@code length} bytes at {@code offset}. */
    void reset(int offset, int length) {
        baseOffset = offset;
        endOffset = offset + length;
        requested = false;
        desegmentOffset = 0;
        desegmentLen = 0;
        wantPduTracking = false;
        bytesUntilNextPdu = 0;
    }

    // ------------------------------------------------------------------ description

    /**
     * Whether TCP can gather more bytes for this dissector (desegmentation is possible: the
     * segment is complete in the capture, is not a copy inside an ICMP error, and this is not
     * the data handed over at the final FIN).
     */
    public boolean canDesegment() {
        return canDesegment && !inert;
    }

    /**
     * Whether TCP needs this dissector's PDU boundaries though the session may want none of its
     * fields: a wanted TCP field ({@code tcp.segment}, {@code tcp.pdu.size},
     * {@code tcp.reassembled_in}, ...) depends on how it desegments, or {@code data} runs and
     * gets what it refuses (TLS refuses text, but not inside a record), or the conversation was
     * handed to it ({@link #handConversationTo}) and what it refuses goes back to the dissector
     * before. A dissector that skips its work when the session does not need it must then find its
     * PDUs as usual.
     */
    public boolean pdusWanted() {
        return pdusWanted && !inert;
    }

    /** Whether the bytes are a reassembled buffer made of several segments. */
    public boolean isReassembled() {
        return reassembled;
    }

    public int srcPort() {
        return srcPort;
    }

    public int dstPort() {
        return dstPort;
    }

    /**
     * The port whose entry in TCP's port table led to this dissector (Wireshark's
     * {@code pinfo->match_uint}), 0 when it was called for its conversation or as a heuristic.
     */
    public int matchedPort() {
        return matchedPort;
    }

    /**
     * The server port: the destination port of the connection's SYN (or the source port of its
     * SYN-ACK), 0 when no handshake was seen.
     */
    public int serverPort() {
        return conversation == null ? 0 : conversation.serverPort;
    }

    /** Whether this payload travels from the server port (false when the server is unknown). */
    public boolean fromServer() {
        int server = serverPort();
        return server != 0 && srcPort == server;
    }

    /** The {@code tcp.stream} number, or -1 when TCP tracks no conversation in this session. */
    public long stream() {
        return conversation == null ? -1 : conversation.stream;
    }

    /**
     * Which direction of the conversation the payload travels: 0 or 1, the same for all
     * payloads from the same endpoint (use it to index per-direction state).
     */
    public int direction() {
        return conversation == null ? 0 : conversation.direction;
    }

    /** Relative sequence number of the first byte handed over. */
    public long seq() {
        return SeqMath.unsigned(seq);
    }

    /**
     * The TCP flags of the segment (FIN 0x001, SYN 0x002, RST 0x004, PSH 0x008, ACK 0x010, ...);
     * a FIN means no more data follows in this direction.
     */
    public int flags() {
        return flags;
    }

    /** Whether the segment carries a FIN: the end of this direction's data. */
    public boolean endOfStream() {
        return (flags & TcpHeader.FIN) != 0;
    }

    /**
     * Relative sequence number just past the segment's payload (of the segment that carried the
     * bytes; for a reassembled buffer, of the segment that completed it).
     */
    public long nextSeq() {
        return SeqMath.unsigned(nxtseq);
    }

    /** Relative ACK number of the segment (the last acknowledged byte of the other direction). */
    public long lastAck() {
        return SeqMath.unsigned(lastAck);
    }

    /**
     * State a dissector keeps for this TCP conversation, created on first use and forgotten with
     * the conversation. Without a conversation (TCP state not tracked, or not called by TCP) a
     * new object is returned every time.
     */
    public <T> T conversationState(Class<T> type, Supplier<T> init) {
        return conversation == null ? init.get() : conversation.appState(type, init);
    }

    /**
     * Makes the calling dissector the one for the rest of this conversation (Wireshark's
     * {@code conversation_set_dissector}): later payloads go to it first, before the port table
     * and the heuristics. A heuristic dissector that recognised the conversation calls this.
     * Ignored without a conversation.
     */
    public void claimConversation() {
        if (conversation != null && current != null && !inert) {
            conversation.dissector = current;
        }
    }

    /**
     * Makes {@code next} the dissector for the rest of this conversation, from the next payload
     * on (Wireshark's {@code conversation_set_dissector} for another protocol, as a STARTTLS
     * exchange hands the connection to TLS). Ignored without a conversation. The conversation's
     * dissectors then run whatever the session needs ({@link TcpPayloadDissector.Unrun#OPENS}):
     * what {@code next} refuses goes back to the port's dissector (TLS refuses FTP's text after
     * AUTH TLS), which only running it decides.
     */
    public void handConversationTo(Dissector next) {
        if (conversation != null && !inert) {
            conversation.dissector = next;
            conversation.opened = true;
        }
    }

    /**
     * Tells TCP that the calling dissector will add no field the session records to any later
     * segment of this conversation (it checked the session's fields and its own state, as TLS
     * does once both sides encrypt). When those segments' payloads would go to this dissector's
     * protocol first ({@link PayloadHandoff#onlyReaches}), TCP stops following the conversation
     * from the next segment on: the header pass takes its segments (no sequence analysis,
     * reassembly or hand-off), so a sieve rejects them undissected. A SYN still goes through
     * TCP, so a new connection on the same ports starts afresh. Ignored without a conversation.
     *
     * @return whether TCP stops following the conversation
     */
    public boolean quietFromNextSegment(Packet p) {
        if (conversation == null || inert || current == null || handoff == null) {
            return false;
        }
        TcpSessionState s = TcpSessionState.of(p);
        if (!handoff.onlyReaches(p, s, conversation, current, srcPort, dstPort)) {
            return false;
        }
        s.quieten(conversation);
        return true;
    }

    /**
     * The frame this conversation was set up in (Wireshark's conversation {@code setup_frame}):
     * the frame that announced it ({@link #announce}) when it joined an announcement, else its
     * first segment's; 0 without a conversation.
     */
    public long setupFrame() {
        return conversation == null ? 0 : conversation.setupFrame;
    }

    /**
     * The state the announcement this conversation joined carries, when it is a {@code type}, or
     * null (no announcement, or another protocol's).
     */
    public <T> T announced(Class<T> type) {
        if (conversation == null || conversation.announcement == null) {
            return null;
        }
        Object state = conversation.announcement.state;
        return type.isInstance(state) ? type.cast(state) : null;
    }

    /**
     * Announces a conversation between {@code a}:{@code aPort} and {@code b} on any port, to be
     * dissected by {@code dissector} with {@code state} ({@link #announced}): Wireshark's
     * {@code conversation_new(..., NO_PORT2)} with {@code conversation_set_dissector}, as FTP
     * announces its data connections. Addresses are of the packet's family (IPv4 in the low
     * halves); see {@link AnnouncedConversations} for which connection joins it.
     */
    public void announce(Packet p, Dissector dissector, Object state, long aHi, long aLo, int aPort, long bHi,
                         long bLo) {
        if (!inert) {
            TcpSessionState.of(p).announced().add(dissector, state, p.number(), p.netFamily(), aHi, aLo, aPort,
                    bHi, bLo);
        }
    }

    // ------------------------------------------------------------------ requests

    /**
     * The PDU starting at buffer offset {@code pduStart} needs {@code moreBytes} bytes beyond
     * the end of the bytes handed over. Ignored unless {@link #canDesegment()}.
     */
    public void needMore(int pduStart, int moreBytes) {
        if (moreBytes <= 0) {
            throw new IllegalArgumentException("moreBytes must be positive: " + moreBytes);
        }
        request(pduStart, Math.min(moreBytes, UNTIL_FIN - 1));
    }

    /**
     * {@link #needMore} with Wireshark's {@code desegment_len} exactly as the dissector computed
     * it in 32 bits, wrapped or not: packet-ssh.c asks for "-1 - remaining" bytes while an
     * identification line has no end yet, which TCP takes for a PDU that ends before it starts.
     * Ignored unless {@link #canDesegment()}, and for 0.
     */
    public void needWrapped(int pduStart, int desegmentLen) {
        if (desegmentLen != 0) {
            request(pduStart, desegmentLen);
        }
    }

    /**
     * The PDU starting at {@code pduStart} needs an unknown number of further bytes: hand over
     * again with (at least) the whole next segment added.
     */
    public void needOneMoreSegment(int pduStart) {
        request(pduStart, ONE_MORE_SEGMENT);
    }

    /** The PDU starting at {@code pduStart} ends with the connection: hand it over at the FIN. */
    public void needUntilFin(int pduStart) {
        request(pduStart, UNTIL_FIN);
    }

    private void request(int pduStart, int len) {
        if (inert || !canDesegment) {
            return;
        }
        requested = true;
        // a start outside the bytes handed over is a dissector bug: keep TCP's state sane
        desegmentOffset = Math.max(0, Math.min(pduStart, endOffset) - baseOffset);
        desegmentLen = len;
    }

    /**
     * A hint when the payload cannot be desegmented: the PDU starting in it continues for
     * {@code bytes} bytes after its end (Wireshark's {@code want_pdu_tracking}), so that TCP
     * recognises the segments that only carry its rest.
     */
    public void trackNextPdu(int bytes) {
        if (!inert) {
            wantPduTracking = true;
            bytesUntilNextPdu = bytes;
        }
    }

    /** Entry of the TCP layer the payload came through, for fields TCP owns ({@code tcp.pdu.size}). */
    int tcpEntry() {
        return tcpEntry;
    }
}
