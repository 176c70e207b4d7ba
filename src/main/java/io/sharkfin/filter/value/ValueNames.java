package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.ValueStrings;

/**
 * Names of values in place of numbers ({@code ip.proto == "TCP"}, {@code tcp.flags.syn == Set}),
 * Wireshark 4.0's {@code mk_fvalue_from_val_string}. Only integer and boolean fields take names;
 * the lookup ignores ASCII case and the first matching entry wins. The constant made is an
 * {@code FT_UINT32} (an {@code FT_UINT64} for 40- to 64-bit fields, whose tables are 64-bit
 * ones), not of the field's own type.
 */
final class ValueNames {

    /**
     * The outcome of a lookup: a value, or the message to report (which may be null: 4.0 then
     * keeps the message of the failed literal conversion).
     */
    record Lookup(FValue value, String message, boolean replacesEarlierMessage) {
    }

    private ValueNames() {
    }

    static Lookup lookup(FieldDef field, String name) {
        FieldType type = field.type();
        if (!acceptsNames(type)) {
            return new Lookup(null, null, false);
        }
        ValueStrings vs = field.strings();
        if (type == FieldType.BOOLEAN) {
            ValueStrings tfs = vs != null && vs.kind() == ValueStrings.Kind.TRUE_FALSE
                    ? vs : ValueStrings.defaultTrueFalse();
            if (asciiCaseEquals(tfs.name(0), name)) {
                return found(FieldType.UINT64, 1);
            }
            if (asciiCaseEquals(tfs.name(1), name)) {
                return found(FieldType.UINT64, 0);
            }
            return new Lookup(null, notFound(name, field), true);
        }
        if (vs == null) {
            // only shown when the literal's own conversion left no message
            return new Lookup(null, field.name() + " cannot accept strings as values.", false);
        }
        return switch (vs.kind()) {
            case RANGES -> new Lookup(null,
                    "\"" + field.name() + "\" cannot accept [range] strings as values.", true);
            case CUSTOM -> new Lookup(null,
                    "\"" + field.name() + "\" cannot accept [custom] strings as values.", true);
            case VALUES, TRUE_FALSE -> {
                boolean wide = TypeRules.isWide(type);
                for (int i = 0; i < vs.size(); i++) {
                    if (asciiCaseEquals(vs.name(i), name)) {
                        long v = vs.low(i);
                        yield found(wide ? FieldType.UINT64 : FieldType.UINT32,
                                wide ? v : v & 0xffffffffL);
                    }
                }
                yield new Lookup(null, notFound(name, field), true);
            }
        };
    }

    /** The types {@code mk_fvalue_from_val_string} looks names up for. */
    static boolean acceptsNames(FieldType type) {
        return type == FieldType.BOOLEAN || type == FieldType.CHAR
                || (type.isInteger() && type != FieldType.FRAMENUM && type != FieldType.IPXNET
                && type != FieldType.EUI64);
    }

    private static Lookup found(FieldType type, long value) {
        return new Lookup(new FValue.Unsigned(type, value), null, true);
    }

    private static String notFound(String name, FieldDef field) {
        return "\"" + name + "\" cannot be found among the possible values for " + field.name()
                + ".";
    }

    /** {@code g_ascii_strcasecmp(a, b) == 0}: only ASCII letters fold. */
    static boolean asciiCaseEquals(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && asciiLower(x) != asciiLower(y)) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
