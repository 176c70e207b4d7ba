package io.sharkfin.filter.parse;

import io.sharkfin.filter.syntax.LayerRange;

/**
 * Reads one element of a slice or layer range ({@code 0:2}, {@code 1-3}, {@code -2:},
 * {@code :4}, {@code 5}) the way Wireshark 4.0's {@code drange_node_from_str} does, including
 * its messages. Numbers are C {@code strtol} numbers in base 0: optional blanks and sign,
 * {@code 0x} hex, leading-zero octal.
 */
final class RangeNodeParser {

    /** A range element that Wireshark rejects; the message is tshark's. */
    static final class InvalidRangeException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidRangeException(String message) {
            super(message, null, false, false);
        }
    }

    private RangeNodeParser() {
    }

    static LayerRange parse(String node) throws InvalidRangeException {
        int pos = 0;
        int lower;
        if (charAt(node, pos) == ':') {
            lower = 0; // ":j" starts at 0; the colon is read below
        } else {
            Strtol n = Strtol.parse(node, pos);
            if (n.end == pos) {
                throw new InvalidRangeException("\"" + node.substring(pos) + "\" is not a valid number.");
            }
            if (!n.fitsInt()) {
                throw new InvalidRangeException("\"" + node.substring(pos) + "\" causes an integer overflow.");
            }
            lower = (int) n.value;
            pos = n.end;
        }
        pos = skipSpaces(node, pos);

        LayerRange.Kind kind;
        int upper = 0;
        boolean ok;
        char c = charAt(node, pos);
        if (c == '-' || (c == ':' && pos + 1 < node.length())) {
            kind = c == '-' ? LayerRange.Kind.OFFSET : LayerRange.Kind.LENGTH;
            Strtol n = Strtol.parse(node, pos + 1);
            // a bad second number is reported as a bad range, not as a bad number
            ok = n.end != pos + 1 && n.fitsInt();
            upper = (int) n.value;
            pos = n.end;
        } else if (c == ':') {
            kind = LayerRange.Kind.TO_THE_END;
            ok = true;
            pos++;
        } else if (pos == node.length()) {
            kind = LayerRange.Kind.SINGLE;
            upper = 1;
            ok = true;
        } else {
            kind = null;
            ok = false;
        }
        pos = skipSpaces(node, pos);
        if (!ok || pos != node.length()) {
            throw new InvalidRangeException("\"" + node + "\" is not a valid range.");
        }
        return switch (kind) {
            case LENGTH, SINGLE -> {
                if (upper <= 0) {
                    throw new InvalidRangeException("Range " + node + " isn't valid because length "
                            + upper + " isn't positive");
                }
                yield new LayerRange(kind, lower, upper);
            }
            case OFFSET -> {
                if ((lower < 0 && upper > 0) || (lower > 0 && upper < 0)) {
                    throw new InvalidRangeException("Range " + node + " isn't valid because " + lower
                            + " and " + upper + " have different signs");
                }
                if (upper <= lower) {
                    throw new InvalidRangeException("Range " + node + " isn't valid because " + lower
                            + " is greater or equal than " + upper);
                }
                yield new LayerRange(kind, lower, upper);
            }
            case TO_THE_END -> new LayerRange(kind, lower, 0);
        };
    }

    private static int skipSpaces(String s, int pos) {
        while (pos < s.length() && isCSpace(s.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }

    private static char charAt(String s, int pos) {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    /** C's {@code strtol(s, &end, 0)}: the value and where the number ended ({@code start} if none). */
    private record Strtol(long value, int end, boolean overflow) {

        boolean fitsInt() {
            return !overflow && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
        }

        static Strtol parse(String s, int start) {
            int pos = skipSpaces(s, start);
            boolean negative = false;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                negative = s.charAt(pos) == '-';
                pos++;
            }
            int radix = 10;
            if (pos < s.length() && s.charAt(pos) == '0') {
                if (pos + 2 < s.length() && (s.charAt(pos + 1) == 'x' || s.charAt(pos + 1) == 'X')
                        && Character.digit(s.charAt(pos + 2), 16) >= 0) {
                    radix = 16;
                    pos += 2;
                } else {
                    radix = 8;
                }
            }
            int digitsStart = pos;
            long value = 0;
            boolean overflow = false;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                int d = c < 0x80 ? Character.digit(c, radix) : -1;
                if (d < 0) {
                    break;
                }
                if (!overflow) {
                    long next = value * radix + d;
                    if (value > (Long.MAX_VALUE - d) / radix) {
                        overflow = true;
                    } else {
                        value = next;
                    }
                }
                pos++;
            }
            if (pos == digitsStart) {
                return new Strtol(0, start, false);
            }
            return new Strtol(negative ? -value : value, pos, overflow);
        }
    }
}
