package io.sharkfin.pack;

import java.util.Map;

/**
 * A rule fired on a frame.
 *
 * @param timeNanos the frame's time, nanoseconds since the epoch
 * @param fields    the values of the fields the rule reads, as {@code tshark -T fields} prints them
 *                  (all occurrences joined with ','), fields absent from the frame left out
 */
public record Alert(CompiledRule rule, long frame, long timeNanos, FiveTuple tuple, Map<String, String> fields) {
    public Alert {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
