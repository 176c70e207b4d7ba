package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldType;

import java.util.Arrays;
import java.util.Set;

/**
 * A typed constant of a display filter, Wireshark's {@code fvalue_t}: the value a literal, string
 * or character constant becomes once the type of the other operand is known, or the result of
 * constant arithmetic.
 *
 * <p>Every value knows its {@link FieldType}, which may differ from the field it is compared
 * with (value-string names become {@code FT_UINT32}, {@code -80} against {@code tcp.port} is
 * {@code FT_INT32}), exactly as in Wireshark 4.0. {@link #repr()} is the text Wireshark prints
 * for it in display-filter form and {@link #toString()} the form {@code dftest} shows,
 * {@code 80 <FT_UINT16>}.
 *
 * <p>The records are immutable; array components are copied in and out.
 */
public sealed interface FValue {

    /** The value's type. */
    FieldType type();

    /** Wireshark's display-filter representation ({@code FTREPR_DFILTER}, {@code BASE_NONE}). */
    String repr();

    /** {@code repr <FT_NAME>}, as {@code dftest} prints an {@code FVALUE} node. */
    static String describe(FValue v) {
        return v.repr() + " <" + v.type().wiresharkName() + ">";
    }

    /**
     * An unsigned integer: {@code FT_UINT8..64}, {@code FT_CHAR}, {@code FT_BOOLEAN},
     * {@code FT_FRAMENUM}, {@code FT_IPXNET}, {@code FT_EUI64}. {@code value} holds the unsigned
     * number's bits; types stored in 32 bits by Wireshark keep it below 2^32.
     */
    record Unsigned(FieldType type, long value) implements FValue {
        private static final Set<FieldType> TYPES = Set.of(FieldType.CHAR, FieldType.UINT8,
                FieldType.UINT16, FieldType.UINT24, FieldType.UINT32, FieldType.UINT40,
                FieldType.UINT48, FieldType.UINT56, FieldType.UINT64, FieldType.BOOLEAN,
                FieldType.FRAMENUM, FieldType.IPXNET, FieldType.EUI64);

        public Unsigned {
            require(TYPES.contains(type), type);
            if (!TypeRules.isWide(type) && (value >>> 32) != 0) {
                throw new IllegalArgumentException(type + " holds 32 bits, not " + value);
            }
        }

        @Override
        public String repr() {
            return switch (type) {
                case CHAR -> charRepr(value);
                case BOOLEAN -> value != 0 ? "1" : "0";
                case IPXNET -> String.format("0x%08x", value);
                case EUI64 -> ByteStrings.hex(longBytes(value), ':');
                default -> Long.toUnsignedString(value);
            };
        }

        @Override
        public String toString() {
            return describe(this);
        }
    }

    /**
     * A signed integer, {@code FT_INT8..64}. Types Wireshark stores in 32 bits keep it in the
     * {@code int} range.
     */
    record Signed(FieldType type, long value) implements FValue {
        public Signed {
            require(type.repr() == FieldType.Repr.SIGNED, type);
            if (!TypeRules.isWide(type) && value != (int) value) {
                throw new IllegalArgumentException(type + " holds 32 bits, not " + value);
            }
        }

        @Override
        public String repr() {
            return Long.toString(value);
        }

        @Override
        public String toString() {
            return describe(this);
        }
    }

    /** {@code FT_FLOAT} or {@code FT_DOUBLE}; both hold a double, as in Wireshark. */
    record Floating(FieldType type, double value) implements FValue {
        public Floating {
            require(type == FieldType.FLOAT || type == FieldType.DOUBLE, type);
        }

        @Override
        public String repr() {
            return CFloat.format17g(value);
        }

        @Override
        public String toString() {
            return describe(this);
        }
    }

    /**
     * {@code FT_ABSOLUTE_TIME} (seconds since the epoch) or {@code FT_RELATIVE_TIME}, as
     * Wireshark's {@code nstime_t}: seconds and nanoseconds, which carry the same sign for
     * negative relative times ({@code -1.5} is {@code -1 s, -500000000 ns}).
     */
    record Time(FieldType type, long seconds, int nanos) implements FValue {
        public Time {
            require(type == FieldType.ABSOLUTE_TIME || type == FieldType.RELATIVE_TIME, type);
        }

        /** The time in nanoseconds, saturated at the {@code long} range. */
        public long totalNanos() {
            try {
                return Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nanos);
            } catch (ArithmeticException e) {
                return seconds < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
        }

        @Override
        public String repr() {
            return type == FieldType.ABSOLUTE_TIME ? TimeLiterals.formatAbsolute(seconds, nanos)
                    : TimeLiterals.formatRelative(seconds, nanos);
        }

        @Override
        public String toString() {
            return describe(this);
        }
    }

    /**
     * {@code FT_IPv4}: the address (most significant byte first in the int) and the prefix
     * length of a CIDR literal, 32 for a plain address.
     */
    record Ipv4(int address, int prefix) implements FValue {
        public Ipv4 {
            if (prefix < 0 || prefix > 32) {
                throw new IllegalArgumentException("prefix " + prefix);
            }
        }

        @Override
        public FieldType type() {
            return FieldType.IPv4;
        }

        /** The netmask of {@link #prefix()}. */
        public int netmask() {
            return IpAddresses.mask(prefix);
        }

        /** Only the address is shown, also for a CIDR literal. */
        @Override
        public String repr() {
            return IpAddresses.formatIpv4(address);
        }

        @Override
        public String toString() {
            return describe(this);
        }
    }

