package io.sharkfin.dissect;

import io.sharkfin.capture.Frame;

import java.util.Collection;

/**
 * Test access to a session's packet, for dissectors tested on real captures before the layers
 * below them exist: a test walks the lower headers itself, then {@link Packet#call}s the
 * dissector under test on the packet this returns.
 */
public final class TestPackets {
    private TestPackets() {
    }

    /** A packet recording the named fields, bound to a session needing the same. */
    public static Packet needing(Collection<String> fieldNames) {
        Session s = Session.needing(fieldNames);
        Packet p = new Packet(s.registry(), s);
        for (String n : fieldNames) {
            FieldDef d = s.registry().lookup(n);
            if (d != null && d.dissected()) {
                p.want(d.id());
            }
        }
        return p;
    }

    /** A packet recording every field. */
    public static Packet full() {
        Session s = Session.full();
        Packet p = new Packet(s.registry(), s);
        p.wantAll(true);
        return p;
    }

    /** Starts dissecting {@code f} on {@code p} (the previous frame's entries are dropped). */
    public static void begin(Packet p, Frame f) {
        p.reset(f);
    }
}
