package io.sharkfin.dissect.protocol.smb;

import static io.sharkfin.dissect.protocol.smb.NbssFields.*;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;
import io.sharkfin.dissect.protocol.tcp.TcpPayload;
import io.sharkfin.dissect.protocol.tcp.TcpPayloadDissector;

import java.util.ArrayList;
import java.util.List;

/**
 * The NetBIOS Session Service on TCP 139 and 445 as packet-nbt.c 4.0 dissects it: a 4-byte
 * header (type, then a 17-bit length with its extension flag, or on port 445, and for any SMB
 * message, a 24-bit length), each session message's payload handed to SMB2 when it starts with
 * an SMB2 header (packet-smb2.c's heuristic on the "netbios" list), else to data. Messages cut by
 * a segment boundary are asked of TCP ({@code nbss_desegment} is on by default); a payload that
 * does not start with a sane header is a continuation of a message whose start TCP did not see.
 *
 * <p>Session requests' NetBIOS names (port 139) are not read: the called and calling names are
 * not among the fields sharkfin dissects, and the Info column then lacks them.
 */
public final class NbssDissector implements TcpPayloadDissector {
    public static final int PORT_NETBIOS = 139;
    /** packet-nbt.c's {@code TCP_PORT_CIFS}: SMB directly over TCP, 24-bit lengths. */
    public static final int PORT_CIFS = 445;

    static final int SESSION_MESSAGE = 0x00;
    static final int SESSION_REQUEST = 0x81;
    static final int POSITIVE_SESSION_RESPONSE = 0x82;
    static final int NEGATIVE_SESSION_RESPONSE = 0x83;
    static final int RETARGET_SESSION_RESPONSE = 0x84;
    static final int SESSION_KEEP_ALIVE = 0x85;
    private static final int FLAGS_E = 0x1;

    private static final List<FieldSpec> FIELDS;

    static {
        List<FieldSpec> all = new ArrayList<>();
        all.add(NBSS);
        all.addAll(NbssFields.ALL);
        FIELDS = List.copyOf(all);
    }

    private static final FieldGroup OWN = FieldGroup.of(NbssFields.ALL);

    private final Dissector smb2;
    private final Dissector data;

    public NbssDissector(Dissector smb2, Dissector data) {
        this.smb2 = smb2;
        this.data = data;
    }

    @Override
    public FieldSpec protocol() {
        return NBSS;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public String shortName() {
        return "NBSS";
    }

    @Override
    public List<String> calls() {
        return List.of("smb2", "data");
    }

    @Override
    public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
        Tvb t = Tvb.of(p, buf, offset, length);
        Items it = new Items(p, OWN);
        Smb2Conversation conv = tcp.conversationState(Smb2Conversation.class, Smb2Conversation::new);
        boolean cifs = tcp.matchedPort() == PORT_CIFS;
        int type = t.u8(0);
        if (!tcp.isReassembled() && !plausibleStart(t, type, cifs)) {
            return continuation(p, t, it);
        }
        SmbColumns.nbss(p, name(type));
        int at = 0;
        while (t.reportedLength() - at > 0) {
            int remaining = t.reportedLength() - at;
            if (tcp.canDesegment() && remaining < 4) {
                tcp.needOneMoreSegment(t.at(at));
                return at;
            }
            boolean lengthOf24 = cifs || smbMessageAt(t, at);
            int msgLength = messageLength(t, at, lengthOf24);
            long pduLength = msgLength + 4L;
            if (pduLength > remaining && smbMessageAt(t, at)) {
                tcp.trackNextPdu((int) (pduLength - remaining));
            }
            if (tcp.canDesegment() && remaining < pduLength) {
                tcp.needMore(t.at(at), (int) (pduLength - remaining));
                // the messages before are taken; with none, TCP drops the empty layer
                return at;
            }
            message(p, t.subset(at, (int) pduLength), it, lengthOf24, conv);
            at += (int) pduLength;
        }
        return t.capturedLength();
    }