    /** {@code FT_IPv6}: 16 bytes and a prefix length, 128 for a plain address. */
    record Ipv6(byte[] address, int prefix) implements FValue {
        public Ipv6 {
            if (address.length != 16 || prefix < 0 || prefix > 128) {
                throw new IllegalArgumentException("IPv6 " + address.length + "/" + prefix);
            }
            address = address.clone();
        }

        @Override
        public byte[] address() {
            return address.clone();
        }

        @Override
        public FieldType type() {
            return FieldType.IPv6;
        }

        @Override
        public String repr() {
            return IpAddresses.formatIpv6(address);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ipv6 v && v.prefix == prefix && Arrays.equals(v.address, address);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(address) * 31 + prefix;
        }

        @Override
        public String toString() {
            return describe(this);
        }
    }

    /**
     * A byte sequence: {@code FT_BYTES}, {@code FT_UINT_BYTES}, {@code FT_ETHER},
     * {@code FT_GUID} (16 bytes in text order), {@code FT_OID}, {@code FT_REL_OID} (BER
     * encoded), {@code FT_SYSTEM_ID}, {@code FT_AX25}, {@code FT_VINES}, {@code FT_FCWWN}, and
     * {@code FT_PROTOCOL} constants (a protocol compared with bytes or a string).
     */
    record Bytes(FieldType type, byte[] bytes) implements FValue {
        private static final Set<FieldType> TYPES = Set.of(FieldType.BYTES, FieldType.UINT_BYTES,
                FieldType.ETHER, FieldType.GUID, FieldType.OID, FieldType.REL_OID,
                FieldType.SYSTEM_ID, FieldType.AX25, FieldType.VINES, FieldType.FCWWN,
                FieldType.PROTOCOL);

        public Bytes {
            require(TYPES.contains(type), type);
            if (type == FieldType.GUID && bytes.length != 16) {
                throw new IllegalArgumentException("GUID of " + bytes.length + " bytes");
            }
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** Number of bytes. */
        public int length() {
            return bytes.length;
        }

        @Override
        public String repr() {
            return switch (type) {
                case GUID -> ObjectIds.formatGuid(bytes);
                case OID -> ObjectIds.formatOid(bytes, true);
                case REL_OID -> ObjectIds.formatOid(bytes, false);
                case SYSTEM_ID -> ObjectIds.formatSystemId(bytes);
                // an empty protocol value has no text; dftest prints C's "(null)"
                case PROTOCOL -> bytes.length == 0 ? "(null)" : ByteStrings.hex(bytes, ':');
                default -> bytes.length == 0 ? "\"\"" : ByteStrings.hex(bytes, ':');
            };
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes v && v.type == type && Arrays.equals(v.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes) * 31 + type.hashCode();
        }

        @Override
        public String toString() {
            return describe(this);
        }
    }

    /**
     * A character string ({@code FT_STRING}, {@code FT_STRINGZ}, {@code FT_UINT_STRING},
     * {@code FT_STRINGZPAD}, {@code FT_STRINGZTRUNC}): its bytes, normally UTF-8 but any bytes
     * a filter wrote with {@code \xNN}.
     */
    record Text(FieldType type, byte[] utf8) implements FValue {
        public Text {
            require(type.isString(), type);
            utf8 = utf8.clone();
        }

        @Override
        public byte[] utf8() {
            return utf8.clone();
        }

        /** The bytes decoded as UTF-8 (malformed sequences replaced). */
        public String text() {
            return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
        }

        /** Quoted, with {@code \\ \" \0 \a \b \f \n \r \t \v} escaped; other bytes as they are. */
        @Override
        public String repr() {
            return StringEscapes.quote(utf8);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Text v && v.type == type && Arrays.equals(v.utf8, utf8);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(utf8) * 31 + type.hashCode();
        }

        @Override
        public String toString() {
            return describe(this);
        }
    }

    /**
     * {@code FT_IEEE_11073_SFLOAT} (16-bit) or {@code FT_IEEE_11073_FLOAT} (32-bit): the raw
     * encoding, a 4/8-bit exponent and 12/24-bit mantissa, with its reserved special values.
     */
    record Ieee11073(FieldType type, int raw) implements FValue {
        public Ieee11073 {
            require(type == FieldType.IEEE_11073_SFLOAT || type == FieldType.IEEE_11073_FLOAT,
                    type);
        }

        @Override
        public String repr() {
            return Ieee11073Float.of(type).format(raw);
        }

        @Override
        public String toString() {
            return describe(this);
        }
    }

    private static void require(boolean ok, FieldType type) {
        if (!ok) {
            throw new IllegalArgumentException("wrong kind of value for " + type);
        }
    }

    private static String charRepr(long value) {
        int c = (int) value;
        int low = c & 0xff;
        StringBuilder sb = new StringBuilder("'");
        if (low >= 0x20 && low < 0x7f) {
            if (c == '\\' || c == '\'') {
                sb.append('\\');
            }
            sb.append((char) low);
        } else {
            sb.append('\\');
            switch (c) {
                case 0 -> sb.append('0');
                case 7 -> sb.append('a');
                case 8 -> sb.append('b');
                case 12 -> sb.append('f');
                case 10 -> sb.append('n');
                case 13 -> sb.append('r');
                case 9 -> sb.append('t');
                case 11 -> sb.append('v');
                default -> sb.append((c >> 6) & 7).append((c >> 3) & 7).append(c & 7);
            }
        }
        return sb.append('\'').toString();
    }

    private static byte[] longBytes(long v) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        return b;
    }
}
