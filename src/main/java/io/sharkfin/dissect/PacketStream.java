package io.sharkfin.dissect;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The packets of a capture, dissected in order by one {@link Session}: what an embedding program
 * iterates.
 *
 * <pre>{@code
 * Filter f = Filter.compile("dns.flags.rcode == 3");
 * try (PacketStream packets = PacketStream.open(path, f.fields())) {
 *     for (Packet p : packets) {
 *         if (f.test(p)) System.out.println(p.number());
 *     }
 *     if (packets.error() != null) System.err.println(packets.error().getMessage());
 * }
 * }</pre>
 *
 * <p>With a {@link Sieve} ({@link #open(Path, BitSet, Sieve)}), frames it rejects from their
 * headers are skipped undissected: iteration yields only packets that may pass.
 *
 * <p>The iterator returns the same {@link Packet} object for every frame (it is refilled), so
 * nothing is allocated per frame. When the capture is damaged, iteration ends after the last good
 * frame and {@link #error()} says what was wrong.
 */
public final class PacketStream implements Iterable<Packet>, AutoCloseable {

    private final CaptureReader reader;
    private final Session session;
    private final Sieve sieve;
    private final Frame frame = new Frame();
    private CaptureException error;
    private boolean iterated;

    public PacketStream(CaptureReader reader, Session session) {
        this(reader, session, null);
    }

    /** A stream that skips the frames {@code sieve} rejects (null: none). */
    public PacketStream(CaptureReader reader, Session session, Sieve sieve) {
        this.reader = reader;
        this.session = session;
        this.sieve = sieve;
    }

    /**
     * Opens a capture file for a session recording the given fields (by id). The file is read
     * front to back ({@link CaptureFiles#stream}): memory stays bounded and, for large files, a
     * thread reads ahead while the frames before are dissected.
     */
    public static PacketStream open(Path path, BitSet fields) throws CaptureException {
        return new PacketStream(CaptureFiles.stream(path), Session.needing(fields));
    }

    /**
     * {@link #open(Path, BitSet)}, skipping the frames {@code sieve} rejects ({@code
     * Filter.sieve()}; null: none).
     */
    public static PacketStream open(Path path, BitSet fields, Sieve sieve) throws CaptureException {
        return new PacketStream(CaptureFiles.stream(path), Session.needing(fields), sieve);
    }

    public Session session() {
        return session;
    }

    public CaptureReader reader() {
        return reader;
    }

    /** The problem that ended the capture early, or null. */
    public CaptureException error() {
        return error;
    }

    /**
     * Dissects the next frame (the next the sieve keeps), or returns null at the end (or at
     * damage, see {@link #error()}).
     */
    public Packet next() {
        while (error == null) {
            try {
                if (!reader.next(frame)) {
                    return null;
                }
            } catch (CaptureException e) {
                error = e;
                return null;
            }
            Packet p = session.dissect(frame, sieve);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    @Override
    public Iterator<Packet> iterator() {
        if (iterated) {
            throw new IllegalStateException("a packet stream can be iterated once");
        }
        iterated = true;
        return new Iterator<>() {
            private Packet pending;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (pending == null && !done) {
                    pending = PacketStream.this.next();
                    done = pending == null;
                }
                return pending != null;
            }

            @Override
            public Packet next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Packet p = pending;
                pending = null;
                return p;
            }
        };
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
