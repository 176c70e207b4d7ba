package io.sharkfin.dissect.protocol.smb;

import static io.sharkfin.dissect.protocol.smb.Smb2Fields.*;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.ValueStrings;
import io.sharkfin.dissect.WiresharkCatalog;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;

import java.util.ArrayList;
import java.util.List;

/**
 * SMB2 and SMB3 as packet-smb2.c 4.0 dissects a message that NBSS hands on: the 64-byte header
 * (with the session's account and the tree's path it remembers, and the request a response
 * answers), then the command ({@link Smb2Commands}); a chained message follows at the header's
 * chain offset. An SMB3 transform header (0xFD 'SMB') is shown with its encrypted data, which
 * cannot be read without the session's keys (the preference that would hold them is empty by
 * default); a compression transform header (0xFC 'SMB') is recognised and not read.
 */
public final class Smb2Dissector implements Dissector {
    static final int NORMAL_HEADER = 0xfe;
    static final int ENCRYPTED_HEADER = 0xfd;
    static final int COMPRESSED_HEADER = 0xfc;
    /** The depth of chained messages followed (packet-smb2.c recurses until Wireshark's limit). */
    static final int MAX_CHAIN = 256;

    private static final ValueStrings NT_STATUS_NAMES = catalog("smb2.nt_status");
    private static final ValueStrings COMMAND_NAMES = catalog("smb2.cmd");

    private static final List<FieldSpec> FIELDS;

    static {
        List<FieldSpec> all = new ArrayList<>();
        all.add(SMB2);
        all.addAll(Smb2Fields.ALL);
        FIELDS = List.copyOf(all);
    }

    private static final FieldGroup OWN = FieldGroup.of(Smb2Fields.ALL);

    private final Smb2Commands commands;

    /**
     * @param secblob the dissector of security blobs (GSS-API, or NTLMSSP when a blob starts
     *                with its signature)
     * @param data    the data dissector, for file contents
     */
    public Smb2Dissector(SecurityBlobs secblob, Dissector data) {
        this.commands = new Smb2Commands(secblob, data);
    }

    /** How SMB2 hands a security blob on ({@code dissect_smb2_secblob}). */
    public interface SecurityBlobs {
        /** Dissects {@code len} bytes at {@code off} of {@code buf} as a security blob. */
        void dissect(Packet p, int buf, int off, int len);

        /** The protocols the blobs may reach, for the session's planning. */
        List<String> protocols();
    }

    static ValueStrings catalog(String field) {
        return ValueStrings.deferred(() -> {
            ValueStrings vs = WiresharkCatalog.shipped().valueStrings(field);
            return vs == null ? ValueStrings.values(new long[0], new String[0]) : vs;
        });
    }

