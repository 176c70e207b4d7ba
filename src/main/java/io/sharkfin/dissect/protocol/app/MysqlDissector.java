package io.sharkfin.dissect.protocol.app;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

/**
 * MySQL on TCP 3306: packets of a 3-byte little-endian length and a sequence number, framed as
 * Wireshark frames them (segments of an unfinished packet show no {@code mysql} layer).
 */
public final class MysqlDissector extends FramedTcpDissector {
    public static final FieldSpec PROTOCOL = FieldSpec.protocol("mysql", "MySQL Protocol");

    public MysqlDissector() {
        super(PROTOCOL, "MySQL", 3);
    }

    @Override
    int pduLength(Packet p, int buf, int offset) {
        return (p.u8(buf, offset) | p.u8(buf, offset + 1) << 8 | p.u8(buf, offset + 2) << 16) + 4;
    }
}
