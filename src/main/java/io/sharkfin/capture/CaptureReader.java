package io.sharkfin.capture;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A source of frames: a pcap or pcapng file (optionally gzip-compressed), or a live interface.
 *
 * <p>Iterate it for independent {@link Frame}s, or call {@link #next(Frame)} to refill one frame
 * without allocating (the fast path; the frame's bytes are valid until the next call). When the
 * input is damaged, every frame before the damage is returned and then {@link #next(Frame)}
 * throws {@link CaptureException} whose message says what
 * is wrong, in the spirit of tshark's "appears to have been cut short in the middle of a packet".
 */
public interface CaptureReader extends Iterable<Frame>, AutoCloseable {

    /**
     * Fills {@code frame} with the next record.
     *
     * @return false at the end of the input
     * @throws CaptureException when the input is truncated or corrupt at this point
     */
    boolean next(Frame frame) throws CaptureException;

    /** A short description of the format ({@code pcap}, {@code pcapng}, {@code live}, {@code empty}). */
    String format();

    /** The link type of the first interface, or -1 when none is known yet. */
    int linkType();

    /**
     * The snapshot length the input declares for all its frames (a pcap file's header), 0 when
     * it declares none (pcapng keeps one per interface, often unset). Default: 0.
     */
    default int snapshotLength() {
        return 0;
    }

    /**
     * How far into its input the reader is: the number of bytes of the file before the next
     * record (for progress reports; of a gzip file read in sequence, the compressed bytes read so
     * far), or -1 when that means nothing (live capture). Default: -1.
     */
    default long position() {
        return -1;
    }

    /**
     * Asks the reader, from another thread (a Ctrl-C handler), to end early: a read waiting for a
     * pipe's writer or an interface returns at once, and {@link #next(Frame)} then returns false,
     * or throws for a record the stop cut in two. Frames already read are unaffected. Default:
     * nothing; the caller stops asking for frames.
     */
    default void stop() {
    }

    @Override
    void close() throws IOException;

    /**
     * The frames as independent copies ({@link Frame#copy()}): each one stays valid after the
     * next, unlike the frame {@link #next(Frame)} refills.
     */
    @Override
    default Iterator<Frame> iterator() {
        return new Iterator<>() {
            private Frame pending;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (pending == null && !done) {
                    Frame f = new Frame();
                    try {
                        if (CaptureReader.this.next(f)) {
                            pending = f.copy();
                        } else {
                            done = true;
                        }
                    } catch (CaptureException e) {
                        throw new CaptureException.Unchecked(e);
                    }
                }
                return pending != null;
            }

            @Override
            public Frame next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Frame f = pending;
                pending = null;
                return f;
            }
        };
    }
}
