package io.sharkfin.dissect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fields one block of a dissector adds, so that the dissector can skip the block (and the
 * reading and computing behind it) when the session records none of them, as Wireshark skips
 * building subtrees that no filter or output primed. A group is declared once, as a constant next
 * to its fields; {@link Packet#wantsAny} answers for it with one array load per frame.
 *
 * <pre>{@code
 * static final FieldGroup FLAGS_GROUP = FieldGroup.of(FLAGS, FLAGS_RB, FLAGS_DF, FLAGS_MF);
 * ...
 * if (p.wantsAny(FLAGS_GROUP)) {
 *     // add the flags and their subtree
 * }
 * }</pre>
 *
 * <p>Skipping must not change anything but the fields of the group: a skipped block may not
 * hold reads that can fail where the full block would fail (check the bytes are there first),
 * state other code reads, or findings of {@link Expert.Group#MALFORMED}, which mark the packet
 * even when nobody records them (the builder refuses those). Findings of other groups are
 * members like fields: the group counts as wanted whenever adding one of them would record
 * something ({@link Expert#wanted(Packet, Expert.Info)}).
 */
public final class FieldGroup {
    private static final AtomicInteger NEXT_INDEX = new AtomicInteger();

    /** Dense index over all groups ever made, for the per-packet answer cache. */
    final int index;
    private final List<FieldSpec> fields;
    private final boolean hasFindings;

    private FieldGroup(List<FieldSpec> fields, boolean hasFindings) {
        this.index = NEXT_INDEX.getAndIncrement();
        this.fields = List.copyOf(fields);
        this.hasFindings = hasFindings;
    }

    /** A group of fields (protocols included). */
    public static FieldGroup of(FieldSpec... fields) {
        return new FieldGroup(List.of(fields), false);
    }

    /** A group of fields (protocols included). */
    public static FieldGroup of(Collection<FieldSpec> fields) {
        return new FieldGroup(List.copyOf(fields), false);
    }

    /** Starts a group that mixes fields and expert findings. */
    public static Builder builder() {
        return new Builder();
    }

    /** The member fields, findings' filter fields included. */
    public List<FieldSpec> fields() {
        return fields;
    }

    /** Whether a packet records any member (asked once per session, see {@link Packet#wantsAny}). */
    boolean anyWanted(Packet p) {
        for (FieldSpec f : fields) {
            if (p.wants(f)) {
                return true;
            }
        }
        return hasFindings && p.wantsFindings();
    }

    /** Builds a {@link FieldGroup} of fields and findings. */
    public static final class Builder {
        private final List<FieldSpec> fields = new ArrayList<>();
        private boolean findings;

        private Builder() {
        }

        public Builder add(FieldSpec... more) {
            fields.addAll(List.of(more));
            return this;
        }

        public Builder add(Collection<FieldSpec> more) {
            fields.addAll(more);
            return this;
        }

        /**
         * Adds findings.
         *
         * @throws IllegalArgumentException for a finding of the {@link Expert.Group#MALFORMED}
         *                                  group, which marks the packet malformed whether or not
         *                                  it is recorded, so its block may never be skipped
         */
        public Builder add(Expert.Info... infos) {
            for (Expert.Info i : infos) {
                if (i.group() == Expert.Group.MALFORMED) {
                    throw new IllegalArgumentException(i.field().name()
                            + " marks the packet malformed: its block cannot be skipped");
                }
                fields.add(i.field());
                findings = true;
            }
            return this;
        }

        public FieldGroup build() {
            return new FieldGroup(fields, findings);
        }
    }
}
