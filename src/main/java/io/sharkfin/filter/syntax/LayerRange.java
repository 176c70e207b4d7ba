package io.sharkfin.filter.syntax;

/**
 * One element of a slice or layer range (Wireshark's {@code drange_node}): {@code [i:j]} (offset
 * and length), {@code [i-j]} (offsets, inclusive), {@code [i:]} (to the end) or {@code [i]}.
 * Offsets may be negative (counted from the end).
 */
public record LayerRange(Kind kind, int start, int lengthOrEnd) {

    /** The form of the element. */
    public enum Kind {
        /** {@code start:length}. */
        LENGTH,
        /** {@code start-end}, inclusive. */
        OFFSET,
        /** {@code start:} to the end. */
        TO_THE_END,
        /** {@code start} alone: one element. */
        SINGLE
    }

    public static LayerRange single(int start) {
        return new LayerRange(Kind.SINGLE, start, 1);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case LENGTH -> start + ":" + lengthOrEnd;
            case OFFSET -> start + "-" + lengthOrEnd;
            case TO_THE_END -> start + ":";
            case SINGLE -> Integer.toString(start);
        };
    }
}
