package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;

/** Short constructors for the field constants of this package's dissectors. */
final class Fields {
    private Fields() {
    }

    static FieldSpec uint(String name, String title, FieldType type, String base) {
        return FieldSpec.of(name, title, type).base(base);
    }

    static FieldSpec uint(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }

    static FieldSpec u8(String name, String title, String base) {
        return uint(name, title, FieldType.UINT8, base);
    }

    static FieldSpec u16(String name, String title, String base) {
        return uint(name, title, FieldType.UINT16, base);
    }

    static FieldSpec u32(String name, String title, String base) {
        return uint(name, title, FieldType.UINT32, base);
    }

    /** A boolean over {@code bits} bits with a bitmask (bits 0: no mask). */
    static FieldSpec bool(String name, String title, int bits, long mask) {
        return FieldSpec.of(name, title, FieldType.BOOLEAN).base(Integer.toString(bits)).mask(mask);
    }

    static FieldSpec bytes(String name, String title) {
        return FieldSpec.of(name, title, FieldType.BYTES);
    }

    static FieldSpec string(String name, String title) {
        return FieldSpec.of(name, title, FieldType.STRING);
    }

    static FieldSpec ipv4(String name, String title) {
        return FieldSpec.of(name, title, FieldType.IPv4);
    }

    static FieldSpec ipv6(String name, String title) {
        return FieldSpec.of(name, title, FieldType.IPv6);
    }

    static FieldSpec ether(String name, String title) {
        return FieldSpec.of(name, title, FieldType.ETHER);
    }

    static FieldSpec frame(String name, String title) {
        return FieldSpec.of(name, title, FieldType.FRAMENUM);
    }

    static FieldSpec none(String name, String title) {
        return FieldSpec.of(name, title, FieldType.NONE);
    }

    static FieldSpec relTime(String name, String title) {
        return FieldSpec.of(name, title, FieldType.RELATIVE_TIME);
    }
}
