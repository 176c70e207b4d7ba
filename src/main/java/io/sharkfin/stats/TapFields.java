package io.sharkfin.stats;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.util.BitSet;

/** The fields a tap reader reads, by id, and the set a session must record for them. */
final class TapFields {
    private final FieldRegistry registry;
    private final BitSet fields = new BitSet();
    private final int icmp;
    private final int icmpv6;
    /**
     * The items of an exception that ended a dissection: read past the data, past the capture, a
     * bug (none until {@link #readExceptions}).
     */
    private int[] exceptions = {};

    TapFields(FieldRegistry registry) {
        this.registry = registry;
        icmp = id("icmp");
        icmpv6 = id("icmpv6");
    }

    /**
     * Records the items of exceptions too, for {@link #exceptionAfter}: every dissector then runs
     * on every frame, as the session must record them wherever they may be.
     */
    void readExceptions() {
        exceptions = new int[] {id("_ws.malformed.expert"), id("_ws.short"), id("_ws.malformed.dissector_bug")};
    }

    /** The id of a field this build dissects (recorded from now on), or -1 (also for null). */
    int id(String name) {
        int id = registry.dissectedId(name);
        if (id >= 0) {
            fields.set(id);
        }
        return id;
    }

    BitSet fields() {
        return (BitSet) fields.clone();
    }

    /** The name the value strings of field {@code name} give {@code v}, or null. */
    String valueName(String name, long v) {
        FieldDef d = registry.lookup(name);
        return d == null || d.strings() == null ? null : d.strings().nameOf(v);
    }

    /**
     * Whether entry {@code e} is inside an ICMP error's quoted packet, whose dissection queues
     * no tap records (tap.c skips them).
     */
    boolean quoted(Packet p, int e) {
        for (int a = p.parent(e); a >= 0; a = p.parent(a)) {
            int field = p.field(a);
            if (field == icmp || field == icmpv6) {
                return true;
            }
        }
        return false;
    }

    /**
     * The item of an exception that ended a dissection after entry {@code from} (a message's
     * protocol item) and before entry {@code to}, or -1. One a dissector caught inside the
     * message's tree (HTTP's NTLMSSP header) ended nothing of the message and is left out. An
     * exception the frame's dissection did not catch is shown at the end of the tree, after the
     * frame's last message; one a dissector caught to go on (tcp_dissect_pdus, for each PDU) is
     * shown where it happened.
     */
    int exceptionAfter(Packet p, int from, int to) {
        for (int field : exceptions) {
            for (int x = field < 0 ? -1 : p.first(field); x >= 0 && x < to; x = p.next(x)) {
                if (x > from && !p.isUnder(x, from)) {
                    return x;
                }
            }
        }
        return -1;
    }

    /** The first entry of {@code field} after {@code e} in its layer (protocol occurrence) and before {@code end}, or -1. */
    static int first(Packet p, int field, int e, int end) {
        int x = Tap.inLayer(p, field, e);
        return x >= 0 && x < end ? x : -1;
    }
}
