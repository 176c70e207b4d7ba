package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldType;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What each field type supports in Wireshark 4.0: the operations its {@code ftype_t} function
 * table provides ({@code ftype_can_eq}, {@code ftype_can_contains}, ...), which types may be
 * compared with each other ({@code compatible_ftypes} of {@code semcheck.c}) and which count as
 * byte sequences ({@code is_bytes_type}).
 *
 * <p>Messages use two names of a type: {@link #ftypeName(FieldType)} ({@code FT_IPv4}, as in
 * "FT_IPv4 cannot +.") and {@link #prettyName(FieldType)} ({@code IPv4 address}, as in
 * "IPv4 address cannot be converted from a string").
 */
public final class TypeRules {

    /** The optional entries of an {@code ftype_t} that the filter compiler asks about. */
    public enum Capability {
        /** {@code cmp_order}: {@code == != === !==} and also the ordering operators. */
        COMPARE,
        CONTAINS,
        MATCHES,
        SLICE,
        BITWISE_AND,
        UNARY_MINUS,
        ADD,
        SUBTRACT,
        MULTIPLY,
        DIVIDE,
        MODULO,
        /** {@code is_zero}: the value can be a test by itself (non-zero is true). */
        IS_ZERO,
        /** {@code val_to_uinteger64}: the value converts to an unsigned integer. */
        TO_UNSIGNED,
        /** {@code val_to_sinteger64}: the value converts to a signed integer. */
        TO_SIGNED,
        /** {@code val_from_literal}. */
        FROM_LITERAL,
        /** {@code val_from_string}. */
        FROM_STRING,
        /** {@code val_from_charconst}. */
        FROM_CHARCONST
    }

    private static final Map<FieldType, Set<Capability>> TABLE = table();

    private TypeRules() {
    }

