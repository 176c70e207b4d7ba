package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.Addresses;

/**
 * Address literals of Wireshark 4.0: IPv4 and IPv6 with an optional prefix length, and the
 * fixed-size hardware addresses written as byte strings (with an error of their own instead of
 * the byte-string one).
 */
final class AddressLiterals {

    private AddressLiterals() {
    }

    /** {@code a.b.c.d} or {@code a.b.c.d/n}; host names are not resolved (tshark's default). */
    static FValue.Ipv4 ipv4(String s) throws ValueException {
        int slash = s.indexOf('/');
        String addr = slash >= 0 ? s.substring(0, slash) : s;
        Integer a = Addresses.parseIpv4(addr);
        if (a == null) {
            throw new ValueException("\"" + addr + "\" is not a valid hostname or IPv4 address.");
        }
        int prefix = 32;
        if (slash >= 0) {
            long bits = IntegerLiterals.unsigned(FieldType.UINT32, s.substring(slash + 1)).value();
            if (bits > 32) {
                throw new ValueException(
                        "Netmask bits in a CIDR IPv4 address should be <= 32, not " + bits);
            }
            prefix = (int) bits;
        }
        return new FValue.Ipv4(a, prefix);
    }

    /** An IPv6 text form or {@code addr/n}; the error quotes the whole literal. */
    static FValue.Ipv6 ipv6(String s) throws ValueException {
        int slash = s.indexOf('/');
        byte[] a = Addresses.parseIpv6(slash >= 0 ? s.substring(0, slash) : s);
        if (a == null) {
            throw new ValueException("\"" + s + "\" is not a valid hostname or IPv6 address.");
        }
        int prefix = 128;
        if (slash >= 0) {
            long bits = IntegerLiterals.unsigned(FieldType.UINT32, s.substring(slash + 1)).value();
            if (bits > 128) {
                throw new ValueException(
                        "Prefix in a IPv6 address should be <= 128, not " + bits);
            }
            prefix = (int) bits;
        }
        return new FValue.Ipv6(a, prefix);
    }

    /**
     * A hardware address as a byte string of exactly {@code size} bytes (fewer allowed with
     * {@code allowPartial}, as for {@code contains}); {@code noun} names the address in the
     * messages ({@code Ethernet address}).
     */
    static FValue.Bytes fixedSize(FieldType type, String s, boolean allowPartial, int size,
                                  String noun) throws ValueException {
        byte[] b = literalBytesOrNull(s);
        if (b == null) {
            throw new ValueException("\"" + s + "\" is not a valid " + noun + ".");
        }
        if (b.length > size) {
            throw new ValueException("\"" + s + "\" contains too many bytes to be a valid "
                    + noun + ".");
        }
        if (b.length < size && !allowPartial) {
            throw new ValueException("\"" + s + "\" contains too few bytes to be a valid "
                    + noun + ".");
        }
        return new FValue.Bytes(type, b);
    }

    /** A byte string of at most {@code max} bytes (Fibre Channel WWN, OSI system ID). */
    static FValue.Bytes upTo(FieldType type, String s, int max, String noun)
            throws ValueException {
        byte[] b = literalBytesOrNull(s);
        if (b == null) {
            throw new ValueException("\"" + s + "\" is not a valid " + noun + ".");
        }
        if (b.length > max) {
            throw new ValueException("\"" + s + "\" contains too many bytes to be a valid "
                    + noun + ".");
        }
        return new FValue.Bytes(type, b);
    }

    private static byte[] literalBytesOrNull(String s) {
        try {
            return ByteStrings.fromLiteral(s);
        } catch (ValueException e) {
            return null;
        }
    }
}
