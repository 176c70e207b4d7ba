package io.sharkfin.filter.runtime;

import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.filter.value.FValue;
import io.sharkfin.filter.value.TypeRules;

/**
 * The typed value of one field occurrence, for the general evaluator (the fast kernels read the
 * packet directly). Allocates: used for relations with arithmetic, functions, slices and
 * field-to-field comparisons.
 */
public final class EntryValues {
    private EntryValues() {
    }

    /** The value of entry {@code e}, read as a value of {@code type}; null for FT_NONE. */
    public static FValue of(Packet p, int e, FieldType type) {
        return switch (type.repr()) {
            case NONE -> null;
            case UNSIGNED -> type == FieldType.IPv4
                    ? new FValue.Ipv4((int) p.num(e), 32)
                    : new FValue.Unsigned(type, TypeRules.isWide(type) ? p.num(e) : p.num(e) & 0xffffffffL);
            case SIGNED -> new FValue.Signed(type, p.num(e));
            case DOUBLE -> new FValue.Floating(type == FieldType.FLOAT ? FieldType.FLOAT
                    : FieldType.DOUBLE, p.dbl(e));
            case TIME -> new FValue.Time(type, p.timeSeconds(e), p.timeNanos(e));
            case BYTES -> type == FieldType.IPv6 ? new FValue.Ipv6(p.bytes(e), 128)
                    : new FValue.Bytes(type, p.bytes(e));
            case STRING -> new FValue.Text(type, p.bytes(e));
        };
    }

    /** The raw packet bytes of entry {@code e} ({@code @field}). */
    public static FValue raw(Packet p, int e) {
        byte[] b = new byte[p.rawLen(e)];
        java.lang.foreign.MemorySegment.copy(p.rawSeg(e), java.lang.foreign.ValueLayout.JAVA_BYTE,
                p.rawOff(e), b, 0, b.length);
        return new FValue.Bytes(FieldType.BYTES, b);
    }
}
