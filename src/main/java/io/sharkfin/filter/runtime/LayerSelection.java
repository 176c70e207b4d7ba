package io.sharkfin.filter.runtime;

import io.sharkfin.dissect.Packet;
import io.sharkfin.filter.syntax.LayerRange;

import java.util.List;

/**
 * Which occurrences of a field a layer operator keeps ({@code ip.src#2}, {@code ip.dst#[-1]}):
 * those whose protocol layer number is in the ranges. Negative numbers count from the deepest
 * layer in which this field occurs, as Wireshark's {@code drange_contains_layer}.
 */
public final class LayerSelection {
    private final int[] starts;
    private final int[] kinds;
    private final int[] lengthOrEnd;

    public LayerSelection(List<LayerRange> ranges) {
        int n = ranges.size();
        starts = new int[n];
        kinds = new int[n];
        lengthOrEnd = new int[n];
        for (int i = 0; i < n; i++) {
            LayerRange r = ranges.get(i);
            starts[i] = r.start();
            kinds[i] = r.kind().ordinal();
            lengthOrEnd[i] = r.lengthOrEnd();
        }
    }

    /** The highest layer number among a field's occurrences (0 when absent). */
    public static int maxLayer(Packet p, int field) {
        int max = 0;
        for (int e = p.first(field); e >= 0; e = p.next(e)) {
            max = Math.max(max, p.layer(e));
        }
        return max;
    }

    /** Whether an occurrence in {@code layer} is kept, given the field's deepest layer. */
    public boolean contains(int layer, int maxLayer) {
        for (int i = 0; i < starts.length; i++) {
            int lower = starts[i];
            if (lower < 0) {
                lower += maxLayer + 1;
            }
            int upper;
            LayerRange.Kind kind = LayerRange.Kind.values()[kinds[i]];
            switch (kind) {
                case LENGTH, SINGLE -> upper = lower + lengthOrEnd[i] - 1;
                case OFFSET -> upper = lengthOrEnd[i];
                case TO_THE_END -> upper = Integer.MAX_VALUE;
                default -> throw new IllegalStateException();
            }
            if (layer >= lower && layer <= upper) {
                return true;
            }
        }
        return false;
    }

    /** Whether any occurrence of the field is in a selected layer. */
    public boolean exists(Packet p, int field) {
        int max = maxLayer(p, field);
        for (int e = p.first(field); e >= 0; e = p.next(e)) {
            if (contains(p.layer(e), max)) {
                return true;
            }
        }
        return false;
    }
}
