package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.util.List;

/**
 * A stand-in for Wireshark's TLS record layer as far as TCP can tell (packet-tls.c,
 * {@code dissect_ssl3_record}): 5-byte record headers, one more segment when a header is cut,
 * the missing bytes when a record is; unknown content types swallow the rest. Records each
 * record's content type and length.
 */
final class FakeTls implements TcpPayloadDissector {
    static final FieldSpec PROTO = FieldSpec.protocol("x-tcptest-tls", "Test TLS");
    static final FieldSpec CONTENT_TYPE = FieldSpec.of("x-tcptest-tls.content_type", "Content Type",
            FieldType.UINT8).base("BASE_DEC");
    static final FieldSpec LENGTH = FieldSpec.of("x-tcptest-tls.length", "Length", FieldType.UINT16)
            .base("BASE_DEC");

    @Override
    public FieldSpec protocol() {
        return PROTO;
    }

    @Override
    public List<FieldSpec> fields() {
        return List.of(CONTENT_TYPE, LENGTH);
    }

    /** Whether a record was seen, so that the version is known (Wireshark's session->version). */
    static final class State {
        boolean versionKnown;
    }

    @Override
    public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
        State st = tcp.conversationState(State.class, State::new);
        int end = offset + length;
        int off = offset;
        while (end - off > 0) {
            int available = end - off;
            int type = p.u8(buf, off);
            boolean valid = type >= 20 && type <= 24;
            if (st.versionKnown && !valid) {
                break; // TLS 1.0-1.2 ignore an unknown record: the rest is skipped
            }
            if (available < 5) {
                if (tcp.canDesegment()) {
                    tcp.needOneMoreSegment(off);
                }
                break;
            }
            int recordLength = p.u16(buf, off + 3);
            if (!valid) {
                off += 5 + recordLength; // continuation data
                continue;
            }
            if (available < recordLength + 5) {
                if (tcp.canDesegment()) {
                    tcp.needMore(off, recordLength + 5 - available);
                }
                break;
            }
            p.addUInt(CONTENT_TYPE, buf, off, 1, type);
            p.addUInt(LENGTH, buf, off + 3, 2, recordLength);
            st.versionKnown = true;
            off += 5 + recordLength;
        }
        // like Wireshark's TLS, the layer is there even when only a request was made
        return length;
    }
}
