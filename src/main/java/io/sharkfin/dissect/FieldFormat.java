package io.sharkfin.dissect;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The text {@code tshark -T fields} prints for one occurrence of a field (Wireshark 4.0's
 * {@code get_node_field_value}: {@code fvalue_to_string_repr} with {@code FTREPR_DISPLAY} and the
 * field's display base), and the cell for all occurrences joined with ','.
 *
 * <p>In short: integers in decimal, or in hex zero-padded to the type's width when the base is
 * {@code BASE_HEX}/{@code BASE_HEX_DEC} (no value names); signed integers always decimal;
 * booleans {@code 1}/{@code 0}; absolute times as {@code Jun 29, 2010 19:41:35.135052000 UTC};
 * relative times as seconds with nine decimals; byte fields as hex without separators;
 * addresses in their usual text forms; strings as they are (NUL as {@code \0}); {@code FT_NONE}
 * as {@code 1}; protocols as their tree text ({@link Dissector#label}) or their filter name, and
 * {@code data} as the hex of its bytes.
 */
public final class FieldFormat {
    private FieldFormat() {
    }

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
        "Sep", "Oct", "Nov", "Dec"};
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final DateTimeFormatter ZONE_ABBREVIATION =
            DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

    /** The text of entry {@code e} of packet {@code p}. */
    public static String format(Packet p, int e) {
        StringBuilder sb = new StringBuilder();
        append(p, e, sb);
        return sb.toString();
    }

    /**
     * All occurrences of a field in tree order joined with ',' (tshark's {@code -E occurrence=a
     * -E aggregator=,}); empty when the field does not occur.
     */
    public static String cell(Packet p, int fieldId) {
        StringBuilder sb = new StringBuilder();
        for (int e = p.first(fieldId); e >= 0; e = p.next(e)) {
            if (e != p.first(fieldId)) {
                sb.append(',');
            }
            append(p, e, sb);
        }
        return sb.toString();
    }

    /** Appends the text of entry {@code e} to {@code out}. */
    public static void append(Packet p, int e, StringBuilder out) {
        FieldDef def = p.registry().byId(p.field(e));
        FieldType type = def.type();
        switch (type) {
            case PROTOCOL -> appendProtocol(p, e, def, out);
            case NONE -> out.append('1');
            case BOOLEAN -> out.append(p.num(e) != 0 ? '1' : '0');
            case CHAR -> appendChar((int) p.num(e), out);
            case UINT8, UINT16, UINT24, UINT32 ->
                    appendUnsigned(p.num(e), type, isHexBase(def.display()) && !p.shownDecimal(e), out);
            case UINT40, UINT48, UINT56, UINT64 -> appendUnsigned64(p.num(e), def, out);
            case INT8, INT16, INT24, INT32, INT40, INT48, INT56, INT64 -> out.append(p.num(e));
            case FRAMENUM -> out.append(p.num(e) & 0xffffffffL);
            case IPXNET -> appendHex(p.num(e), 8, out);
            case FLOAT, IEEE_11073_FLOAT, IEEE_11073_SFLOAT -> out.append(cFormatG(p.dbl(e), 6));
            case DOUBLE -> out.append(cFormatG(p.dbl(e), 15));
            case ABSOLUTE_TIME -> appendAbsoluteTime(p.timeSeconds(e), p.timeNanos(e), def.display(), out);
            case RELATIVE_TIME -> appendRelativeTime(p.timeSeconds(e), p.timeNanos(e), out);
            case STRING, STRINGZ, UINT_STRING, STRINGZPAD, STRINGZTRUNC -> appendString(p, e, out);
            case IPv4 -> appendIPv4(p.num(e), out);
            case IPv6 -> appendIPv6(p.seg(e), p.off(e), out);
            case ETHER, VINES, AX25, FCWWN, SYSTEM_ID -> appendHex(p.seg(e), p.off(e), p.len(e), ':', out);
            case EUI64 -> appendEui64(p.num(e), out);
            case BYTES, UINT_BYTES -> appendBytes(p, e, def, out);
            case OID -> appendOid(p.seg(e), p.off(e), p.len(e), out);
            case GUID -> appendGuid(p.seg(e), p.off(e), p.len(e), out);
            case REL_OID -> appendHex(p.seg(e), p.off(e), p.len(e), separator(def.display()), out);
        }
    }

    private static void appendProtocol(Packet p, int e, FieldDef def, StringBuilder out) {
        if (def.name().equals("data")) {
            // the "data" protocol is printed as its bytes, not as a protocol
            appendHex(p.rawSeg(e), p.rawOff(e), Math.min(p.rawLen(e), p.len(e)), '\0', out);
            return;
        }
        String text = p.label(e);
        if (text == null) {
            Dissector d = p.session() == null ? null : p.session().dissectors().byName(def.name());
            text = d == null ? null : d.label(p, e);
        }
        // a label, as tshark prints a protocol's, is what its buffer holds
        out.append(text != null ? Labels.limited(text, 0) : def.name());
    }

    /**
     * The value as tshark's JSON output ({@code -T json}) writes it: bytes separated by colons
     * unless the field names its own separator, and empty when there are none; any other value
     * as {@link #format}.
     */
    public static String json(Packet p, int e) {
        FieldDef def = p.registry().byId(p.field(e));
        if (def.type() != FieldType.BYTES && def.type() != FieldType.UINT_BYTES) {
            return format(p, e);
        }
        StringBuilder out = new StringBuilder();
        char sep = separator(def.display());
        appendHex(p.seg(e), p.off(e), p.len(e), sep == '\0' ? ':' : sep, out);
        return out.toString();
    }

    private static void appendBytes(Packet p, int e, FieldDef def, StringBuilder out) {
        if (p.len(e) == 0) {
            // tshark has no bytes to print: it says so, in two ways
            out.append(def.display().contains("ALLOW_ZERO") ? "<none>" : "<MISSING>");
            return;
        }
        appendHex(p.seg(e), p.off(e), p.len(e), separator(def.display()), out);
    }

    private static void appendUnsigned(long v, FieldType type, boolean hex, StringBuilder out) {
        if (hex) {
            int digits = switch (type) {
                case UINT8 -> 2;
                case UINT16 -> 4;
                case UINT24 -> 6;
                default -> 8;
            };
            out.append("0x");
            appendHex(v, digits, out);
        } else {
            out.append(v & 0xffffffffL);
        }
    }

    private static void appendUnsigned64(long v, FieldDef def, StringBuilder out) {
        // Wireshark compares the whole display word here, so value-string and unit flags on
        // the base turn hex output off; such fields always have names for their values
        if (isHexBase(def.display()) && def.strings() == null) {
            out.append("0x");
            appendHex(v, 16, out);
        } else {
            out.append(Long.toUnsignedString(v));
        }
    }

    private static boolean isHexBase(String display) {
        return display.equals("BASE_HEX") || display.equals("BASE_HEX_DEC");
    }

    private static char separator(String display) {
        return switch (display) {
            case "SEP_DOT" -> '.';
            case "SEP_DASH" -> '-';
            case "SEP_COLON" -> ':';
            case "SEP_SPACE" -> ' ';
            default -> '\0';
        };
    }

    private static void appendHex(long v, int digits, StringBuilder out) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX[(int) (v >>> shift) & 0xf]);
        }
    }

    /**
     * A GUID as guid_to_str writes it (8-4-4-4-12 hex digits); its bytes are held in that order
     * (the dissector turns little-endian parts around when it adds the value).
     */
    private static void appendGuid(MemorySegment seg, long off, int len, StringBuilder out) {
        for (int i = 0; i < len; i++) {
            if (i == 4 || i == 6 || i == 8 || i == 10) {
                out.append('-');
            }
            appendHex(seg, off + i, 1, '\0', out);
        }
    }

    /** Bytes as lower-case hex; {@code sep == '\0'} means no separator. */
    static void appendHex(MemorySegment seg, long off, int len, char sep, StringBuilder out) {
        for (int i = 0; i < len; i++) {
            if (i > 0 && sep != '\0') {
                out.append(sep);
            }
            int b = seg.get(ValueLayout.JAVA_BYTE, off + i) & 0xff;
            out.append(HEX[b >> 4]).append(HEX[b & 0xf]);
        }
    }

    private static void appendChar(int c, StringBuilder out) {
        out.append('\'');
        if (c >= 0x20 && c < 0x7f) {
            if (c == '\\' || c == '\'') {
                out.append('\\');
            }
            out.append((char) c);
        } else {
            out.append('\\');
            switch (c) {
                case 0 -> out.append('0');
                case 7 -> out.append('a');
                case 8 -> out.append('b');
                case 12 -> out.append('f');
                case 10 -> out.append('n');
                case 13 -> out.append('r');
                case 9 -> out.append('t');
                case 11 -> out.append('v');
                default -> {
                    out.append('x');
                    appendHex(c, 2, out);
                }
            }
        }
        out.append('\'');
    }

    private static void appendString(Packet p, int e, StringBuilder out) {
        String s = new String(p.bytes(e), StandardCharsets.UTF_8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                out.append("\\0");
            } else {
                out.append(c);
            }
        }
    }

    /** An IPv4 address held as an unsigned 32-bit number in dotted form. */
    public static void appendIPv4(long v, StringBuilder out) {
        out.append((v >>> 24) & 0xff).append('.').append((v >>> 16) & 0xff).append('.')
                .append((v >>> 8) & 0xff).append('.').append(v & 0xff);
    }

    /** An IPv6 address as glibc's {@code inet_ntop} writes it (RFC 5952 compression). */
    public static void appendIPv6(MemorySegment seg, long off, StringBuilder out) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = ((seg.get(ValueLayout.JAVA_BYTE, off + 2L * i) & 0xff) << 8)
                    | (seg.get(ValueLayout.JAVA_BYTE, off + 2L * i + 1) & 0xff);
        }
        int bestBase = -1;
        int bestLen = 0;
        int curBase = -1;
        int curLen = 0;
        for (int i = 0; i < 8; i++) {
            if (w[i] == 0) {
                if (curBase < 0) {
                    curBase = i;
                    curLen = 1;
                } else {
                    curLen++;
                }
            } else if (curBase >= 0) {
                if (bestBase < 0 || curLen > bestLen) {
                    bestBase = curBase;
                    bestLen = curLen;
                }
                curBase = -1;
            }
        }
        if (curBase >= 0 && (bestBase < 0 || curLen > bestLen)) {
            bestBase = curBase;
            bestLen = curLen;
        }
        if (bestBase >= 0 && bestLen < 2) {
            bestBase = -1;
        }
        for (int i = 0; i < 8; i++) {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
                if (i == bestBase) {
                    out.append(':');
                }
                continue;
            }
            if (i != 0) {
                out.append(':');
            }
            if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && w[5] == 0xffff))) {
                // an IPv4-compatible or IPv4-mapped address ends in dotted form
                appendIPv4(((long) w[6] << 16) | w[7], out);
                return;
            }
            out.append(Integer.toHexString(w[i]));
        }
        if (bestBase >= 0 && bestBase + bestLen == 8) {
            out.append(':');
        }
    }

    private static void appendEui64(long v, StringBuilder out) {
        for (int i = 7; i >= 0; i--) {
            int b = (int) (v >>> (i * 8)) & 0xff;
            out.append(HEX[b >> 4]).append(HEX[b & 0xf]);
            if (i > 0) {
                out.append(':');
            }
        }
    }

    /**
     * An absolute time as Wireshark shows it: {@code Jun 29, 2010 19:41:35.135052000 UTC} in the
     * local zone (or UTC for fields displayed in UTC), or {@code 2010/180:19:41:35.135052000 UTC}
     * for day-of-year display.
     */
    public static void appendAbsoluteTime(long nanos, String display, StringBuilder out) {
        appendAbsoluteTime(Math.floorDiv(nanos, 1_000_000_000L), (int) Math.floorMod(nanos, 1_000_000_000L),
                display, out);
    }

    /** An absolute time given as seconds and nanoseconds since the epoch (see above). */
    public static void appendAbsoluteTime(long seconds, int nanos, String display, StringBuilder out) {
        long secs = seconds + Math.floorDiv(nanos, 1_000_000_000);
        int frac = Math.floorMod(nanos, 1_000_000_000);
        if (secs < Instant.MIN.getEpochSecond() || secs > Instant.MAX.getEpochSecond()) {
            // what Wireshark says when the C library cannot break the time down
            out.append("Not representable");
            return;
        }
        boolean utc = display.startsWith("ABSOLUTE_TIME_UTC") || display.equals("ABSOLUTE_TIME_NTP_UTC")
                || display.equals("ABSOLUTE_TIME_DOY_UTC");
        ZoneId zone = utc ? ZoneOffset.UTC : ZoneId.systemDefault();
        ZonedDateTime t = Instant.ofEpochSecond(secs).atZone(zone);
        String zoneName = utc ? "UTC" : zoneName(t);
        if (display.equals("ABSOLUTE_TIME_DOY_UTC")) {
            out.append(String.format(Locale.ROOT, "%04d/%03d:%02d:%02d:%02d.%09d %s", t.getYear(),
                    t.getDayOfYear(), t.getHour(), t.getMinute(), t.getSecond(), frac, zoneName));
            return;
        }
        out.append(String.format(Locale.ROOT, "%s %2d, %d %02d:%02d:%02d.%09d %s",
                MONTHS[t.getMonthValue() - 1], t.getDayOfMonth(), t.getYear(), t.getHour(),
                t.getMinute(), t.getSecond(), frac, zoneName));
    }

    private static String zoneName(ZonedDateTime t) {
        if (t.getZone().normalized() instanceof ZoneOffset off && off.getTotalSeconds() == 0) {
            return "UTC";
        }
        // the abbreviation C's tm_zone gives, e.g. CET / CEST
        return ZONE_ABBREVIATION.format(t);
    }

    /** A time offset as seconds with nine decimals ({@code -0.000858000}). */
    public static void appendRelativeTime(long nanos, StringBuilder out) {
        appendRelativeTime(nanos / 1_000_000_000L, (int) (nanos % 1_000_000_000L), out);
    }

    /**
     * A time offset given as seconds and nanoseconds of the same sign (Wireshark's
     * {@code nstime_t}), exact however large.
     */
    public static void appendRelativeTime(long secs, int nanos, StringBuilder out) {
        // C keeps seconds and nanoseconds with the same sign; a negative fraction with zero
        // seconds is shown with a leading '-'
        long frac = nanos;
        if (frac < 0) {
            frac = -frac;
            if (secs >= 0) {
                out.append('-');
            }
        }
        out.append(secs).append('.');
        // nine digits, written from the last (a String per value was most of the time)
        int at = out.length();
        out.setLength(at + 9);
        for (int i = at + 8; i >= at; i--) {
            out.setCharAt(i, (char) ('0' + frac % 10));
            frac /= 10;
        }
    }

    /** C's {@code printf("%.<precision>g", v)}. */
    static String cFormatG(double v, int precision) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return (1 / v < 0) ? "-0" : "0";
        }
        BigDecimal bd = new BigDecimal(v).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        int exponent = bd.precision() - bd.scale() - 1;
        if (exponent < -4 || exponent >= precision) {
            BigDecimal mantissa = bd.movePointLeft(exponent);
            String m = stripZeros(mantissa.toPlainString());
            String sign = exponent < 0 ? "-" : "+";
            int abs = Math.abs(exponent);
            return m + "e" + sign + (abs < 10 ? "0" : "") + abs;
        }
        return stripZeros(bd.toPlainString());
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * An OBJECT IDENTIFIER's encoded contents in dotted decimal, as Wireshark prints FT_OID
     * values ({@code 1.2.840.113549.1.1.11}).
     */
    static void appendOid(MemorySegment seg, long off, int len, StringBuilder out) {
        appendOid(i -> seg.get(java.lang.foreign.ValueLayout.JAVA_BYTE, off + i) & 0xff, len, out);
    }

    /**
     * {@link #appendOid(MemorySegment, long, int, StringBuilder)} over bytes {@code byteAt(0)} to
     * {@code byteAt(len - 1)}: dissectors pass their bounded readers, so that an element longer
     * than its bytes fails as any read past them does. Arcs beyond 64 bits are exact.
     */
    public static void appendOid(java.util.function.IntUnaryOperator byteAt, int len, StringBuilder out) {
        java.math.BigInteger big = null;
        long v = 0;
        boolean first = true;
        for (int i = 0; i < len; i++) {
            int b = byteAt.applyAsInt(i);
            if (big == null && v >= (1L << 56)) {
                big = java.math.BigInteger.valueOf(v);
            }
            if (big != null) {
                big = big.shiftLeft(7).or(java.math.BigInteger.valueOf(b & 0x7f));
            } else {
                v = (v << 7) | (b & 0x7f);
            }
            if ((b & 0x80) == 0) {
                if (first) {
                    first = false;
                    if (big == null) {
                        long top = v < 40 ? 0 : v < 80 ? 1 : 2;
                        out.append(top).append('.').append(v - 40 * top);
                    } else {
                        out.append("2.").append(big.subtract(java.math.BigInteger.valueOf(80)));
                    }
                } else {
                    out.append('.').append(big != null ? big.toString() : Long.toString(v));
                }
                v = 0;
                big = null;
            }
        }
    }
}
