package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;

/**
 * One protocol layer of the frame being summarised: the protocol, and the fields its dissector
 * added (the entries below its protocol item in the tree). Field ids come from
 * {@link ColumnFields}; an id of -1 reads as absent.
 */
public final class Layer {

    private final FrameLayers frame;
    private final int index;
    private final String protocol;
    private final int entry;

    Layer(FrameLayers frame, int index, String protocol, int entry) {
        this.frame = frame;
        this.index = index;
        this.protocol = protocol;
        this.entry = entry;
    }

    /** The protocol's filter name ({@code tcp}). */
    public String protocol() {
        return protocol;
    }

    /** Position among the frame's layers, from 0 (the frame). */
    public int index() {
        return index;
    }

    /** The packet the layer belongs to. */
    public Packet packet() {
        return frame.packet();
    }

    /** The protocol's own entry, or -1 when it has none (a layer without a tree item). */
    public int entry() {
        return entry;
    }

    /** The layer below this one, or null. */
    public Layer below() {
        return index > 0 ? frame.layer(index - 1) : null;
    }

    /** The layer whose dissector called this one's, or null. */
    public Layer parent() {
        int i = frame.parent(index);
        return i >= 0 ? frame.layer(i) : null;
    }

    /** The layer above this one, or null. */
    public Layer above() {
        return index + 1 < frame.size() ? frame.layer(index + 1) : null;
    }

    /**
     * How many layers of this one's protocol lie below it: which of the protocol's calls in the
     * frame this layer is (0 for the first), to pick the text that call recorded.
     */
    public int occurrence() {
        int n = 0;
        for (int i = index - 1; i >= 0; i--) {
            if (frame.layer(i).protocol().equals(protocol)) {
                n++;
            }
        }
        return n;
    }

    /** The nearest layer below of protocol {@code name}, or null. */
    public Layer below(String name) {
        for (int i = index - 1; i >= 0; i--) {
            if (frame.layer(i).protocol().equals(name)) {
                return frame.layer(i);
            }
        }
        return null;
    }

    /** Whether entry {@code e} belongs to this layer. */
    public boolean owns(int e) {
        return entry >= 0 && frame.owner(e) == index;
    }

    /** The first occurrence of a field in this layer, or -1. */
    public int first(int field) {
        if (field < 0) {
            return -1;
        }
        Packet p = frame.packet();
        for (int e = p.first(field); e >= 0; e = p.next(e)) {
            if (owns(e)) {
                return e;
            }
        }
        return -1;
    }

    /** The next occurrence of the same field in this layer after entry {@code e}, or -1. */
    public int next(int e) {
        Packet p = frame.packet();
        for (int n = p.next(e); n >= 0; n = p.next(n)) {
            if (owns(n)) {
                return n;
            }
        }
        return -1;
    }

    /** The last occurrence of a field in this layer among the entries before {@code before}, or -1. */
    public int lastBefore(int field, int before) {
        int last = -1;
        for (int e = first(field); e >= 0 && e < before; e = next(e)) {
            last = e;
        }
        return last;
    }

    public boolean has(int field) {
        return first(field) >= 0;
    }

    /** The value of the first occurrence, or {@code absent}. */
    public long num(int field, long absent) {
        int e = first(field);
        return e < 0 ? absent : frame.packet().num(e);
    }

    /** The first occurrence as {@code tshark -T fields} prints it, or null. */
    public String text(int field) {
        int e = first(field);
        return e < 0 ? null : FieldFormat.format(frame.packet(), e);
    }

    /** Entry {@code e} as {@code tshark -T fields} prints it. */
    public String textAt(int e) {
        return FieldFormat.format(frame.packet(), e);
    }

    /**
     * The entry after {@code e} that this layer owns and that is a field (not a text-only item),
     * in the order the dissector added them, or -1; {@code nextField(entry())} is the first.
     * Writers whose text follows wire order walk their layer with it.
     */
    public int nextField(int e) {
        int last = lastEntry();
        Packet p = frame.packet();
        for (int n = e + 1; n >= 0 && n <= last; n++) {
            if (owns(n) && p.field(n) >= 0) {
                return n;
            }
        }
        return -1;
    }

    /** The last entry of this layer (its entries lie between {@link #entry()} and this), or -1. */
    public int lastEntry() {
        return frame.lastEntry(index);
    }
}