    @Override
    public FieldSpec protocol() {
        return SMB2;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public String shortName() {
        return "SMB2";
    }

    @Override
    public List<String> calls() {
        List<String> out = new ArrayList<>(commands.protocols());
        out.add("data");
        return out;
    }

    /** dissect_smb2_heur: an SMB2 header, transform or compression header. */
    static boolean looksLikeSmb2(Tvb t) {
        if (t.capturedLength() < 4) {
            return false;
        }
        int b = t.u8(0);
        return (b == NORMAL_HEADER || b == ENCRYPTED_HEADER || b == COMPRESSED_HEADER)
                && t.u8(1) == 'S' && t.u8(2) == 'M' && t.u8(3) == 'B';
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        Tvb t = Tvb.of(p, buf, offset, length);
        Smb2Conversation conv = Smb2Conversation.current(p);
        StringBuilder info = SmbColumns.smb2(p);
        Items it = new Items(p, OWN);
        int at = 0;
        for (int depth = 0; depth < MAX_CHAIN; depth++) {
            Tvb part = t.subsetRemaining(at);
            Smb2Message m = new Smb2Message(p, part, it, info, conv);
            int next = message(m);
            if (next <= 0) {
                break;
            }
            info.append(';');
            at += next;
        }
        return t.capturedLength();
    }

    /**
     * One message: returns the chain offset of the next one in the buffer, or 0 when this is the
     * last.
     */
    private int message(Smb2Message m) {
        Tvb t = m.t;
        int type = t.u8(0);
        return switch (type) {
            case NORMAL_HEADER -> normal(m);
            case ENCRYPTED_HEADER -> encrypted(m);
            case COMPRESSED_HEADER -> 0;
            default -> {
                m.info("Invalid header");
                yield 0;
            }
        };
    }

    private int normal(Smb2Message m) {
        Tvb t = m.t;
        Items it = m.it;
        it.add(PROTOCOL_ID, t, 0, 4);
        m.flags = t.u32(16, true);
        it.add(HEADER_LEN, t, 4, 2, true);
        it.add(CREDIT_CHARGE, t, 6, 2, true);
        if (m.response()) {
            m.status = t.u32(8, true);
            it.add(NT_STATUS, t, 8, 4, true);
        } else {
            it.add(CHANNEL_SEQUENCE, t, 8, 2, true);
            t.check(10, 2);
        }
        m.opcode = t.u16(12, true);
        it.add(CMD, t, 12, 2, true);
        it.add(m.response() ? CREDITS_GRANTED : CREDITS_REQUESTED, t, 14, 2, true);
        if (it.tree()) {
            it.add(FLAGS, t, 16, 4, true);
            for (FieldSpec bit : List.of(FLAGS_RESPONSE, FLAGS_ASYNC, FLAGS_CHAINED, FLAGS_SIGNATURE,
                    FLAGS_PRIORITY_MASK, FLAGS_DFS, FLAGS_REPLAY)) {
                it.add(bit, t, 16, 4, true);
            }
        }
        long chainOffset = t.u32(20, true);
        it.add(CHAIN_OFFSET, t, 20, 4, true);
        m.msgId = m.u64(24);
        it.uint(MSG_ID, t, 24, 8, m.msgId);
        tidAndSession(m);
        it.add(SIGNATURE, t, 48, 16);
        String title = specialTitle(m);
        m.info(title != null ? title
                : commandName(m.opcode) + (m.response() ? " Response" : " Request"));
        if (m.status != 0) {
            m.info(", Error: " + statusName(m.status));
        }
        matchRequest(m);
        commands.dissect(m, 64);
        return chainOffset > 0 && chainOffset <= Integer.MAX_VALUE ? (int) chainOffset : 0;
    }

    /** dissect_smb2_tid_sesid: the async id or process and tree ids, the session id, and what they name. */
    private static void tidAndSession(Smb2Message m) {
        Tvb t = m.t;
        Items it = m.it;
        int at = 32;
        int tidOffset = -1;
        if (m.async()) {
            it.uint(AID, t, at, 8, m.u64(at));
            at += 8;
        } else {
            it.add(PID, t, at, 4, true);
            at += 4;
            tidOffset = at;
            m.tid = t.u32(at, true);
            it.add(TID, t, at, 4, true);
            at += 4;
        }
        m.sesid = m.u64(at);
        it.uint(SESID, t, at, 8, m.sesid);
        Smb2Sessions sessions = Smb2Sessions.of(m.p);
        m.session = sessions.find(m.sesid);
        if (m.session == null) {
            m.session = sessions.get(m.sesid);
            return;
        }
        sessionInfo(m, at, m.session);
        if (m.async()) {
            return;
        }
        Smb2Sessions.Tree tree = m.session.trees.get(m.tid);
        if (tree == null) {
            return;
        }
        m.tree = tree;
        it.string(TREE, t, tidOffset, 4, tree.name());
        it.uint(SHARE_TYPE, t, tidOffset, 0, tree.shareType());
        it.uint(TCON_FRAME, t, tidOffset, 0, tree.connectFrame());
    }

    /** smb2_add_session_info: the generated account, domain, host and authentication frame. */
    static void sessionInfo(Smb2Message m, int at, Smb2Sessions.Session s) {
        Items it = m.it;
        if (s.acct != null) {
            it.string(ACCT, m.t, at, 0, s.acct);
        }
        if (s.domain != null) {
            it.string(DOMAIN, m.t, at, 0, s.domain);
        }
        if (s.host != null) {
            it.string(HOST, m.t, at, 0, s.host);
        }
        if (s.authFrame != -1) {
            it.uint(AUTH_FRAME, m.t, at, 0, s.authFrame);
        }
    }

    /**
     * The request a message belongs to, as packet-smb2.c's first pass matches them: a request
     * replaces an unanswered one with its message id; a response (but an interim STATUS_PENDING)
     * takes its request from the unanswered ones, and both show the request's frame and time.
     */
    private static void matchRequest(Smb2Message m) {
        Smb2Conversation conv = m.conv;
        Smb2Conversation.Request ssi = conv.unmatched.get(m.msgId);
        long frame = m.p.number();
        if (!m.response()) {
            ssi = new Smb2Conversation.Request(frame, m.p.frame().timestampNanos());
            conv.unmatched.put(m.msgId, ssi);
        } else if (ssi != null && !(m.async() && m.status == Smb2Message.STATUS_PENDING)) {
            ssi.frameRes = frame;
            conv.unmatched.remove(m.msgId);
            conv.matched.put(m.msgId, ssi);
        }
        if (ssi != null && m.response() && ssi.frameReq != 0) {
            m.it.uint(RESPONSE_TO, m.t, 0, 0, ssi.frameReq);
            long delta = m.p.frame().timestampNanos() - ssi.reqTimeNanos;
            if (m.p.wants(TIME)) {
                m.p.addTime(TIME, m.t.buf, m.t.at(0), 0, delta);
            }
        }
        if (ssi != null) {
            exportFileOfRequest(m, ssi);
        }
        m.saved = ssi;
    }

    /**
     * A response's file for the export of objects: the one of the id its request used, while
     * that id's life lasts (a request's own id is looked at when its file id is read).
     */
    private static void exportFileOfRequest(Smb2Message m, Smb2Conversation.Request ssi) {
        if (m.exportFile == null && Smb2Handles.of(m.p).find(ssi.handle, m.p.number()) != null) {
            m.exportFile = m.session.exportFile(ssi.handle);
        }
    }

    /** get_special_packet_title: oplock and lease breaks are named by their structure size. */
    private static String specialTitle(Smb2Message m) {
        if (m.opcode != Smb2Commands.BREAK) {
            return null;
        }
        int size = m.t.u16(64, true);
        if (m.response()) {
            return switch (size) {
                case 24 -> m.msgId == -1L ? "Oplock Break Notification" : "Oplock Break Response";
                case 44 -> "Lease Break Notification";
                case 36 -> "Lease Break Response";
                default -> null;
            };
        }
        return switch (size) {
            case 24 -> "Oplock Break Acknowledgment";
            case 36 -> "Lease Break Acknowledgment";
            default -> null;
        };
    }

    /** decode_smb2_name: the command's name, "unknown-0x13" and so on above Break. */
    static String commandName(int opcode) {
        if (opcode > 0xff) {
            return "unknown";
        }
        String name = COMMAND_NAMES.nameOf(opcode);
        return name != null ? name : String.format("unknown-0x%02x", opcode);
    }

    static String statusName(long status) {
        String name = NT_STATUS_NAMES.nameOf(status);
        return name != null ? name : String.format("Unknown (0x%08X)", status);
    }

    /** dissect_smb2_transform_header: signature, nonce, size, flags, session; then the encrypted data. */
    private static int encrypted(Smb2Message m) {
        Tvb t = m.t;
        Items it = m.it;
        it.add(PROTOCOL_ID, t, 0, 4);
        it.add(HEADER_TRANSFORM_SIGNATURE, t, 4, 16);
        it.add(HEADER_TRANSFORM_NONCE, t, 20, 16);
        long size = t.u32(36, true);
        it.add(HEADER_TRANSFORM_MSG_SIZE, t, 36, 4, true);
        t.check(40, 2);
        it.add(HEADER_TRANSFORM_FLAGS, t, 42, 2, true);
        long sesid = m.u64(44);
        it.uint(SESID, t, 44, 8, sesid);
        sessionInfo(m, 44, Smb2Sessions.of(m.p).get(sesid));
        int at = 52;
        Tvb data = t.subset(at, (int) Math.min(size, Integer.MAX_VALUE));
        m.info("Encrypted SMB3");
        it.add(HEADER_TRANSFORM_ENC_DATA, data, 0, (int) Math.min(size, Integer.MAX_VALUE));
        long next = at + size;
        return next < t.reportedLength() ? (int) next : 0;
    }
}
