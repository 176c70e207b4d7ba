package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.util.HexFormat;
import java.util.StringJoiner;

/**
 * Prints field values the way {@code tshark -T fields -E occurrence=a -E aggregator=,} does, for
 * comparing with recorded tshark output (the real output formatter is written elsewhere).
 */
final class FieldText {
    private FieldText() {
    }

    /** All occurrences of a field in a packet, joined by commas; "" when absent. */
    static String of(Packet p, FieldDef def) {
        StringJoiner j = new StringJoiner(",");
        for (int e = p.first(def.id()); e >= 0; e = p.next(e)) {
            j.add(value(p, def, e));
        }
        return j.toString();
    }

    static String value(Packet p, FieldDef def, int e) {
        FieldType t = def.type();
        return switch (t.repr()) {
            case NONE -> "1";
            case BYTES -> HexFormat.of().formatHex(p.bytes(e));
            case STRING -> p.string(e);
            case TIME -> time(p.num(e));
            case DOUBLE -> Double.toString(p.dbl(e));
            case UNSIGNED, SIGNED -> integer(def, p.num(e));
        };
    }

    private static String integer(FieldDef def, long v) {
        if (def.type() == FieldType.BOOLEAN) {
            return v != 0 ? "1" : "0";
        }
        if (def.display().equals("BASE_HEX")) {
            return String.format("0x%0" + (def.type().width() * 2) + "x", v);
        }
        return Long.toString(v);
    }

    private static String time(long nanos) {
        String sign = nanos < 0 ? "-" : "";
        long a = Math.abs(nanos);
        return String.format("%s%d.%09d", sign, a / 1_000_000_000L, a % 1_000_000_000L);
    }
}
