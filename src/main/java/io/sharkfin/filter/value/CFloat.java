package io.sharkfin.filter.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * glibc's {@code strtod} (as {@code g_ascii_strtod} calls it) and {@code printf("%.17g")} (as
 * {@code g_ascii_dtostr} does), because Wireshark 4.0 reads and prints floating-point constants
 * with them: {@code inf}/{@code infinity}/{@code nan} in any case, hexadecimal floats with an
 * optional binary exponent, and {@code ERANGE} for overflow, underflow to zero and inexact
 * subnormal results.
 */
final class CFloat {

    /** Outcome of a conversion: the value, where it stopped, and the {@code ERANGE} flag. */
    record Parsed(double value, int end, boolean range) {
    }

    private CFloat() {
    }

    /** {@code strtod(s + from, &end)}. {@code end == from} when nothing was converted. */
    static Parsed strtod(String s, int from) {
        int i = from;
        while (i < s.length() && CNumber.isSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        Parsed p = special(s, i);
        if (p == null) {
            boolean hex = i + 1 < s.length() && s.charAt(i) == '0'
                    && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X');
            p = hex ? hexadecimal(s, i + 2) : decimal(s, i);
            if (p == null && hex) {
                // "0x" without hex digits: the "0" alone is the number
                p = new Parsed(0.0, i + 1, false);
            }
        }
        if (p == null) {
            return new Parsed(0.0, from, false);
        }
        return new Parsed(negative ? -p.value : p.value, p.end, p.range);
    }

    private static Parsed special(String s, int i) {
        if (regionIgnoreCase(s, i, "infinity")) {
            return new Parsed(Double.POSITIVE_INFINITY, i + 8, false);
        }
        if (regionIgnoreCase(s, i, "inf")) {
            return new Parsed(Double.POSITIVE_INFINITY, i + 3, false);
        }
        if (regionIgnoreCase(s, i, "nan")) {
            int end = i + 3;
            if (end < s.length() && s.charAt(end) == '(') {
                int j = end + 1;
                while (j < s.length() && isNanChar(s.charAt(j))) {
                    j++;
                }
                if (j < s.length() && s.charAt(j) == ')') {
                    end = j + 1;
                }
            }
            return new Parsed(Double.NaN, end, false);
        }
        return null;
    }

    /** Characters of the optional {@code (n-char-sequence)} after {@code nan}. */
    private static boolean isNanChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private static boolean regionIgnoreCase(String s, int i, String word) {
        return s.regionMatches(true, i, word, 0, word.length());
    }

    private static Parsed decimal(String s, int i) {
        StringBuilder mantissa = new StringBuilder();
        int scale = 0;
        int j = i;
        while (j < s.length() && isDigit(s.charAt(j))) {
            mantissa.append(s.charAt(j++));
        }
        if (j < s.length() && s.charAt(j) == '.') {
            j++;
            while (j < s.length() && isDigit(s.charAt(j))) {
                mantissa.append(s.charAt(j++));
                scale++;
            }
        }
        if (mantissa.isEmpty()) {
            return null;
        }
        long exponent = 0;
        int k = exponentEnd(s, j, 'e');
        if (k > j) {
            exponent = exponentValue(s, j + 1, k);
            j = k;
        }
        BigDecimal exact = new BigDecimal(new BigInteger(mantissa.toString()));
        return rounded(exact, exponent - scale, 10, j);
    }

    private static Parsed hexadecimal(String s, int i) {
        StringBuilder mantissa = new StringBuilder();
        int fractionDigits = 0;
        int j = i;
        while (j < s.length() && isHexDigit(s.charAt(j))) {
            mantissa.append(s.charAt(j++));
        }
        if (j < s.length() && s.charAt(j) == '.') {
            int dot = j++;
            while (j < s.length() && isHexDigit(s.charAt(j))) {
                mantissa.append(s.charAt(j++));
                fractionDigits++;
            }
            if (mantissa.isEmpty()) {
                j = dot;
            }
        }
        if (mantissa.isEmpty()) {
            return null;
        }
        long exponent = 0;
        int k = exponentEnd(s, j, 'p');
        if (k > j) {
            exponent = exponentValue(s, j + 1, k);
            j = k;
        }
        BigDecimal exact = new BigDecimal(new BigInteger(mantissa.toString(), 16));
        return rounded(exact, exponent - 4L * fractionDigits, 2, j);
    }

    /** End of an exponent part starting at {@code j} ({@code e+12}), or {@code j} if none. */
    private static int exponentEnd(String s, int j, char letter) {
        if (j >= s.length() || Character.toLowerCase(s.charAt(j)) != letter) {
            return j;
        }
        int k = j + 1;
        if (k < s.length() && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
            k++;
        }
        if (k >= s.length() || !isDigit(s.charAt(k))) {
            return j;
        }
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** The exponent's value, clamped far outside double's range so huge texts stay cheap. */
    private static long exponentValue(String s, int from, int to) {
        boolean negative = s.charAt(from) == '-';
        int i = s.charAt(from) == '-' || s.charAt(from) == '+' ? from + 1 : from;
        long v = 0;
        for (; i < to; i++) {
            v = Math.min(v * 10 + (s.charAt(i) - '0'), 1_000_000_000L);
        }
        return negative ? -v : v;
    }

    /** {@code mantissa * radix^exponent} rounded to a double, with glibc's ERANGE rules. */
    private static Parsed rounded(BigDecimal mantissa, long exponent, int radix, int end) {
        if (mantissa.signum() == 0) {
            return new Parsed(0.0, end, false);
        }
        int digits = radix == 10 ? mantissa.precision() : mantissa.toBigInteger().bitLength();
        long magnitude = exponent + digits;
        long limit = radix == 10 ? 400 : 1100;
        if (magnitude > limit) {
            return new Parsed(Double.POSITIVE_INFINITY, end, true);
        }
        if (magnitude < -limit - 20) {
            return new Parsed(0.0, end, true);
        }
        BigDecimal exact = radix == 10
                ? mantissa.scaleByPowerOfTen((int) exponent)
                : exponent >= 0 ? mantissa.multiply(powerOfTwo(exponent))
                : mantissa.divide(powerOfTwo(-exponent));
        double d = exact.doubleValue();
        if (Double.isInfinite(d)) {
            return new Parsed(d, end, true);
        }
        if (d == 0.0) {
            return new Parsed(0.0, end, true);
        }
        boolean subnormal = d < Double.MIN_NORMAL;
        boolean inexact = new BigDecimal(d).compareTo(exact) != 0;
        return new Parsed(d, end, subnormal && inexact);
    }

    private static BigDecimal powerOfTwo(long n) {
        return new BigDecimal(BigInteger.TWO.pow((int) n));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** {@code printf("%.17g", d)}: 17 significant digits, trailing zeros dropped. */
    static String format17g(double d) {
        if (Double.isNaN(d)) {
            return (Double.doubleToRawLongBits(d) < 0 ? "-" : "") + "nan";
        }
        if (Double.isInfinite(d)) {
            return d < 0 ? "-inf" : "inf";
        }
        if (d == 0.0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        BigDecimal r = new BigDecimal(d).round(new MathContext(17, RoundingMode.HALF_EVEN));
        int exponent = r.precision() - r.scale() - 1;
        String sign = r.signum() < 0 ? "-" : "";
        String digits = r.unscaledValue().abs().toString();
        digits = digits.length() < 17 ? digits + "0".repeat(17 - digits.length()) : digits;
        if (exponent < -4 || exponent >= 17) {
            String frac = stripZeros(digits.substring(1));
            String exp = String.format("%c%02d", exponent < 0 ? '-' : '+', Math.abs(exponent));
            return sign + digits.charAt(0) + (frac.isEmpty() ? "" : "." + frac) + "e" + exp;
        }
        String plain;
        if (exponent >= 0) {
            plain = digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
        } else {
            plain = "0." + "0".repeat(-exponent - 1) + digits;
        }
        int dot = plain.indexOf('.');
        String frac = stripZeros(plain.substring(dot + 1));
        return sign + plain.substring(0, dot) + (frac.isEmpty() ? "" : "." + frac);
    }

    private static String stripZeros(String s) {
        int n = s.length();
        while (n > 0 && s.charAt(n - 1) == '0') {
            n--;
        }
        return s.substring(0, n);
    }
}
