package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldType;

import java.nio.charset.StandardCharsets;

/**
 * Turns the untyped right-hand sides of a display filter into typed constants, as Wireshark
 * 4.0.17's {@code fvalue_from_literal}, {@code fvalue_from_string} and
 * {@code fvalue_from_charconst} do for the type of the other operand, with tshark's messages.
 *
 * <ul>
 *   <li>A <em>literal</em> is an unquoted word: {@code 80}, {@code 0x1f}, {@code 10.0.0.0/8},
 *       {@code 00:e0}, {@code :00e0} (the colon kept), {@code HEAD}.</li>
 *   <li>A <em>string</em> is a quoted string after escape processing (any bytes).</li>
 *   <li>A <em>character constant</em> is the value of {@code 'A'} or {@code '\x41'}.</li>
 * </ul>
 *
 * <p>When the other operand is a field, semcheck also tries the field's value names;
 * {@link #literalForField} and {@link #stringForField} apply that combined rule, including which
 * message wins when both fail. Slices and function results have no field: use the plain
 * conversions with {@code FT_BYTES} or the function's type.
 */
public final class Literals {

    private Literals() {
    }

    /**
     * {@code fvalue_from_literal}: the constant an unquoted word denotes for {@code type}.
     *
     * @param allowPartialValue true for {@code contains} and {@code matches}: an Ethernet, AX.25
     *                          or VINES address may then have fewer bytes than the type's size
     * @throws ValueException with 4.0's message, e.g. {@code "65536" too big for this field,
     *                        maximum 65535.}; the message is empty for the IEEE-11073 types,
     *                        whose parser reports none
     */
    public static FValue fromLiteral(FieldType type, String text, boolean allowPartialValue)
            throws ValueException {
        return switch (type) {
            case NONE -> throw new ValueException(
                    "\"" + text + "\" cannot be converted to " + type.prettyName() + ".");
            case PROTOCOL -> new FValue.Bytes(FieldType.PROTOCOL, ByteStrings.fromLiteral(text));
            case BOOLEAN -> IntegerLiterals.bool(text);
            case CHAR, UINT8, UINT16, UINT24, UINT32, UINT40, UINT48, UINT56, UINT64, FRAMENUM ->
                    IntegerLiterals.unsigned(type, text);
            case INT8, INT16, INT24, INT32, INT40, INT48, INT56, INT64 ->
                    IntegerLiterals.signed(type, text);
            case IPXNET -> IntegerLiterals.ipxnet(text);
            case EUI64 -> IntegerLiterals.eui64(text);
            case IEEE_11073_SFLOAT, IEEE_11073_FLOAT -> Ieee11073Float.of(type).parse(text);
            case FLOAT, DOUBLE -> floating(type, text);
            case ABSOLUTE_TIME -> TimeLiterals.absolute(text);
            case RELATIVE_TIME -> TimeLiterals.relative(text);
            case STRING, STRINGZ, UINT_STRING, STRINGZPAD, STRINGZTRUNC ->
                    new FValue.Text(type, text.getBytes(StandardCharsets.UTF_8));
            case BYTES, UINT_BYTES -> new FValue.Bytes(type, ByteStrings.fromLiteral(text));
            case ETHER -> AddressLiterals.fixedSize(type, text, allowPartialValue, 6,
                    "Ethernet address");
            case AX25 -> AddressLiterals.fixedSize(type, text, allowPartialValue, 7,
                    "AX.25 address");
            case VINES -> AddressLiterals.fixedSize(type, text, allowPartialValue, 6,
                    "Vines address");
            case FCWWN -> AddressLiterals.upTo(type, text, 8, "FCWWN");
            case SYSTEM_ID -> AddressLiterals.upTo(type, text, 15, "OSI System-ID");
            case IPv4 -> AddressLiterals.ipv4(text);
            case IPv6 -> AddressLiterals.ipv6(text);
            case GUID -> guid(text);
            case OID -> oid(text, true, "OBJECT IDENTIFIER");
            case REL_OID -> oid(text, false, "RELATIVE-OID");
        };
    }

    /**
     * {@code fvalue_from_string}: the constant a quoted string denotes. Strings, byte sequences
     * and protocols take its bytes; an absolute time parses its text (up to a NUL); other types
     * refuse it ({@code IPv4 address cannot be converted from a string ("10.0.0.5").}).
     */
    public static FValue fromString(FieldType type, byte[] value) throws ValueException {
        return switch (type) {
            case STRING, STRINGZ, UINT_STRING, STRINGZPAD, STRINGZTRUNC ->
                    new FValue.Text(type, value);
            case BYTES, PROTOCOL -> new FValue.Bytes(type, value);
            case ABSOLUTE_TIME -> TimeLiterals.absolute(StringEscapes.cString(value));
            default -> throw new ValueException(type.prettyName()
                    + " cannot be converted from a string (\"" + StringEscapes.cString(value)
                    + "\").");
        };
    }

