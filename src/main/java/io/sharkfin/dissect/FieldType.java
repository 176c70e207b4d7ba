package io.sharkfin.dissect;

/**
 * The type of a field's value, one constant per Wireshark {@code ftenum}. The names, pretty names
 * and widths are Wireshark 4.0's, because error messages and {@code sharkfin fields} quote them.
 *
 * <p>{@link Repr} says how a value of this type is held in a {@link Packet}: integers, times and
 * IPv4 addresses as a {@code long}, floats as a {@code double} (stored as raw bits), everything
 * else as a span of bytes.
 */
public enum FieldType {
    NONE("FT_NONE", "Label", Repr.NONE, 0),
    PROTOCOL("FT_PROTOCOL", "Protocol", Repr.BYTES, 0),
    BOOLEAN("FT_BOOLEAN", "Boolean", Repr.UNSIGNED, 8),
    CHAR("FT_CHAR", "Character (1 byte)", Repr.UNSIGNED, 1),
    UINT8("FT_UINT8", "Unsigned integer (1 byte)", Repr.UNSIGNED, 1),
    UINT16("FT_UINT16", "Unsigned integer (2 bytes)", Repr.UNSIGNED, 2),
    UINT24("FT_UINT24", "Unsigned integer (3 bytes)", Repr.UNSIGNED, 3),
    UINT32("FT_UINT32", "Unsigned integer (4 bytes)", Repr.UNSIGNED, 4),
    UINT40("FT_UINT40", "Unsigned integer (5 bytes)", Repr.UNSIGNED, 5),
    UINT48("FT_UINT48", "Unsigned integer (6 bytes)", Repr.UNSIGNED, 6),
    UINT56("FT_UINT56", "Unsigned integer (7 bytes)", Repr.UNSIGNED, 7),
    UINT64("FT_UINT64", "Unsigned integer (8 bytes)", Repr.UNSIGNED, 8),
    INT8("FT_INT8", "Signed integer (1 byte)", Repr.SIGNED, 1),
    INT16("FT_INT16", "Signed integer (2 bytes)", Repr.SIGNED, 2),
    INT24("FT_INT24", "Signed integer (3 bytes)", Repr.SIGNED, 3),
    INT32("FT_INT32", "Signed integer (4 bytes)", Repr.SIGNED, 4),
    INT40("FT_INT40", "Signed integer (5 bytes)", Repr.SIGNED, 5),
    INT48("FT_INT48", "Signed integer (6 bytes)", Repr.SIGNED, 6),
    INT56("FT_INT56", "Signed integer (7 bytes)", Repr.SIGNED, 7),
    INT64("FT_INT64", "Signed integer (8 bytes)", Repr.SIGNED, 8),
    IEEE_11073_SFLOAT("FT_IEEE_11073_SFLOAT", "IEEE-11073 floating point (16-bit)", Repr.DOUBLE, 2),
    IEEE_11073_FLOAT("FT_IEEE_11073_FLOAT", "IEEE-11073 Floating point (32-bit)", Repr.DOUBLE, 4),
    FLOAT("FT_FLOAT", "Floating point (single-precision)", Repr.DOUBLE, 4),
    DOUBLE("FT_DOUBLE", "Floating point (double-precision)", Repr.DOUBLE, 8),
    ABSOLUTE_TIME("FT_ABSOLUTE_TIME", "Date and time", Repr.TIME, 0),
    RELATIVE_TIME("FT_RELATIVE_TIME", "Time offset", Repr.TIME, 0),
    STRING("FT_STRING", "Character string", Repr.STRING, 0),
    STRINGZ("FT_STRINGZ", "Character string", Repr.STRING, 0),
    UINT_STRING("FT_UINT_STRING", "Character string", Repr.STRING, 0),
    ETHER("FT_ETHER", "Ethernet or other MAC address", Repr.BYTES, 6),
    BYTES("FT_BYTES", "Byte sequence", Repr.BYTES, 0),
    UINT_BYTES("FT_UINT_BYTES", "Byte sequence", Repr.BYTES, 0),
    IPv4("FT_IPv4", "IPv4 address", Repr.UNSIGNED, 4),
    IPv6("FT_IPv6", "IPv6 address", Repr.BYTES, 16),
    IPXNET("FT_IPXNET", "IPX network number", Repr.UNSIGNED, 4),
    FRAMENUM("FT_FRAMENUM", "Frame number", Repr.UNSIGNED, 4),
    GUID("FT_GUID", "Globally Unique Identifier", Repr.BYTES, 16),
    OID("FT_OID", "ASN.1 object identifier", Repr.BYTES, 0),
    EUI64("FT_EUI64", "EUI64 address", Repr.UNSIGNED, 8),
    AX25("FT_AX25", "AX.25 address", Repr.BYTES, 7),
    VINES("FT_VINES", "VINES address", Repr.BYTES, 6),
    REL_OID("FT_REL_OID", "ASN.1 relative object identifier", Repr.BYTES, 0),
    SYSTEM_ID("FT_SYSTEM_ID", "OSI System-ID", Repr.BYTES, 0),
    STRINGZPAD("FT_STRINGZPAD", "Character string", Repr.STRING, 0),
    FCWWN("FT_FCWWN", "Fibre Channel WWN", Repr.BYTES, 8),
    STRINGZTRUNC("FT_STRINGZTRUNC", "Character string", Repr.STRING, 0);

    /** How a value is held in a {@link Packet} entry. */
    public enum Repr {
        /** No value: presence only. */
        NONE,
        /** {@code long}, compared unsigned. */
        UNSIGNED,
        /** {@code long}, compared signed. */
        SIGNED,
        /** {@code double}, kept as raw bits in the entry's number. */
        DOUBLE,
        /** {@code long} nanoseconds (since the epoch for absolute times). */
        TIME,
        /** A span of bytes. */
        BYTES,
        /** A span of UTF-8 bytes. */
        STRING
    }

    private final String wiresharkName;
    private final String prettyName;
    private final Repr repr;
    private final int width;

    FieldType(String wiresharkName, String prettyName, Repr repr, int width) {
        this.wiresharkName = wiresharkName;
        this.prettyName = prettyName;
        this.repr = repr;
        this.width = width;
    }

    /** Wireshark's name of the type, e.g. {@code FT_UINT16}. */
    public String wiresharkName() {
        return wiresharkName;
    }

    /** Wireshark's description of the type, e.g. {@code Unsigned integer (2 bytes)}. */
    public String prettyName() {
        return prettyName;
    }

    public Repr repr() {
        return repr;
    }

    /** Width in bytes of fixed-size types (integers, addresses), 0 for variable-size ones. */
    public int width() {
        return width;
    }

    public boolean isInteger() {
        return (repr == Repr.UNSIGNED || repr == Repr.SIGNED) && this != IPv4;
    }

    public boolean isString() {
        return repr == Repr.STRING;
    }

    /** Looks a type up by its Wireshark name ({@code FT_UINT16}); null when unknown. */
    public static FieldType ofWiresharkName(String name) {
        for (FieldType t : values()) {
            if (t.wiresharkName.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
