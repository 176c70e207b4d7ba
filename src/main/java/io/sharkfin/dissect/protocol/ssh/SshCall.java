package io.sharkfin.dissect.protocol.ssh;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;
import io.sharkfin.dissect.protocol.tcp.TcpPayload;

/**
 * One call of the SSH dissector on a TCP payload: the bytes (offsets are from the payload's start,
 * as packet-ssh.c's are in its tvbuff), the item adder, the connection and the side that sent the
 * bytes, TCP's desegmentation, and the columns being written.
 */
final class SshCall {
    final Packet p;
    final Tvb t;
    final Items it;
    final SshConnection conn;
    /** packet-ssh.c's {@code is_response}: the bytes come from the server. */
    final boolean fromServer;
    final SshConnection.Peer peer;
    final long frame;
    private final TcpPayload tcp;
    private final SshColumns.Call columns;
    /**
     * The version this call reads the packets as: the connection's, or what a client's line in
     * this call announced (the connection takes it once the line is complete).
     */
    int version;
    /** Whether the last step asked TCP for more bytes ({@code need_desegmentation}). */
    boolean needMore;

    SshCall(Packet p, Tvb t, Items it, SshConnection conn, boolean fromServer, TcpPayload tcp,
            SshColumns.Call columns) {
        this.p = p;
        this.t = t;
        this.it = it;
        this.conn = conn;
        this.fromServer = fromServer;
        this.peer = conn.peers[fromServer ? 1 : 0];
        this.frame = p.number();
        this.tcp = tcp;
        this.columns = columns;
        this.version = conn.version;
    }

    /** {@code pinfo->can_desegment} (with packet-ssh.c's desegmentation preference, on by default). */
    boolean canDesegment() {
        return tcp.canDesegment();
    }

    /** Asks TCP for {@code desegmentLen} more bytes (32-bit, as computed in C) for the PDU at {@code offset}. */
    void desegment(int offset, int desegmentLen) {
        tcp.needWrapped(t.at(offset), desegmentLen);
        needMore = true;
    }

    /** Asks TCP for one more segment ({@code DESEGMENT_ONE_MORE_SEGMENT}) for the PDU at {@code offset}. */
    void desegmentOneMore(int offset) {
        tcp.needOneMoreSegment(t.at(offset));
        needMore = true;
    }

    /** {@code col_append_sep_str(..., COL_INFO, NULL, text)}. */
    void info(String text) {
        columns.append(text);
    }

    /** The dissector got to its end: the Info column gets its "Client: " or "Server: ". */
    void done() {
        columns.end(fromServer);
    }

    /**
     * A string as {@code tvb_get_string_enc(..., ENC_ASCII)} gives it to C code: bytes above 0x7f
     * become U+FFFD, and the C string ends at the first NUL; a length of -1 reads to the end.
     */
    String ascii(int offset, int length) {
        int n = length == -1 ? t.capturedLength() - t.check(offset, -1) : length;
        String s = Strings.asciiWithReplacement(t.bytes(offset, n));
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    /** {@code tvb_strncaseeql(tvb, offset, prefix, n) == 0}: false when the bytes are not all there. */
    boolean startsWithIgnoreCase(int offset, String prefix) {
        if (t.capturedRemaining(offset) < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            int b = t.u8(offset + i);
            if (Strings.asciiLower(b) != Strings.asciiLower(prefix.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
