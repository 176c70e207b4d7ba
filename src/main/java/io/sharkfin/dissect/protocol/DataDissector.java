package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.util.List;

/**
 * The {@code data} protocol: bytes no dissector claimed ({@code data.data}, {@code data.len}).
 * Wireshark adds its tree item only when some bytes were captured, but the layer always.
 */
public final class DataDissector implements Dissector {

    public static final FieldSpec DATA = FieldSpec.protocol("data", "Data");
    public static final FieldSpec DATA_DATA = FieldSpec.of("data.data", "Data", FieldType.BYTES);
    public static final FieldSpec LEN =
            FieldSpec.of("data.len", "Length", FieldType.INT32).base("BASE_DEC");

    private static final List<FieldSpec> FIELDS = List.of(DATA_DATA, LEN);

    @Override
    public FieldSpec protocol() {
        return DATA;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public String shortName() {
        return "Data";
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        int captured = Math.max(0, Math.min(length, p.bufferLength(buf) - offset));
        if (captured > 0) {
            p.addBytes(DATA_DATA, buf, offset, captured);
            p.addInt(LEN, buf, offset, 0, captured);
        } else {
            // no bytes, no "data" item; the layer stays
            p.dropProtocolItem();
        }
        return length;
    }

    @Override
    public String label(Packet p, int entry) {
        return label(p.len(entry));
    }

    /** The tree's text of {@code n} bytes of data: "Data (1 byte)", "Data (36 bytes)". */
    public static String label(int n) {
        return "Data (" + n + (n == 1 ? " byte)" : " bytes)");
    }
}
