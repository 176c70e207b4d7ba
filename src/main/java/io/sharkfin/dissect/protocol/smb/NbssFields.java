package io.sharkfin.dissect.protocol.smb;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;

import java.util.List;

/**
 * The NetBIOS Session Service fields of packet-nbt.c that sharkfin dissects, as tshark 4.0
 * registers them (made by src/tools/gen-field-specs.py from src/tools/smb2-fields.txt).
 */
public final class NbssFields {
    private NbssFields() {
    }

    public static final FieldSpec NBSS = FieldSpec.protocol("nbss", "NetBIOS Session Service");

    public static final FieldSpec TYPE = f("nbss.type", "Message Type", FieldType.UINT8, "BASE_HEX", 0x0);
    public static final FieldSpec FLAGS = f("nbss.flags", "Flags", FieldType.UINT8, "BASE_HEX", 0x0);
    public static final FieldSpec FLAGS_E = f("nbss.flags.e", "Extend", FieldType.BOOLEAN, "8", 0x1);
    public static final FieldSpec LENGTH = f("nbss.length", "Length", FieldType.UINT24, "BASE_DEC", 0x0);
    public static final FieldSpec CONTINUATION_DATA = f("nbss.continuation_data", "Continuation data", FieldType.BYTES, "", 0x0);

    /** Every field above but the protocol. */
    static final List<FieldSpec> ALL = List.of(TYPE, FLAGS, FLAGS_E, LENGTH, CONTINUATION_DATA);

    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }
}
