package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A message reassembled from a conversation's fragments in arrival order, as reassemble.c's
 * {@code fragment_add_seq_next} and {@code fragment_end_seq_next} do it for the text protocols
 * that carry mail (packet-smtp.c's DATA and BDAT, packet-pop.c's RETR and TOP answers): the
 * message is complete with the last fragment ({@code more_frags} false) or at its end, and the
 * next fragment starts a new one. {@link #show} adds what {@code process_reassembled_data} shows.
 *
 * <p>Bounded, unlike Wireshark's: a message that grows past {@link #MAX_BYTES} or
 * {@link #MAX_FRAGMENTS} is dropped, and the fragments after it until its end are not collected,
 * so that a hostile or endless message cannot hold unbounded memory.
 */
public final class SeqFragments {
    public static final int MAX_BYTES = 32 << 20;
    static final int MAX_FRAGMENTS = 100_000;

    /** One fragment: the frame it came in and its length. */
    public record Fragment(long frame, int length) {
    }

    /**
     * A message completed in {@code frame}: its bytes and fragments, none when the fragment was
     * the first and last at once (reassemble.c then returns the head alone, without a tree).
     */
    public record Reassembled(long frame, byte[] data, List<Fragment> fragments) {
    }

    /**
     * A protocol's {@code fragment_items} as {@link #show} uses them: the fragments item, each
     * fragment's, the count and the reassembled length.
     */
    public record Fields(FieldSpec fragments, FieldSpec fragment, FieldSpec count, FieldSpec reassembledLength) {
    }

    private final List<Fragment> fragments = new ArrayList<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean open;
    private boolean dropped;

    /** {@code fragment_add_seq_next}: the message when this fragment completes it, else null. */
    public Reassembled add(long frame, byte[] fragment, boolean more) {
        if (!open && !more) {
            return new Reassembled(frame, fragment, List.of());
        }
        open = true;
        if (!dropped) {
            if (bytes.size() + (long) fragment.length > MAX_BYTES || fragments.size() >= MAX_FRAGMENTS) {
                dropped = true;
                fragments.clear();
                bytes.reset();
            } else {
                fragments.add(new Fragment(frame, fragment.length));
                bytes.writeBytes(fragment);
            }
        }
        return more ? null : end(frame);
    }

    /** {@code fragment_end_seq_next}: the message collected so far, or null when none is open. */
    public Reassembled end(long frame) {
        if (!open) {
            return null;
        }
        Reassembled r = dropped ? null : new Reassembled(frame, bytes.toByteArray(), List.copyOf(fragments));
        open = false;
        dropped = false;
        fragments.clear();
        bytes.reset();
        return r;
    }

    /**
     * {@code process_reassembled_data} for a message of several fragments: its bytes become a
     * data source named {@code name} and {@code show_fragment_seq_tree} adds the fragments under
     * the current parent. Returns the new buffer.
     */
    public static int show(Packet p, Fields f, String name, Reassembled r) {
        byte[] data = r.data();
        int buf = p.addBuffer(name, data);
        int top = p.addNone(f.fragments(), buf, 0, data.length);
        p.markGenerated(top);
        int sub = p.openSubtree(top);
        int at = 0;
        for (Fragment fragment : r.fragments()) {
            p.markGenerated(p.addUInt(f.fragment(), buf, at, fragment.length(), fragment.frame()));
            at += fragment.length();
        }
        p.markGenerated(p.addUInt(f.count(), buf, 0, 0, r.fragments().size()));
        p.markGenerated(p.addUInt(f.reassembledLength(), buf, 0, 0, data.length));
        p.closeSubtree(sub);
        return buf;
    }
}