    /**
     * Whether the payload starts like a message: a known type whose length suits it, no flag but
     * the extension; else dissect_nbss takes it for a continuation.
     */
    private static boolean plausibleStart(Tvb t, int type, boolean cifs) {
        if (t.capturedLength() < 4) {
            return false;
        }
        boolean smb = smbMessageAt(t, 0);
        int flags = smb ? 0 : t.u8(1);
        if ((flags & ~FLAGS_E) != 0) {
            return false;
        }
        int length = messageLength(t, 0, smb);
        return switch (type) {
            case SESSION_MESSAGE -> length != 0;
            case SESSION_REQUEST -> length >= 2 && length <= 256;
            case POSITIVE_SESSION_RESPONSE, SESSION_KEEP_ALIVE -> length == 0;
            case NEGATIVE_SESSION_RESPONSE -> length == 1;
            case RETARGET_SESSION_RESPONSE -> length == 6;
            default -> false;
        };
    }

    /** A session message carrying an SMB header ("SMB" after the protocol byte): 24-bit lengths. */
    private static boolean smbMessageAt(Tvb t, int at) {
        return t.capturedRemaining(at) >= 8 && t.u8(at) == SESSION_MESSAGE
                && t.u8(at + 5) == 'S' && t.u8(at + 6) == 'M' && t.u8(at + 7) == 'B';
    }

    private static int messageLength(Tvb t, int at, boolean lengthOf24) {
        if (lengthOf24) {
            return (t.u8(at + 1) << 16) | t.u16(at + 2, false);
        }
        int length = t.u16(at + 2, false);
        return (t.u8(at + 1) & FLAGS_E) != 0 ? length + 0x10000 : length;
    }

    /** dissect_continuation_packet: the payload as continuation data. */
    private static int continuation(Packet p, Tvb t, Items it) {
        SmbColumns.nbss(p, "NBSS Continuation Message");
        if (it.tree()) {
            it.add(CONTINUATION_DATA, t, 0, -1);
        }
        return t.capturedLength();
    }

    /**
     * dissect_nbss_packet: one message's header, and a session message's payload handed on
     * (an exception in it is shown, and the next messages are still dissected).
     */
    private void message(Packet p, Tvb t, Items it, boolean lengthOf24, Smb2Conversation conv) {
        int type = t.u8(0);
        it.add(TYPE, t, 0, 1);
        if (lengthOf24) {
            it.uint(LENGTH, t, 1, 3, messageLength(t, 0, true));
        } else {
            it.add(FLAGS, t, 1, 1);
            it.add(NbssFields.FLAGS_E, t, 1, 1);
            it.uint(LENGTH, t, 1, 3, messageLength(t, 0, false));
        }
        if (type != SESSION_MESSAGE) {
            return;
        }
        Tvb payload = t.subsetRemaining(4);
        int buf = payload.buf;
        int at = payload.at(0);
        try {
            Smb2Conversation.enter(p, conv);
            if (Smb2Dissector.looksLikeSmb2(payload)) {
                p.call(smb2, buf, at, payload.reportedLength());
            } else if (payload.reportedLength() > 0) {
                p.call(data, buf, at, payload.reportedLength());
            }
        } catch (Truncated e) {
            if (!e.isMalformed()) {
                throw e;
            }
            p.showException(e, buf, at);
        }
    }

    /** The message type's name (packet-nbt.c's message_types) for the Info column. */
    static String name(int type) {
        return switch (type) {
            case SESSION_MESSAGE -> "Session message";
            case SESSION_REQUEST -> "Session request";
            case POSITIVE_SESSION_RESPONSE -> "Positive session response";
            case NEGATIVE_SESSION_RESPONSE -> "Negative session response";
            case RETARGET_SESSION_RESPONSE -> "Retarget session response";
            case SESSION_KEEP_ALIVE -> "Session keep-alive";
            default -> String.format("Unknown (%02x)", type);
        };
    }
}