    private static Map<FieldType, Set<Capability>> table() {
        Set<Capability> integer = EnumSet.of(Capability.COMPARE, Capability.IS_ZERO,
                Capability.BITWISE_AND, Capability.UNARY_MINUS, Capability.ADD,
                Capability.SUBTRACT, Capability.MULTIPLY, Capability.DIVIDE, Capability.MODULO,
                Capability.TO_UNSIGNED, Capability.TO_SIGNED, Capability.FROM_LITERAL,
                Capability.FROM_CHARCONST);
        Set<Capability> bytes = EnumSet.of(Capability.COMPARE, Capability.CONTAINS,
                Capability.MATCHES, Capability.SLICE, Capability.BITWISE_AND, Capability.IS_ZERO,
                Capability.FROM_LITERAL);
        Set<Capability> bytesNoMatch = EnumSet.copyOf(bytes);
        bytesNoMatch.remove(Capability.MATCHES);
        Set<Capability> string = EnumSet.of(Capability.COMPARE, Capability.CONTAINS,
                Capability.MATCHES, Capability.SLICE, Capability.IS_ZERO, Capability.FROM_LITERAL,
                Capability.FROM_STRING, Capability.FROM_CHARCONST);
        Set<Capability> floating = EnumSet.of(Capability.COMPARE, Capability.IS_ZERO,
                Capability.UNARY_MINUS, Capability.ADD, Capability.SUBTRACT, Capability.MULTIPLY,
                Capability.DIVIDE, Capability.FROM_LITERAL);
        Set<Capability> address = EnumSet.of(Capability.COMPARE, Capability.IS_ZERO,
                Capability.SLICE, Capability.BITWISE_AND, Capability.FROM_LITERAL);

        Map<FieldType, Set<Capability>> m = new EnumMap<>(FieldType.class);
        m.put(FieldType.NONE, EnumSet.noneOf(Capability.class));
        m.put(FieldType.PROTOCOL, EnumSet.of(Capability.COMPARE, Capability.CONTAINS,
                Capability.MATCHES, Capability.SLICE, Capability.IS_ZERO, Capability.FROM_LITERAL,
                Capability.FROM_STRING, Capability.FROM_CHARCONST));
        m.put(FieldType.BOOLEAN, EnumSet.of(Capability.COMPARE, Capability.IS_ZERO,
                Capability.TO_UNSIGNED, Capability.TO_SIGNED, Capability.FROM_LITERAL,
                Capability.FROM_CHARCONST));
        for (FieldType t : new FieldType[] {FieldType.CHAR, FieldType.UINT8, FieldType.UINT16,
            FieldType.UINT24, FieldType.UINT32, FieldType.UINT40, FieldType.UINT48,
            FieldType.UINT56, FieldType.UINT64, FieldType.INT8, FieldType.INT16, FieldType.INT24,
            FieldType.INT32, FieldType.INT40, FieldType.INT48, FieldType.INT56, FieldType.INT64,
            FieldType.FRAMENUM}) {
            m.put(t, integer);
        }
        m.put(FieldType.IPXNET, EnumSet.of(Capability.COMPARE, Capability.IS_ZERO,
                Capability.BITWISE_AND, Capability.UNARY_MINUS, Capability.TO_UNSIGNED,
                Capability.TO_SIGNED, Capability.FROM_LITERAL));
        m.put(FieldType.EUI64, EnumSet.of(Capability.COMPARE, Capability.IS_ZERO,
                Capability.BITWISE_AND, Capability.UNARY_MINUS, Capability.ADD,
                Capability.SUBTRACT, Capability.TO_UNSIGNED, Capability.TO_SIGNED,
                Capability.FROM_LITERAL));
        m.put(FieldType.IEEE_11073_SFLOAT, EnumSet.of(Capability.COMPARE, Capability.IS_ZERO,
                Capability.FROM_LITERAL));
        m.put(FieldType.IEEE_11073_FLOAT, m.get(FieldType.IEEE_11073_SFLOAT));
        m.put(FieldType.FLOAT, floating);
        m.put(FieldType.DOUBLE, floating);
        m.put(FieldType.ABSOLUTE_TIME, EnumSet.of(Capability.COMPARE, Capability.IS_ZERO,
                Capability.FROM_LITERAL, Capability.FROM_STRING));
        m.put(FieldType.RELATIVE_TIME, EnumSet.of(Capability.COMPARE, Capability.IS_ZERO,
                Capability.UNARY_MINUS, Capability.ADD, Capability.SUBTRACT,
                Capability.FROM_LITERAL));
        for (FieldType t : new FieldType[] {FieldType.STRING, FieldType.STRINGZ,
            FieldType.UINT_STRING, FieldType.STRINGZPAD, FieldType.STRINGZTRUNC}) {
            m.put(t, string);
        }
        Set<Capability> plainBytes = EnumSet.copyOf(bytes);
        plainBytes.add(Capability.FROM_STRING);
        plainBytes.add(Capability.FROM_CHARCONST);
        m.put(FieldType.BYTES, plainBytes);
        m.put(FieldType.UINT_BYTES, bytesNoMatch);
        m.put(FieldType.ETHER, bytes);
        m.put(FieldType.AX25, bytes);
        m.put(FieldType.VINES, bytes);
        m.put(FieldType.FCWWN, bytes);
        m.put(FieldType.OID, bytesNoMatch);
        m.put(FieldType.REL_OID, bytesNoMatch);
        m.put(FieldType.SYSTEM_ID, bytesNoMatch);
        m.put(FieldType.GUID, EnumSet.of(Capability.COMPARE, Capability.FROM_LITERAL));
        m.put(FieldType.IPv4, address);
        m.put(FieldType.IPv6, address);
        for (FieldType t : FieldType.values()) {
            if (!m.containsKey(t)) {
                throw new AssertionError("no capabilities for " + t);
            }
        }
        return m;
    }

    /** Whether the type's function table has this entry. */
    public static boolean can(FieldType t, Capability c) {
        return TABLE.get(t).contains(c);
    }

    /** {@code ftype_can_eq}: {@code ==}, {@code !=}, {@code ===}, {@code !==}, and {@code in}. */
    public static boolean canEq(FieldType t) {
        return can(t, Capability.COMPARE);
    }

    /** {@code ftype_can_cmp}: {@code > >= < <=} and set ranges; the same entry as equality. */
    public static boolean canCmp(FieldType t) {
        return can(t, Capability.COMPARE);
    }

    /** {@code contains}: strings, byte sequences, protocols. */
    public static boolean canContains(FieldType t) {
        return can(t, Capability.CONTAINS);
    }

