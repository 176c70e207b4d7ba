package io.sharkfin.dissect.protocol.app;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

/**
 * The Apache JServ Protocol on TCP 8009: a 2-byte magic and a 2-byte length before each packet,
 * framed as Wireshark frames them. Other traffic on the port (TLS, for one) is read the same way,
 * as in tshark: its segments mostly wait for a packet that never completes and show no layer.
 */
public final class Ajp13Dissector extends FramedTcpDissector {
    public static final FieldSpec PROTOCOL = FieldSpec.protocol("ajp13", "Apache JServ Protocol v1.3");

    public Ajp13Dissector() {
        super(PROTOCOL, "AJP13", 4);
    }

    @Override
    int pduLength(Packet p, int buf, int offset) {
        return p.u16(buf, offset + 2) + 4;
    }
}
