package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.util.List;

/** PDUs with a 4-byte header holding a length: lengths below 4 make the packet malformed. */
final class ShortLengthApp implements TcpPayloadDissector {
    static final FieldSpec PROTO = FieldSpec.protocol("x-tcptest-short", "Test short lengths");
    static final FieldSpec PDU = FieldSpec.of("x-tcptest-short.pdu", "PDU", FieldType.UINT32).base("BASE_DEC");

    @Override
    public FieldSpec protocol() {
        return PROTO;
    }

    @Override
    public List<FieldSpec> fields() {
        return List.of(PDU);
    }

    @Override
    public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
        return TcpPdus.dissect(p, buf, offset, length, tcp, true, 4, (pk, b, off, available) -> (int) pk.u32(b, off),
                (pk, b, off, len) -> pk.addUInt(PDU, b, off, len, len));
    }
}
