package io.sharkfin.filter;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.Sieve;
import io.sharkfin.dissect.protocol.FrameDissector;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Several filters over the same frames in one pass, each selecting what it would select run
 * alone ({@code sharkfin -r FILE -Y FILTER}): most share one {@link Session}, so a frame is
 * dissected once for all of them; a filter that reads {@code frame.time_delta_displayed} has a
 * session of its own, because that field counts from the last frame the filter itself selected,
 * which differs from filter to filter.
 *
 * <pre>{@code
 * FilterBank bank = new FilterBank(filters, null, new BitSet(), true);
 * while (reader.next(frame)) {
 *     bank.next(frame);
 *     for (int i = 0; i < filters.size(); i++) {
 *         if (bank.test(i)) { ... bank.packet(i) ... }
 *     }
 * }
 * }</pre>
 */
public final class FilterBank {
    private final List<Filter> filters;
    private final Session shared;
    private final Sieve sharedSieve;
    // by filter: its own session (null: the shared one), and the packet it is tested on
    private final Session[] own;
    private final Packet[] packets;
    private Packet sharedPacket;

    /**
     * @param filters      the filters, in the order {@link #test} numbers them
     * @param alsoNeeded   for each filter, fields its packet must hold beyond the filter's own
     *                     (values a caller reports from it), or null for none
     * @param sharedFields fields the {@link #shared} packet must hold (read from every frame)
     * @param sieve        whether frames every shared filter's sieve rejects go undissected by
     *                     the shared session (then {@link #shared} is null for them); a caller
     *                     that reads {@code sharedFields} from every frame says false
     */
    public FilterBank(List<Filter> filters, List<BitSet> alsoNeeded, BitSet sharedFields, boolean sieve) {
        this.filters = List.copyOf(filters);
        int n = this.filters.size();
        own = new Session[n];
        packets = new Packet[n];
        BitSet fields = (BitSet) sharedFields.clone();
        List<Sieve> sieves = new ArrayList<>();
        boolean everySieved = sieve;
        int displayedDelta = FrameDissector.TIME_DELTA_DISPLAYED.id();
        for (int i = 0; i < n; i++) {
            Filter f = this.filters.get(i);
            BitSet needs = f.fields();
            if (alsoNeeded != null && alsoNeeded.get(i) != null) {
                needs.or(alsoNeeded.get(i));
            }
            if (needs.get(displayedDelta)) {
                own[i] = Session.needing(needs);
            } else {
                fields.or(needs);
                Sieve s = f.sieve();
                everySieved &= s != null;
                sieves.add(s);
            }
        }
        shared = Session.needing(fields);
        sharedSieve = everySieved ? everyRejects(sieves) : null;
    }

    /** A sieve rejecting what all of {@code sieves} reject; null when there are none. */
    private static Sieve everyRejects(List<Sieve> sieves) {
        if (sieves.isEmpty()) {
            return null;
        }
        Sieve[] all = sieves.toArray(Sieve[]::new);
        return headers -> {
            for (Sieve s : all) {
                if (!s.rejects(headers)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** Dissects the next frame of the capture for every filter (frames in capture order). */
    public void next(Frame frame) {
        sharedPacket = shared.dissect(frame, sharedSieve);
        for (int i = 0; i < own.length; i++) {
            packets[i] = own[i] == null ? sharedPacket : own[i].dissect(frame, filters.get(i).sieve());
        }
    }

    /**
     * Whether filter {@code i} selects the current frame; when it does, the frame counts as
     * displayed for that filter's {@code frame.time_delta_displayed}.
     */
    public boolean test(int i) {
        Packet p = packets[i];
        if (p == null || !filters.get(i).test(p)) {
            return false;
        }
        if (own[i] != null) {
            own[i].displayed(p);
        }
        return true;
    }

    /** The packet filter {@code i} is tested on for the current frame; null when its sieve rejected the frame. */
    public Packet packet(int i) {
        return packets[i];
    }

    /** The shared session's packet of the current frame; null when the shared sieve rejected it. */
    public Packet shared() {
        return sharedPacket;
    }

    /** The shared session (its failure counts and other state). */
    public Session sharedSession() {
        return shared;
    }
}
