package io.sharkfin.dissect.protocol.smtp;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The reassembly of a message's DATA (or BDAT) fragments as reassemble.c's
 * {@code fragment_add_seq_next} and {@code fragment_end_seq_next} do it for packet-smtp.c: the
 * fragments of one conversation's requests are numbered in arrival order; the message is
 * complete with the last one ({@code more_frags} false) or at the end of message, and the next
 * fragment starts a new one.
 *
 * <p>Bounded, unlike Wireshark's: a message that grows past {@link #MAX_BYTES} or
 * {@link #MAX_FRAGMENTS} is dropped, and the fragments after it until its end are not collected,
 * so that a hostile or endless DATA section cannot hold unbounded memory.
 */
final class DataFragments {
    static final int MAX_BYTES = 32 << 20;
    static final int MAX_FRAGMENTS = 100_000;

    /** One fragment: the frame it came in and its length. */
    record Fragment(long frame, int length) {
    }

    /**
     * A message completed in {@code frame}: its bytes and fragments, none when the fragment was
     * the first and last at once (reassemble.c then returns the head alone, without a tree).
     */
    record Reassembled(long frame, byte[] data, List<Fragment> fragments) {
    }

    private final List<Fragment> fragments = new ArrayList<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean open;
    private boolean dropped;

    /** {@code fragment_add_seq_next}: the message when this fragment completes it, else null. */
    Reassembled add(long frame, byte[] fragment, boolean more) {
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
    Reassembled end(long frame) {
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
}
