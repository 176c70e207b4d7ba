package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.util.List;

/**
 * A stand-in for Wireshark's DNS-over-TCP dissector as far as TCP can tell: 2-byte length
 * prefix, {@link TcpPdus} loop, one {@code x-tcptest-dns.id} per message.
 */
final class FakeDnsOverTcp implements TcpPayloadDissector {
    static final FieldSpec PROTO = FieldSpec.protocol("x-tcptest-dns", "Test DNS over TCP");
    static final FieldSpec ID = FieldSpec.of("x-tcptest-dns.id", "Transaction ID", FieldType.UINT16)
            .base("BASE_HEX");
    static final FieldSpec REASSEMBLED = FieldSpec.of("x-tcptest-dns.reassembled", "From a reassembled buffer",
            FieldType.BOOLEAN);

    @Override
    public FieldSpec protocol() {
        return PROTO;
    }

    @Override
    public List<FieldSpec> fields() {
        return List.of(ID, REASSEMBLED);
    }

    @Override
    public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
        return TcpPdus.dissect(p, buf, offset, length, tcp, true, 2,
                (pk, b, off, available) -> pk.u16(b, off) + 2,
                (pk, b, off, len) -> {
                    pk.addUInt(ID, b, off + 2, 2, pk.u16(b, off + 2));
                    pk.addBoolean(REASSEMBLED, b, off, 0, tcp.isReassembled());
                });
    }
}
