package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.util.List;

/** Virtual eXtensible LAN ({@code vxlan}, UDP port 4789): flags, group policy id, VNI, then Ethernet. */
public final class VxlanDissector implements Dissector {

    public static final FieldSpec VXLAN =
            FieldSpec.protocol("vxlan", "Virtual eXtensible Local Area Network");
    public static final FieldSpec FLAGS = Fields.u16("vxlan.flags", "Flags", "BASE_HEX");
    public static final FieldSpec FLAG_G = Fields.bool("vxlan.flag_g", "GBP Extension", 16, 0x8000);
    public static final FieldSpec FLAG_I = Fields.bool("vxlan.flag_i", "VXLAN Network ID (VNI)", 16, 0x0800);
    public static final FieldSpec FLAG_D = Fields.bool("vxlan.flag_d", "Don't Learn", 16, 0x0040);
    public static final FieldSpec FLAG_A = Fields.bool("vxlan.flag_a", "Policy Applied", 16, 0x0008);
    public static final FieldSpec FLAGS_RESERVED =
            Fields.uint("vxlan.flags_reserved", "Reserved(R)", FieldType.UINT16, "BASE_HEX", 0x77b7);
    public static final FieldSpec GBP = Fields.u16("vxlan.gbp", "Group Policy ID", "BASE_DEC");
    public static final FieldSpec VNI =
            Fields.uint("vxlan.vni", "VXLAN Network Identifier (VNI)", FieldType.UINT24, "BASE_DEC");
    public static final FieldSpec RESERVED8 = Fields.u8("vxlan.reserved8", "Reserved", "BASE_DEC");

    private static final List<FieldSpec> FIELDS = List.of(FLAGS, FLAG_G, FLAG_I, FLAG_D, FLAG_A,
            FLAGS_RESERVED, GBP, VNI, RESERVED8);
    private static final int HEADER = 8;

    private final Dissector ethWithoutFcs;

    public VxlanDissector(EthDissector eth) {
        this.ethWithoutFcs = eth.withoutFcs();
    }

    @Override
    public FieldSpec protocol() {
        return VXLAN;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public String shortName() {
        return "VXLAN";
    }

    @Override
    public List<String> calls() {
        return List.of("eth");
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        p.setProtocolLength(HEADER);
        int flags = p.u16(buf, off);
        int e = p.addUInt(FLAGS, buf, off, 2, flags);
        int saved = p.openSubtree(e);
        p.addBoolean(FLAG_G, buf, off, 2, (flags & 0x8000) != 0);
        p.addBoolean(FLAG_I, buf, off, 2, (flags & 0x0800) != 0);
        p.addBoolean(FLAG_D, buf, off, 2, (flags & 0x0040) != 0);
        p.addBoolean(FLAG_A, buf, off, 2, (flags & 0x0008) != 0);
        p.addUInt(FLAGS_RESERVED, buf, off, 2, flags & 0x77b7);
        p.closeSubtree(saved);
        p.addUInt(GBP, buf, off + 2, 2, p.u16(buf, off + 2));
        p.addUInt(VNI, buf, off + 4, 3, p.u24(buf, off + 4));
        p.addUInt(RESERVED8, buf, off + 7, 1, p.u8(buf, off + 7));
        Calls.ifNeeded(p, ethWithoutFcs, buf, off + HEADER, Math.max(0, len - HEADER));
        return len;
    }
}
