package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;

/** Hand-offs between dissectors that respect what the session needs. */
final class Calls {
    private Calls() {
    }

    /** Returned by the {@code call*} methods when the dissector was not run. */
    static final int NOT_RUN = -1;

    /** Whether the session needs {@code d} to run (its fields or a protocol above it). */
    static boolean needed(Packet p, Dissector d) {
        return d != null && p.session().active(d);
    }

    /**
     * Runs {@code d} when the session needs it; returns the bytes it took (0: it declined) or
     * {@link #NOT_RUN}.
     */
    static int ifNeeded(Packet p, Dissector d, int buf, int off, int len) {
        return d == null ? NOT_RUN : p.callIfActive(d, buf, off, len);
    }

    /**
     * Runs {@code d} when {@code always} holds or the session needs it; returns the bytes it
     * took or {@link #NOT_RUN}. One lookup of the dissector, where {@link #needed} followed by
     * {@link Packet#call} would make two on every frame.
     */
    static int ifNeededOr(boolean always, Packet p, Dissector d, int buf, int off, int len) {
        return always ? p.call(d, buf, off, len) : p.callIfActive(d, buf, off, len);
    }

    /** Shows bytes no dissector took as {@code data} (Wireshark's {@code call_data_dissector}). */
    static void data(Packet p, Dissectors ds, int buf, int off, int len) {
        ifNeeded(p, ds.data(), buf, off, len);
    }

    /**
     * Adds a text-only item ({@link io.sharkfin.dissect.FieldType#NONE}) over {@code n} bytes.
     * Like Wireshark, which checks the bytes of every item it really adds, this fails when they
     * are not there, but only when the item is wanted (tshark does not build items no one uses).
     */
    static int none(Packet p, io.sharkfin.dissect.FieldSpec f, int buf, int at, int n) {
        if (!p.wants(f)) {
            return -1;
        }
        if (n > 0) {
            p.u8(buf, at + n - 1);
        }
        return p.addNone(f, buf, at, n);
    }

    /**
     * Adds a text-only item that Wireshark creates over "the rest" and then shortens, so it never
     * fails: its span is cut to the captured bytes.
     */
    static int noneClamped(Packet p, io.sharkfin.dissect.FieldSpec f, int buf, int at, int n) {
        return p.addNone(f, buf, at, Math.max(0, Math.min(n, p.bufferLength(buf) - at)));
    }

    /** How many layers of protocol {@code proto} the packet has so far (this one included). */
    static int depth(Packet p, io.sharkfin.dissect.FieldSpec proto) {
        int n = 0;
        int id = proto.id();
        for (int i = 0; i < p.layerCount(); i++) {
            if (p.layerProtocol(i) == id) {
                n++;
            }
        }
        return n;
    }

    /**
     * Makes sure the first {@code n} bytes a dissector reads before adding its tree item are
     * there; when they are not, the protocol item is removed (Wireshark never added it) and the
     * read fails as it would.
     */
    static void needBeforeItem(Packet p, int buf, int off, int len, int n) {
        try {
            need(len, 0, n);
            p.u8(buf, off + n - 1);
        } catch (Truncated t) {
            p.dropProtocolItem();
            throw t;
        }
    }

    /**
     * Throws as Wireshark does when a dissector reads {@code n} bytes at {@code at} of a span of
     * {@code length} bytes that holds fewer: the packet is malformed. (Reads within the span but
     * past the captured bytes throw {@link Truncated#SHORT} from the packet's readers.)
     */
    static void need(int length, int at, int n) {
        if (at < 0 || n < 0 || (long) at + n > length) {
            throw Truncated.MALFORMED;
        }
    }
}
