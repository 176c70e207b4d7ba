package io.sharkfin.filter.parse;

/**
 * Converts ANTLR's character positions (code points) into positions in the Java string (UTF-16
 * units), which is what {@link io.sharkfin.filter.Span} counts.
 */
final class TextPositions {

    private final int[] charIndexOfCodePoint; // null when every code point is one char

    TextPositions(String text) {
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            charIndexOfCodePoint = null;
        } else {
            charIndexOfCodePoint = new int[codePoints + 1];
            int c = 0;
            for (int i = 0; i < codePoints; i++) {
                charIndexOfCodePoint[i] = c;
                c += Character.charCount(text.codePointAt(c));
            }
            charIndexOfCodePoint[codePoints] = c;
        }
    }

    int charIndex(int codePointIndex) {
        return charIndexOfCodePoint == null ? codePointIndex : charIndexOfCodePoint[codePointIndex];
    }
}
