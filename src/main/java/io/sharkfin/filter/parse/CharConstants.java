package io.sharkfin.filter.parse;

import java.nio.charset.StandardCharsets;

/**
 * Character constants ({@code 'A'}, {@code '\x41'}, {@code '\101'}, {@code '\t'}) read exactly as
 * Wireshark 4.0's {@code parse_charconst}, quirks included: {@code '\n'} is refused as "too long"
 * (4.0 forgets to step over the {@code n}), a plain non-ASCII byte is reported as a sign-extended
 * value, and universal character names (backslash-u, backslash-U) take every hex digit that follows.
 */
final class CharConstants {

    /** A constant 4.0 refuses; the message is tshark's. */
    static final class InvalidCharConstException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidCharConstException(String message) {
            super(message, null, false, false);
        }
    }

    private CharConstants() {
    }

    /** The value of a constant, given with its quotes as scanned ({@code 'A'}). */
    static long parse(String constant) throws InvalidCharConstException {
        byte[] s = constant.getBytes(StandardCharsets.UTF_8);
        int cp = 1;
        if (at(s, cp) == '\'') {
            throw new InvalidCharConstException("Empty character constant.");
        }
        long value;
        if (at(s, cp) == '\\') {
            cp++;
            int c = at(s, cp);
            int simple = c == 'n' ? -1 : StringEscapes.simpleEscape(c);
            if (c == 'n') {
                value = '\n'; // 4.0 does not step over the 'n': the constant ends up "too long"
            } else if (simple >= 0) {
                value = simple;
                cp++;
            } else if (c == 'x') {
                cp++;
                int d = StringEscapes.hexValue(at(s, cp));
                if (d < 0) {
                    throw invalid(constant);
                }
                value = d;
                cp++;
                if (at(s, cp) != '\'') {
                    d = StringEscapes.hexValue(at(s, cp));
                    if (d < 0) {
                        throw invalid(constant);
                    }
                    value = (value << 4) | d;
                    cp++;
                }
            } else if (c == 'u' || c == 'U') {
                int[] end = new int[1];
                long ucn = StringEscapes.universalCharacterName(s, 1, end);
                if (ucn < 0) {
                    throw new InvalidCharConstException(constant + " is not a valid universal character name");
                }
                value = ucn;
                cp = end[0];
            } else {
                value = octalDigit(s, cp, constant);
                if (at(s, cp + 1) != '\'') {
                    cp++;
                    value = (value << 3) | octalDigit(s, cp, constant);
                    if (at(s, cp + 1) != '\'') {
                        cp++;
                        value = (value << 3) | octalDigit(s, cp, constant);
                    }
                }
                if (value > 0xFF) {
                    throw new InvalidCharConstException(constant + " is too large to be a valid character constant.");
                }
                cp++;
            }
        } else {
            value = s[cp]; // a C char: bytes above 0x7f are negative
            cp++;
            int low = (int) (value & 0xff);
            if (low < 0x20 || low > 0x7e) {
                String hex = Long.toHexString(value);
                throw new InvalidCharConstException("Non-printable value '0x" + (hex.length() < 2 ? "0" : "")
                        + hex + "' in character constant.");
            }
        }
        if (at(s, cp) != '\'' || cp + 1 != s.length) {
            throw new InvalidCharConstException(constant + " is too long to be a valid character constant.");
        }
        return value;
    }

    private static long octalDigit(byte[] s, int i, String constant) throws InvalidCharConstException {
        int c = at(s, i);
        if (c < '0' || c > '7') {
            throw invalid(constant);
        }
        return c - '0';
    }

    private static InvalidCharConstException invalid(String constant) {
        return new InvalidCharConstException(constant + " isn't a valid character constant.");
    }

    private static int at(byte[] s, int i) {
        return StringEscapes.at(s, i);
    }
}
