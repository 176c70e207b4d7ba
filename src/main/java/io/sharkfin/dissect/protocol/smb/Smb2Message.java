package io.sharkfin.dissect.protocol.smb;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;

import java.nio.charset.StandardCharsets;

/**
 * One SMB2 message being dissected (packet-smb2.c's {@code smb2_info_t}): its bytes (offsets are
 * from the header's start, as in C), the item adder, the Info text, what the header said, and the
 * connection, session, tree and request it belongs to.
 */
final class Smb2Message {
    static final long FLAGS_RESPONSE = 0x1;
    static final long FLAGS_ASYNC = 0x2;
    static final long STATUS_PENDING = 0x103;

    final Packet p;
    final Tvb t;
    final Items it;
    final StringBuilder info;
    final Smb2Conversation conv;

    long flags;
    long status;
    int opcode;
    long msgId;
    long tid;
    long sesid;
    Smb2Sessions.Session session;
    /** The tree the header's id names in the session, or null ({@code si->tree}). */
    Smb2Sessions.Tree tree;
    Smb2Conversation.Request saved;
    /** The export record of the file the message is about ({@code si->eo_file_info}), or null. */
    Smb2Sessions.ExportFile exportFile;

    Smb2Message(Packet p, Tvb t, Items it, StringBuilder info, Smb2Conversation conv) {
        this.p = p;
        this.t = t;
        this.it = it;
        this.info = info;
        this.conv = conv;
    }

    boolean response() {
        return (flags & FLAGS_RESPONSE) != 0;
    }

    boolean async() {
        return (flags & FLAGS_ASYNC) != 0;
    }

    /** {@code col_append_fstr(COL_INFO, ...)}. */
    void info(String text) {
        info.append(text);
    }

    long u64(int off) {
        return t.u32(off, true) | t.u32(off + 4, true) << 32;
    }

    /** {@code tvb_get_string_enc(..., ENC_UTF_16|ENC_LITTLE_ENDIAN)} over bytes checked before. */
    String utf16(int off, int len) {
        return new String(t.bytes(off, len), StandardCharsets.UTF_16LE);
    }
}
