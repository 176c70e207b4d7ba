package io.sharkfin.stats;

import io.sharkfin.dissect.FieldType;

/**
 * What an {@code io,stat} column computes, in the order tap-iostat.c's calc_type_table lists
 * them: a column's text is matched against the names in this order, which decides what
 * "FRAMES BYTES" or "BYTES()tcp" mean.
 */
enum IoCalc {
    FRAMES("FRAMES"),
    BYTES("BYTES"),
    FRAMES_BYTES("FRAMES BYTES"),
    COUNT("COUNT"),
    SUM("SUM"),
    MIN("MIN"),
    MAX("MAX"),
    AVG("AVG"),
    LOAD("LOAD");

    /** The name in a column's text, and (but for FRAMES BYTES) its column's heading. */
    final String label;

    IoCalc(String label) {
        this.label = label;
    }

    /** Whether the column reads a field's values: COUNT(field) and after. */
    boolean readsField() {
        return ordinal() >= COUNT.ordinal();
    }

    /**
     * Why tshark's register_io_tap refuses this calculation on a field of {@code type}, or null
     * when it accepts it. LOAD on an integer passes there but stops tshark at the first frame
     * holding the field; sharkfin refuses it at once.
     */
    String refusal(String field, FieldType type) {
        switch (type) {
            case UINT8, UINT16, UINT24, UINT32, UINT64, INT8, INT16, INT24, INT32, INT64 -> {
                return this == LOAD ? "LOAD() is only supported for relative-time fields such as smb.time" : null;
            }
            case FLOAT, DOUBLE -> {
                return this == LOAD ? field + " is a float field, so LOAD(*) calculations are not supported on it" : null;
            }
            case RELATIVE_TIME -> {
                return null;
            }
            default -> {
                return this == COUNT ? null : field + " doesn't have integral values, so " + label
                        + "(*) calculations are not supported on it";
            }
        }
    }
}