    /**
     * {@code matches}: strings, protocols and most byte types (not OIDs, system IDs,
     * {@code FT_UINT_BYTES}).
     */
    public static boolean canMatches(FieldType t) {
        return can(t, Capability.MATCHES);
    }

    /** {@code ftype_can_slice}: the value has bytes that {@code [i:j]} can take. */
    public static boolean canSlice(FieldType t) {
        return can(t, Capability.SLICE);
    }

    /** {@code &}: integers (not booleans), byte sequences, IPv4 and IPv6 addresses. */
    public static boolean canBitwiseAnd(FieldType t) {
        return can(t, Capability.BITWISE_AND);
    }

    /** Unary {@code -}: integers (not booleans), floats, relative times. */
    public static boolean canUnaryMinus(FieldType t) {
        return can(t, Capability.UNARY_MINUS);
    }

    /** {@code +}: integers (not booleans or IPX networks), floats, relative times. */
    public static boolean canAdd(FieldType t) {
        return can(t, Capability.ADD);
    }

    /** {@code -}: as {@link #canAdd}. */
    public static boolean canSubtract(FieldType t) {
        return can(t, Capability.SUBTRACT);
    }

    /** {@code *}: integers (not booleans, IPX networks, EUI-64), floats. */
    public static boolean canMultiply(FieldType t) {
        return can(t, Capability.MULTIPLY);
    }

    /** {@code /}: as {@link #canMultiply}. */
    public static boolean canDivide(FieldType t) {
        return can(t, Capability.DIVIDE);
    }

    /** {@code %}: integers (not booleans, IPX networks, EUI-64); not floats. */
    public static boolean canModulo(FieldType t) {
        return can(t, Capability.MODULO);
    }

    /** {@code ftype_can_is_zero}. */
    public static boolean canIsZero(FieldType t) {
        return can(t, Capability.IS_ZERO);
    }

    /** {@code ftype_can_val_to_uinteger} (4.0 checks the 64-bit conversion for both widths). */
    public static boolean canValToUinteger(FieldType t) {
        return can(t, Capability.TO_UNSIGNED);
    }

    /** {@code ftype_can_val_to_uinteger64}. */
    public static boolean canValToUinteger64(FieldType t) {
        return can(t, Capability.TO_UNSIGNED);
    }

    /** {@code ftype_can_val_to_sinteger} (also checked through the 64-bit conversion). */
    public static boolean canValToSinteger(FieldType t) {
        return can(t, Capability.TO_SIGNED);
    }

    /** {@code ftype_can_val_to_sinteger64}. */
    public static boolean canValToSinteger64(FieldType t) {
        return can(t, Capability.TO_SIGNED);
    }

    /**
     * {@code compatible_ftypes}: whether a field of type {@code a} may be compared with (or
     * combined arithmetically with) an operand of type {@code b}. Not symmetric in general:
     * the left operand's group decides.
     */
    public static boolean compatible(FieldType a, FieldType b) {
        return switch (a) {
            case NONE, BOOLEAN, PROTOCOL, ABSOLUTE_TIME, RELATIVE_TIME, IEEE_11073_SFLOAT,
                 IEEE_11073_FLOAT, IPv4, IPv6 -> a == b;
            case FLOAT, DOUBLE -> b == FieldType.FLOAT || b == FieldType.DOUBLE;
            case ETHER, BYTES, UINT_BYTES, GUID, OID, AX25, VINES, FCWWN, REL_OID, SYSTEM_ID ->
                    switch (b) {
                        case ETHER, BYTES, UINT_BYTES, GUID, OID, AX25, VINES, FCWWN, REL_OID,
                             SYSTEM_ID -> true;
                        default -> false;
                    };
            case UINT8, UINT16, UINT24, UINT32, CHAR, FRAMENUM, IPXNET, UINT40, UINT48, UINT56,
                 UINT64, EUI64 -> canValToUinteger(b);
            case INT8, INT16, INT24, INT32, INT40, INT48, INT56, INT64 -> canValToSinteger(b);
            case STRING, STRINGZ, UINT_STRING, STRINGZPAD, STRINGZTRUNC -> b.isString();
        };
    }

