package io.sharkfin.capture;

/**
 * A destination for frames: a pcap or pcapng file or stream. Frames are written in the order
 * given; their bytes, lengths and times are kept, so reading the output gives the same frames.
 * Problems (a full disk, a frame the format cannot hold) are {@link CaptureException}s worded
 * like tshark's.
 */
public interface CaptureWriter extends AutoCloseable {

    /** Appends {@code frame}. */
    void write(Frame frame) throws CaptureException;

    /** Frames written so far. */
    long framesWritten();

    /** Writes out everything buffered and closes the file or stream. */
    @Override
    void close() throws CaptureException;
}
