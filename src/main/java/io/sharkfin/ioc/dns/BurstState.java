package io.sharkfin.ioc.dns;

import io.sharkfin.ioc.Limits;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * NXDOMAIN answers to one client that follow each other within {@link #GAP_NANOS}, and the
 * successful look-ups that came within {@link #FOLLOW_NANOS} after the last of them (the name a
 * domain generation algorithm found alive is among those).
 */
final class BurstState {
    static final long GAP_NANOS = 3_000_000_000L;
    static final long FOLLOW_NANOS = 30_000_000_000L;
    static final int MIN_NAMES = 5;
    private static final int MAX_CANDIDATES = 16;

    /** A successful look-up after the burst. */
    record Candidate(String name, long frame, long time, List<String> answers) {
    }

    final Set<String> names = new LinkedHashSet<>();
    final List<Candidate> candidates = new ArrayList<>();
    long first;
    long last;

    BurstState(String name, long time) {
        names.add(name);
        first = time;
        last = time;
    }

    /** Whether an NXDOMAIN at {@code time} continues this burst. */
    boolean continues(long time) {
        return time >= last && time - last <= GAP_NANOS;
    }

    void nx(String name, long time) {
        if (names.size() < Limits.BURST_NAMES) {
            names.add(name);
        }
        last = time;
        // look-ups that succeeded before this failure were not after the burst
        candidates.clear();
    }

    /** Whether a successful look-up at {@code time} would be noted as a candidate (before its answers are read). */
    boolean follows(long time) {
        return time >= last && time - last <= FOLLOW_NANOS && candidates.size() < MAX_CANDIDATES;
    }

    void success(String name, long frame, long time, List<String> answers) {
        if (follows(time) && !names.contains(name)) {
            candidates.add(new Candidate(name, frame, time, answers));
        }
    }

    boolean isBurst() {
        return names.size() >= MIN_NAMES;
    }
}