    /**
     * {@code is_bytes_type}: types whose values are compared as byte sequences with a slice
     * without conversion. IPv6 is one; IPv4 and protocols are not (they are converted).
     */
    public static boolean isBytesType(FieldType t) {
        return switch (t) {
            case AX25, VINES, FCWWN, ETHER, BYTES, UINT_BYTES, IPv6, GUID, OID, REL_OID,
                 SYSTEM_ID -> true;
            default -> false;
        };
    }

    /** {@code ftype_name}: {@code FT_UINT16}, used in arithmetic errors ("FT_IPv4 cannot +."). */
    public static String ftypeName(FieldType t) {
        return t.wiresharkName();
    }

    /** {@code ftype_pretty_name}: {@code Unsigned integer (2 bytes)}, used in most messages. */
    public static String prettyName(FieldType t) {
        return t.prettyName();
    }

    /**
     * {@code ftype_length} as {@code len()} uses it for types without a variable length: the
     * wire size (0 for booleans, floats and times, as in 4.0).
     */
    public static int wireSize(FieldType t) {
        return switch (t) {
            case CHAR, UINT8, INT8 -> 1;
            case UINT16, INT16, IEEE_11073_SFLOAT -> 2;
            case UINT24, INT24 -> 3;
            case UINT32, INT32, IPXNET, FRAMENUM, IPv4, IEEE_11073_FLOAT -> 4;
            case UINT40, INT40 -> 5;
            case UINT48, INT48, ETHER, VINES -> 6;
            case UINT56, INT56, AX25 -> 7;
            case UINT64, INT64, EUI64, FCWWN -> 8;
            case IPv6, GUID -> 16;
            default -> 0;
        };
    }

    /**
     * Whether {@code string()} accepts a field of this type (4.0's list: integers except
     * {@code FT_INT24} and {@code FT_CHAR}, addresses, floats, OIDs, GUIDs; not booleans,
     * times, strings, bytes or protocols).
     */
    public static boolean canString(FieldType t) {
        return switch (t) {
            case UINT8, UINT16, UINT24, UINT32, UINT40, UINT48, UINT56, UINT64, INT8, INT16,
                 INT32, INT40, INT48, INT56, INT64, IPv4, IPv6, FLOAT, DOUBLE, ETHER, FRAMENUM,
                 AX25, IPXNET, GUID, OID, EUI64, VINES, REL_OID, SYSTEM_ID, FCWWN,
                 IEEE_11073_SFLOAT, IEEE_11073_FLOAT -> true;
            default -> false;
        };
    }

    /**
     * Whether a field of this type accepts names of values from its value string or
     * true/false strings ({@code mk_fvalue_from_val_string}).
     */
    public static boolean acceptsValueNames(FieldType t) {
        return ValueNames.acceptsNames(t);
    }

    /**
     * Whether Wireshark holds values of this integer type in 64 bits (the 40- to 64-bit
     * integers, booleans and EUI-64) rather than 32; arithmetic on the others wraps and
     * overflows at 32 bits.
     */
    public static boolean isWide(FieldType t) {
        return switch (t) {
            case UINT40, UINT48, UINT56, UINT64, INT40, INT48, INT56, INT64, BOOLEAN, EUI64 -> true;
            default -> false;
        };
    }

    /** Largest value a literal may have for an unsigned integer type. */
    static long maxUnsigned(FieldType t) {
        return switch (t) {
            case CHAR, UINT8 -> 0xffL;
            case UINT16 -> 0xffffL;
            case UINT24 -> 0xffffffL;
            case UINT32, FRAMENUM, IPXNET -> 0xffffffffL;
            case UINT40 -> 0xff_ffffffffL;
            case UINT48 -> 0xffff_ffffffffL;
            case UINT56 -> 0xffffff_ffffffffL;
            default -> -1L;
        };
    }

    /** Largest value of a signed integer type. */
    static long maxSigned(FieldType t) {
        return switch (t) {
            case INT8 -> 0x7f;
            case INT16 -> 0x7fff;
            case INT24 -> 0x7fffff;
            case INT32 -> 0x7fffffff;
            case INT40 -> 0x7f_ffffffffL;
            case INT48 -> 0x7fff_ffffffffL;
            case INT56 -> 0x7fffff_ffffffffL;
            default -> Long.MAX_VALUE;
        };
    }
}
