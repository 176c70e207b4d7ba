package io.sharkfin.repl;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.cli.output.SummaryColumns;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.dissect.Session;
import io.sharkfin.filter.Filter;

import java.io.IOException;
import java.util.BitSet;
import java.util.function.Consumer;

/**
 * One pass of a filter over a capture, as an embedding program makes it: a {@link Session}
 * recording the fields the filter reads (and, while rows are listed, the summary columns), a
 * {@link PacketStream} over a fresh reader, {@link Filter#test} on each packet.
 *
 * <p>Matching frames become {@link SummaryColumns.Row rows} handed to a {@link RowSink} as soon as
 * they are found, so the first page shows before the scan ends; once the sink wants no more rows
 * the scan only counts. A scan can be {@linkplain #cancel() cancelled} from another thread, and
 * reports its progress.
 */
public final class FilterScan {

    /** Receives the rows of matching frames, in order. */
    @FunctionalInterface
    public interface RowSink {
        /**
         * Takes one row; returns false when no more rows are wanted (the scan then only counts).
         * May block (a pager waiting for the user).
         */
        boolean accept(SummaryColumns.Row row) throws InterruptedException;
    }

    private final LoadedCapture capture;
    private final Filter filter;
    private volatile boolean cancelled;
    private volatile long scanned;
    private volatile long matched;

    public FilterScan(LoadedCapture capture, Filter filter) {
        this.capture = capture;
        this.filter = filter;
    }

    /** Stops the scan at the next frame; {@link #run} then returns an incomplete result. */
    public void cancel() {
        cancelled = true;
    }

    /** Frames scanned so far. */
    public long scanned() {
        return scanned;
    }

    /** Matches so far. */
    public long matchedSoFar() {
        return matched;
    }

    /** The frames of the capture when known (its index is ready), else -1. */
    public long totalFrames() {
        return capture.framesIfKnown();
    }

    /**
     * Runs the scan on the calling thread.
     *
     * @param sink receives the rows of matching frames, or null to only count
     * @throws CaptureException when the capture cannot be opened
     */
    public ScanResult run(RowSink sink) throws CaptureException {
        if (sink == null) {
            return scan(new BitSet(), true, p -> true, p -> {
            });
        }
        SummaryColumns columns = new SummaryColumns(FieldRegistry.standard());
        boolean[] listing = {true};
        return scan(columns.fields(), false, p -> {
            if (listing[0]) {
                listing[0] = sink.accept(columns.row(p));
            }
            return true;
        }, p -> {
            // columns of later rows may depend on frames not shown (a conversation's TLS version)
            if (listing[0]) {
                columns.observe(p);
            }
        });
    }

    /**
     * Runs the scan on the calling thread, handing each matching packet to {@code onMatch}
     * (statistics), with the session also recording {@code extraFields} (null: every frame's
     * whole tree).
     */
    public ScanResult feed(BitSet extraFields, Consumer<Packet> onMatch) throws CaptureException {
        return scan(extraFields, true, p -> {
            onMatch.accept(p);
            return true;
        }, p -> {
        });
    }

    /** What happens to a matching packet; false stops the scan. */
    @FunctionalInterface
    private interface MatchHandler {
        boolean match(Packet p) throws InterruptedException;
    }

    /**
     * The scan; when {@code sieved}, frames the filter's sieve rejects from their headers are not
     * dissected (nor handed to {@code otherFrames}).
     */
    private ScanResult scan(BitSet extraFields, boolean sieved, MatchHandler handler,
                            Consumer<Packet> otherFrames) throws CaptureException {
        long start = System.nanoTime();
        BitSet fields = filter.fields();
        if (extraFields != null) {
            fields.or(extraFields);
        }
        BitSet matches = new BitSet();
        boolean matchAll = filter.matchesAll();
        long frames = 0;
        long hits = 0;
        String damage = null;
        try (PacketStream packets = new PacketStream(capture.openReader(),
                extraFields == null ? Session.full() : Session.needing(fields),
                sieved ? filter.sieve() : null)) {
            Packet p;
            while (!cancelled && (p = packets.next()) != null) {
                // the frames read, sieved ones included
                frames = packets.session().framesDissected();
                if (matchAll || filter.test(p)) {
                    hits++;
                    matches.set((int) Math.min(p.number(), Integer.MAX_VALUE));
                    packets.session().displayed(p);
                    if (!handler.match(p)) {
                        cancelled = true;
                    }
                } else {
                    otherFrames.accept(p);
                }
                if (frames - scanned >= 1024) {
                    scanned = frames;
                    matched = hits;
                }
            }
            frames = packets.session().framesDissected();
            if (packets.error() != null) {
                damage = packets.error().getMessage();
            }
        } catch (IOException e) {
            // closing a read-only mapping: nothing was lost
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        }
        scanned = frames;
        matched = hits;
        return new ScanResult(filter, frames, hits, matches, System.nanoTime() - start, -1,
                !cancelled, damage);
    }
}
