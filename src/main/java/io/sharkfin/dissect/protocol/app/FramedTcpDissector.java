package io.sharkfin.dissect.protocol.app;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.FieldlessDissector;
import io.sharkfin.dissect.protocol.tcp.TcpPayload;
import io.sharkfin.dissect.protocol.tcp.TcpPayloadDissector;
import io.sharkfin.dissect.protocol.tcp.TcpPdus;

/**
 * A protocol over TCP whose PDUs Wireshark cuts with {@code tcp_dissect_pdus} from a fixed-size
 * header that holds their length: the same framing (and desegmentation) here, one layer for the
 * payload, no fields; a subclass may look at each PDU to follow the protocol's state.
 */
abstract class FramedTcpDissector extends FieldlessDissector implements TcpPayloadDissector {
    private final int fixedLength;

    FramedTcpDissector(FieldSpec protocol, String shortName, int fixedLength) {
        super(protocol, shortName);
        this.fixedLength = fixedLength;
    }

    /** The whole length of the PDU at {@code offset}, read from its first {@code fixedLength} bytes. */
    abstract int pduLength(Packet p, int buf, int offset);

    /** Looks at one complete PDU of {@code length} bytes at {@code offset} (nothing by default). */
    void pdu(Packet p, int buf, int offset, int length, TcpPayload tcp) {
    }

    @Override
    public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
        return TcpPdus.dissect(p, buf, offset, length, tcp, true, fixedLength,
                (pk, b, off, available) -> pduLength(pk, b, off), (pk, b, off, len) -> pdu(pk, b, off, len, tcp));
    }
}
