package io.sharkfin.cli.output;

/**
 * How tshark writes a value into {@code -T fields} output ({@code print_escaped_csv}): the
 * characters that would break a line or a column are written as C escapes.
 */
public final class FieldText {
    private FieldText() {
    }

    /** Appends {@code value} with {@code \b \f \n \r \t} escaped. */
    public static void appendEscaped(CharSequence value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
    }

    public static String escaped(CharSequence value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        appendEscaped(value, sb);
        return sb.toString();
    }
}
