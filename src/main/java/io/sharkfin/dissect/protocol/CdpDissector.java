package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import java.util.List;

/**
 * Cisco Discovery Protocol ({@code cdp}), header only: version, TTL and the checksum, verified
 * as Wireshark does (including CDP's odd-length quirk). The TLVs are not dissected.
 */
public final class CdpDissector implements Dissector {

    public static final FieldSpec CDP = FieldSpec.protocol("cdp", "Cisco Discovery Protocol");
    public static final FieldSpec VERSION = Fields.u8("cdp.version", "Version", "BASE_DEC");
    public static final FieldSpec TTL = Fields.u8("cdp.ttl", "TTL", "BASE_DEC");
    public static final FieldSpec CHECKSUM = Fields.u16("cdp.checksum", "Checksum", "BASE_HEX");
    public static final FieldSpec CHECKSUM_STATUS =
            Fields.u8("cdp.checksum.status", "Checksum Status", "BASE_NONE");
    static final Expert.Info CHECKSUM_BAD = Expert.Info.of("cdp.bad_checksum",
            Expert.Group.CHECKSUM, Expert.Severity.ERROR, "Bad checksum");

    private static final List<FieldSpec> FIELDS = List.of(VERSION, TTL, CHECKSUM, CHECKSUM_STATUS,
            CHECKSUM_BAD.field());

    @Override
    public FieldSpec protocol() {
        return CDP;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        p.addUInt(VERSION, buf, off, 1, p.u8(buf, off));
        p.addUInt(TTL, buf, off + 1, 1, p.u8(buf, off + 1));
        int value = p.u16(buf, off + 2);
        if (Checksums.wanted(p, CHECKSUM, CHECKSUM_STATUS, CHECKSUM_BAD)) {
            Checksums.verifyInCksum(p, CHECKSUM, CHECKSUM_STATUS, CHECKSUM_BAD, buf, off + 2, value,
                    checksum(p, buf, off, len));
        }
        return len;
    }

    /**
     * CDP pads an odd-length PDU by putting the last byte in the low half of the last word and
     * carries an off-by-one from adding that word as a signed number.
     */
    private static int checksum(Packet p, int buf, int off, int len) {
        if ((len & 1) == 0) {
            return Checksums.of(p, buf, off, len);
        }
        long acc = Checksums.sum(p, buf, off, len - 1, 0);
        int last = p.u8(buf, off + len - 1);
        int word = (last & 0x80) != 0 ? (0xff << 8) | (last - 1) : last;
        return Checksums.finish(acc + word);
    }
}
