package io.sharkfin.pack;

import java.util.Locale;

/**
 * How serious an alert of a rule is. The names are Sigma's {@code level} values, so a pack rule's
 * severity carries over to Sigma unchanged and to Suricata as a priority.
 */
public enum Severity {
    INFORMATIONAL(4), LOW(3), MEDIUM(2), HIGH(1), CRITICAL(1);

    private final int suricataPriority;

    Severity(int suricataPriority) {
        this.suricataPriority = suricataPriority;
    }

    /** The lower-case name used in packs, NDJSON alerts and Sigma. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Suricata's {@code priority} (1 is the most urgent). */
    public int suricataPriority() {
        return suricataPriority;
    }

    /** Parses a pack's severity word; null when it is none of the five. */
    public static Severity parse(String word) {
        if (word == null) {
            return null;
        }
        for (Severity s : values()) {
            if (s.label().equals(word.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