    /**
     * {@code fvalue_from_charconst}: the constant a character constant denotes (its numeric
     * value, 0-255 from the scanner). Integers take the number, byte sequences, protocols and
     * strings one byte; other types refuse it.
     */
    public static FValue fromCharConst(FieldType type, long value) throws ValueException {
        return switch (type) {
            case CHAR, UINT8, UINT16, UINT24, UINT32, FRAMENUM ->
                    new FValue.Unsigned(type, value & 0xffffffffL);
            case UINT40, UINT48, UINT56, UINT64, BOOLEAN -> new FValue.Unsigned(type, value);
            case INT8, INT16, INT24, INT32 -> new FValue.Signed(type, (int) value);
            case INT40, INT48, INT56, INT64 -> new FValue.Signed(type, value);
            case BYTES, PROTOCOL -> new FValue.Bytes(type, ByteStrings.fromCharConst(value));
            case STRING, STRINGZ, UINT_STRING, STRINGZPAD, STRINGZTRUNC ->
                    new FValue.Text(type, ByteStrings.fromCharConst(value));
            default -> throw new ValueException(charConstRefused(type, value));
        };
    }

    /**
     * A value's name instead of the number ({@code mk_fvalue_from_val_string}): a
     * {@code value_string} name of an integer field, or the true/false strings of a boolean
     * ({@code "Set"}, {@code "True"}), compared ignoring ASCII case.
     *
     * @throws ValueException {@code "tRuE" cannot be found among the possible values for
     *                        tcp.flags.push.}, {@code "f" cannot accept [range] strings as
     *                        values.}, {@code f cannot accept strings as values.} (also for
     *                        types that take no names)
     */
    public static FValue fromValueName(FieldDef field, String name) throws ValueException {
        ValueNames.Lookup l = ValueNames.lookup(field, name);
        if (l.value() != null) {
            return l.value();
        }
        throw new ValueException(l.message() != null ? l.message()
                : field.name() + " cannot accept strings as values.");
    }

    /**
     * The conversion semcheck applies to a literal compared with a field
     * ({@code dfilter_fvalue_from_literal} with the field's value strings): the type's parser,
     * then the field's value names; when both fail, the names' message if the lookup got as far
     * as the names (or the field is a boolean), else the parser's.
     */
    public static FValue literalForField(FieldDef field, String text, boolean allowPartialValue)
            throws ValueException {
        try {
            return fromLiteral(field.type(), text, allowPartialValue);
        } catch (ValueException e) {
            return byName(field, text, e);
        }
    }

    /**
     * The conversion semcheck applies to a quoted string compared with a field
     * ({@code dfilter_fvalue_from_string} with the field's value strings); see
     * {@link #literalForField}. The name is the string up to its first NUL.
     */
    public static FValue stringForField(FieldDef field, byte[] value) throws ValueException {
        try {
            return fromString(field.type(), value);
        } catch (ValueException e) {
            return byName(field, StringEscapes.cString(value), e);
        }
    }

    private static FValue byName(FieldDef field, String name, ValueException parserError)
            throws ValueException {
        ValueNames.Lookup l = ValueNames.lookup(field, name);
        if (l.value() != null) {
            return l.value();
        }
        String parserMessage = parserError.getMessage();
        String message;
        if (l.replacesEarlierMessage() || parserMessage.isEmpty()) {
            message = l.message() != null ? l.message() : parserMessage;
        } else {
            message = parserMessage;
        }
        throw new ValueException(message);
    }

    private static FValue.Floating floating(FieldType type, String s) throws ValueException {
        CFloat.Parsed p = CFloat.strtod(s, 0);
        if (p.end() == 0 || p.end() != s.length()) {
            throw new ValueException("\"" + s + "\" is not a valid floating-point number.");
        }
        if (p.range()) {
            if (p.value() == 0) {
                throw new ValueException("\"" + s + "\" causes floating-point underflow.");
            }
            if (p.value() == Double.POSITIVE_INFINITY) {
                throw new ValueException("\"" + s + "\" causes floating-point overflow.");
            }
            throw new ValueException("\"" + s + "\" is not a valid floating-point number.");
        }
        return new FValue.Floating(type, p.value());
    }

    private static FValue.Bytes guid(String s) throws ValueException {
        byte[] g = ObjectIds.parseGuid(s);
        if (g == null) {
            throw new ValueException("\"" + s + "\" is not a valid GUID.");
        }
        return new FValue.Bytes(FieldType.GUID, g);
    }

    private static FValue.Bytes oid(String s, boolean absolute, String noun)
            throws ValueException {
        byte[] b = ObjectIds.encode(s, absolute);
        if (b == null) {
            throw new ValueException("\"" + s + "\" is not a valid " + noun + ".");
        }
        return new FValue.Bytes(absolute ? FieldType.OID : FieldType.REL_OID, b);
    }

    private static String charConstRefused(FieldType type, long value) {
        if (value >= 0x20 && value < 0x7f) {
            return String.format("Character constant '%c' (0x%x) cannot be converted to %s.",
                    (char) value, value, type.prettyName());
        }
        return String.format("Character constant 0x%x cannot be converted to %s.", value,
                type.prettyName());
    }
}
