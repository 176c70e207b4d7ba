package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import java.util.List;

/**
 * An application dissector that answers whatever its payload's first byte says: any
 * desegmentation request (also absurd ones: offsets outside the payload, huge lengths), taking
 * nothing, taking everything, claiming the conversation, or throwing an exception TCP must contain.
 */
final class ChaoticApp implements TcpPayloadDissector {
    static final FieldSpec PROTO = FieldSpec.protocol("x-tcptest-chaos", "Test chaos");

    @Override
    public FieldSpec protocol() {
        return PROTO;
    }

    @Override
    public List<FieldSpec> fields() {
        return List.of();
    }

    @Override
    public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
        if (length == 0 || !p.available(buf, offset, 2)) {
            return length;
        }
        int a = p.u8(buf, offset);
        int b = p.u8(buf, offset + 1);
        int at = offset + (b % (length + 3)) - 1;
        switch (a % 10) {
            case 0 -> tcp.needMore(at, 1 + b * 37);
            case 1 -> tcp.needOneMoreSegment(at);
            case 2 -> tcp.needUntilFin(at);
            case 3 -> {
                return 0;
            }
            case 4 -> tcp.claimConversation();
            case 5 -> tcp.needMore(offset, Integer.MAX_VALUE);
            case 6 -> p.u32(buf, offset + length + 100); // reads past the data: Truncated
            case 7 -> tcp.needMore(offset + length, 1);
            case 8 -> tcp.conversationState(int[].class, () -> new int[4])[0]++;
            default -> {
                return TcpPdus.dissect(p, buf, offset, length, tcp, true, 2,
                        (pk, bb, off, avail) -> pk.u16(bb, off) % 300, (pk, bb, off, len) -> { });
            }
        }
        return length;
    }
}
