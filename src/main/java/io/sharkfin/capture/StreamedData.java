package io.sharkfin.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A capture file read front to back into heap buffers of {@link #CHUNK} bytes, for sequential
 * reading: memory stays bounded whatever the file size, and frames are views of byte arrays
 * that dissectors read directly. For files of several chunks a background thread reads ahead,
 * so that the system calls copying the file run on another core while the frames before are
 * dissected.
 *
 * <p>A stream (standard input, a pipe) is read the same way, with no temporary file: its size is
 * unknown ({@link #sizeKnown()} false, {@link #size()} as large as a long) until a read meets its
 * end, and each chunk holds what the stream had ready, so that a capture written into a pipe
 * while it runs ({@code tcpdump -w -}) is read as it comes.
 *
 * <p>The window is usually one chunk: each buffer has {@link #CARRY} bytes free before its data,
 * where the unparsed end of the previous chunk (the start of a record cut by the chunk boundary)
 * is copied when the reader moves on. A record longer than that is gathered into an array of
 * its own.
 */
final class StreamedData extends CaptureData {
    /** Bytes read per system call (tests choose smaller chunks to put boundaries everywhere). */
    static final int CHUNK = 1 << 20;
    /** Room before each chunk's data for the end of the previous one: a record of the largest standard size fits. */
    static final int CARRY = 288 << 10;
    /**
     * Files up to this size are read on the caller's thread: a thread would not pay for itself.
     */
    private static final long READ_AHEAD_FROM = 4L * CHUNK;
    /**
     * Files above this size are read with {@link HeapPread}, the others through their channel.
     * The channel copies each chunk once more, from its native buffer into the array; linking
     * HeapPread's downcalls costs 0.13-0.19 s of CPU at every start on 2026-12-02's machine, more
     * than those copies of a smaller file: core filter over slice.pcap (42 MB) 0.23 -> 0.18 s and
     * over big.pcap (481 MB) 0.37 -> 0.34 s through the channel (medians of 9 interleaved runs).
     * Over big4.pcap (1.9 GB) the core filter was mostly faster through the channel and the TLS
     * filter mostly slower (README, Reading): the threshold lies between, by judgement.
     */
    private static final long DIRECT_FROM = 1L << 30;
    private static final byte[] NOTHING = new byte[0];

    private final Source source;
    // a stream that decodes another (gzip): why it ended, how far into its input it is; or null
    private final DecodedInput decoded;
    private long size;
    private boolean sizeKnown;
    private final int chunkSize;
    private final Chunks chunks;

    private Chunk current;            // the pooled chunk the window is in, or null
    private byte[] window = new byte[0];
    private MemorySegment windowSegment = MemorySegment.ofArray(window);
    private int windowOffset;         // where windowStart is in the array
    private long windowStart;
    private int windowLength;

    private StreamedData(String fileName, Path temporary, Damage truncation, Source source, long size,
                         int chunkSize, boolean readAhead) {
        super(fileName, temporary, truncation);
        this.source = source;
        this.size = size;
        this.sizeKnown = !(source instanceof StreamSource);
        this.decoded = source instanceof StreamSource s && s.in() instanceof DecodedInput d ? d : null;
        this.chunkSize = chunkSize;
        this.chunks = readAhead ? new ReadAhead(source, size, chunkSize) : new OnDemand(source, size, chunkSize);
    }

    /** Opens {@code file} for reading; a {@code temporary} file is deleted on close (or when opening fails). */
    static StreamedData open(Path file, String fileName, Path temporary, Damage truncation)
            throws IOException {
        return open(file, fileName, temporary, truncation, CHUNK, null, null);
    }

    /**
     * {@link #open} with chunks of {@code chunkSize} bytes, read ahead on a thread when
     * {@code readAhead} says so (null: for files of more than a few chunks), with
     * {@link HeapPread} where available when {@code direct} says so (null: for files above a
     * gigabyte; else through the channel alone).
     */
    static StreamedData open(Path file, String fileName, Path temporary, Damage truncation, int chunkSize,
                             Boolean readAhead, Boolean direct) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = channel.size();
            Source source = new FileSource(channel, (direct != null ? direct : readsDirect(size)) ? HeapPread.open(file) : null);
            return new StreamedData(fileName, temporary, truncation, source, size, chunkSize,
                    readAhead != null ? readAhead : isLarge(size));
        } catch (IOException | RuntimeException e) {
            channel.close();
            if (temporary != null) {
                java.nio.file.Files.deleteIfExists(temporary);
            }
            throw e;
        }
    }

    /**
     * Reads {@code in} front to back, read ahead on a thread into chunks of {@code chunkSize}
     * bytes; the stream is closed with the data, and a {@code temporary} file deleted. A
     * {@link DecodedInput} (a gzip stream) says at its end why it ended early, and how far into
     * its own input it is ({@link #inputPosition}).
     */
    static StreamedData open(InputStream in, String fileName, Path temporary, int chunkSize) {
        return new StreamedData(fileName, temporary, null, new StreamSource(in), Long.MAX_VALUE, chunkSize, true);
    }

    /** Whether a file of {@code size} bytes is read ahead on a thread. */
    static boolean isLarge(long size) {
        return size > READ_AHEAD_FROM;
    }

    /** Whether a file of {@code size} bytes is read with {@link HeapPread} (where available). */
    static boolean readsDirect(long size) {
        return size > DIRECT_FROM;
    }

    @Override
    long size() {
        return size;
    }

    @Override
    boolean sizeKnown() {
        return sizeKnown;
    }

    @Override
    MemorySegment segment() {
        return windowSegment;
    }

    @Override
    long base() {
        return windowStart - windowOffset;
    }

    @Override
    long windowStart() {
        return windowStart;
    }

    @Override
    long windowEnd() {
        return windowStart + windowLength;
    }

    @Override
    void ensure(long pos, long n) {
        long end = Math.min(pos + Math.max(0, n), size);
        long windowEnd = windowStart + windowLength;
        if (end <= pos || (pos >= windowStart && end <= windowEnd)) {
            return; // nothing to read there, or it is in the window already
        }
        if (pos < windowStart) {
            throw new IllegalStateException("capture data read backwards, at " + pos);
        }
        int keep = (int) Math.max(0, windowEnd - pos);
        long cursor = windowEnd; // file position of the next chunk's first byte
        Chunk next = chunks.take();
        // chunks wholly before pos (the body of a block that is skipped) are dropped
        while (keep == 0 && next != null && cursor + next.length <= pos) {
            cursor += next.length;
            chunks.recycle(next);
            next = chunks.take();
        }
        if (next == null) {
            endsAt(cursor);
            if (keep == 0) {
                // nothing of [pos, end) exists: an empty window where the data ends
                moveTo(null, NOTHING, MemorySegment.ofArray(NOTHING), 0, cursor, 0);
            }
            // else the window keeps what there is from pos on
            return;
        }
        int skip = keep > 0 ? 0 : (int) (pos - cursor);
        long available = keep + (long) next.length - skip;
        if (keep <= CARRY && available >= end - pos) {
            // the common case: the rest of the window goes in front of the next chunk's data
            int at = CARRY + skip - keep;
            System.arraycopy(window, windowOffset + (int) (pos - windowStart), next.buffer, at, keep);
            moveTo(next, next.buffer, next.segment, at, pos, (int) available);
        } else {
            gather(pos, end, keep, next, skip);
        }
    }

    /**
     * Makes one array of {@code [pos, end)} and the rest of the last chunk it reaches into, for a
     * record larger than a chunk. Chunks are given back as soon as they are copied, so that the
     * read-ahead thread never waits for the reader.
     */
    private void gather(long pos, long end, int keep, Chunk first, int skip) {
        long need = end - pos;
        if (need + chunkSize > Integer.MAX_VALUE - 16) {
            throw new UncheckedIOException(new IOException("a record of " + need + " bytes is too large to read"));
        }
        byte[] big = new byte[(int) need + chunkSize];
        System.arraycopy(window, windowOffset + (int) (pos - windowStart), big, 0, keep);
        int at = keep;
        Chunk c = first;
        int from = CARRY + skip;
        while (true) {
            int n = c.length - (from - CARRY);
            System.arraycopy(c.buffer, from, big, at, n);
            at += n;
            chunks.recycle(c);
            if (at >= need) {
                break;
            }
            c = chunks.take();
            if (c == null) {
                endsAt(pos + at);
                break;
            }
            from = CARRY;
        }
        moveTo(null, big, MemorySegment.ofArray(big), 0, pos, at);
    }

    /**
     * The data ended at file position {@code at}: a stream's end, now its size; a file that
     * ended before the size it had when opened changed while being read.
     */
    private void endsAt(long at) {
        if (sizeKnown) {
            throw endedEarly(at);
        }
        size = at;
        sizeKnown = true;
        if (decoded != null && decoded.damage() != null) {
            truncatedBy(decoded.damage());
        }
    }

    private void moveTo(Chunk chunk, byte[] array, MemorySegment segment, int offset, long start, int length) {
        if (current != null) {
            // the frames in it were valid until this read
            chunks.recycle(current);
        }
        current = chunk;
        window = array;
        windowSegment = segment;
        windowOffset = offset;
        windowStart = start;
        windowLength = length;
    }

    /** The file ended before the size it had when opened: it changed while being read. */
    private UncheckedIOException endedEarly(long at) {
        return new UncheckedIOException(new IOException("it changed while being read (it ended after "
                + at + " of " + size + " bytes)"));
    }

    @Override
    long inputPosition(long position) {
        return decoded != null ? decoded.inputRead() : position;
    }

    @Override
    void stopReading() {
        chunks.stop();
    }

    @Override
    void release() throws IOException {
        chunks.close();
        source.close();
    }

    /** A buffer of {@link #CARRY} free bytes and up to a chunk's size of bytes of the file. */
    static final class Chunk {
        final byte[] buffer;
        final MemorySegment segment;
        int length;
        IOException error;

        Chunk(int size) {
            this(new byte[CARRY + size]);
        }

        private Chunk(byte[] buffer) {
            this.buffer = buffer;
            segment = MemorySegment.ofArray(buffer);
        }

        /** A chunk without bytes or buffer: a marker, or the carrier of a failure. */
        static Chunk empty() {
            return new Chunk(NOTHING);
        }

        /** A chunk that carries only a failure; it allocates no buffer, so it can follow an OutOfMemoryError. */
        static Chunk failed(IOException error) {
            Chunk c = empty();
            c.error = error;
            return c;
        }
    }

    /** Where the chunks come from, in file order. */
    private interface Chunks {
        /** The next chunk, or null at the end of the file. */
        Chunk take();

        /** Gives back a chunk whose bytes are no longer needed. */
        void recycle(Chunk c);

        /** Ends the chunks after those read so far, from another thread; a waiting take returns. */
        default void stop() {
        }

        void close();
    }

    /** Where the bytes come from, in order. */
    private sealed interface Source permits FileSource, StreamSource {
        /**
         * Reads into {@code c} at most {@code limit} bytes, from file position {@code position}
         * (a stream reads on from where it is); 0 at the end.
         */
        int fill(Chunk c, long position, long limit) throws IOException;

        void close() throws IOException;
    }

    /**
     * The file, read through its channel or, where the platform allows, with {@link HeapPread}
     * ({@code direct}; null: the channel alone).
     */
    private record FileSource(FileChannel channel, HeapPread direct) implements Source {

        @Override
        public void close() throws IOException {
            channel.close();
            if (direct != null) {
                direct.close();
            }
        }

        /** Reads fully into {@code c} from {@code position}, at most {@code limit} bytes; 0 at the end. */
        @Override
        public int fill(Chunk c, long position, long limit) throws IOException {
            int want = (int) Math.min(c.buffer.length - CARRY, limit);
            int n = 0;
            if (direct != null) {
                while (n < want) {
                    long r = direct.read(c.buffer, CARRY + n, want - n, position + n);
                    if (r <= 0) {
                        // the end, or an error the channel will report in its words
                        break;
                    }
                    n += (int) r;
                }
            }
            ByteBuffer bb = ByteBuffer.wrap(c.buffer, CARRY + n, want - n);
            while (bb.hasRemaining()) {
                int r = channel.read(bb, position + n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            return n;
        }
    }

    /**
     * A stream: each chunk holds what one read returns and whatever else the stream has ready,
     * so that a slow writer's records are handed on as they come rather than when a chunk fills.
     */
    private record StreamSource(InputStream in) implements Source {

        @Override
        public int fill(Chunk c, long position, long limit) throws IOException {
            int want = (int) Math.min(c.buffer.length - CARRY, limit);
            int n = in.read(c.buffer, CARRY, want);
            if (n <= 0) {
                return 0;
            }
            while (n < want) {
                int ready = in.available();
                if (ready <= 0) {
                    break;
                }
                int r = in.read(c.buffer, CARRY + n, Math.min(ready, want - n));
                if (r <= 0) {
                    break;
                }
                n += r;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Small files: each chunk is read when the reader needs it, on its thread. */
    private static final class OnDemand implements Chunks {
        private final Source source;
        private final long size;
        private final java.util.ArrayDeque<Chunk> free = new java.util.ArrayDeque<>();
        private final int chunkSize;
        private long position;

        OnDemand(Source source, long size, int chunkSize) {
            this.source = source;
            this.size = size;
            // a small file needs no chunk larger than itself
            this.chunkSize = (int) Math.max(1, Math.min(chunkSize, size));
        }

        @Override
        public Chunk take() {
            if (position >= size) {
                return null;
            }
            Chunk c = free.isEmpty() ? new Chunk(chunkSize) : free.pop();
            try {
                c.length = source.fill(c, position, size - position);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (c.length == 0) {
                return null;
            }
            position += c.length;
            return c;
        }

        @Override
        public void recycle(Chunk c) {
            free.push(c);
        }

        @Override
        public void close() {
            free.clear();
        }
    }

    /**
     * Larger files: a daemon thread reads chunks ahead into a small pool, so at most
     * {@link #POOL} chunks exist; the reader blocks only when it overtakes the disk.
     */
    private static final class ReadAhead implements Chunks {
        private static final int POOL = 4;
        private static final Chunk END = Chunk.empty();
        private static final Chunk CLOSED = Chunk.empty();

        private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(POOL + 2);
        private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(POOL);
        private final Thread thread;
        private volatile boolean closed;

        ReadAhead(Source source, long size, int chunkSize) {
            thread = Thread.ofPlatform().daemon().name("sharkfin-read-ahead")
                    .unstarted(() -> run(source, size, chunkSize));
            thread.start();
        }

        private void run(Source source, long size, int chunkSize) {
            long position = 0;
            int made = 0;
            try {
                while (!closed && position < size) {
                    // the pool's chunks are made here as they are first needed, not by the reader
                    // before it starts: each is a megabyte of new pages, which the machine makes
                    // dear (4 chunks: ~30 ms before the first frame, 2026-12-02)
                    Chunk c;
                    if (made < POOL) {
                        c = new Chunk(chunkSize);
                        made++;
                    } else {
                        c = free.take();
                    }
                    try {
                        c.length = source.fill(c, position, size - position);
                        c.error = null;
                    } catch (IOException e) {
                        c.length = 0;
                        c.error = e;
                    }
                    if (c.error != null || c.length == 0) {
                        filled.put(c.error != null ? c : END);
                        return;
                    }
                    position += c.length;
                    filled.put(c);
                }
                filled.put(END);
            } catch (InterruptedException e) {
                // closed: the reader no longer waits for chunks
            } catch (RuntimeException | Error e) {
                // a source that failed otherwise than by an IOException (or a chunk that could not
                // be made): the reader, waiting for the next chunk, gets the failure instead
                filled.offer(Chunk.failed(new IOException("reading failed: " + e, e)));
            }
        }

        @Override
        public Chunk take() {
            Chunk c;
            try {
                c = filled.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading", e);
            }
            if (c == END) {
                filled.offer(END); // every later take sees the end too
                return null;
            }
            if (c == CLOSED) {
                filled.offer(CLOSED);
                throw new IllegalStateException("closed while being read");
            }
            if (c.error != null) {
                IOException e = c.error;
                filled.offer(c);
                throw new UncheckedIOException(e);
            }
            return c;
        }

        @Override
        public void recycle(Chunk c) {
            if (c != END && c != CLOSED && c.error == null) {
                free.offer(c);
            }
        }

        @Override
        public void stop() {
            // the chunks already filled come first; a take waiting for the source gets the end
            filled.offer(END);
        }

        @Override
        public void close() {
            closed = true;
            thread.interrupt();
            // a reader blocked on another thread wakes up and fails as for a closed mapping
            filled.clear();
            filled.offer(CLOSED);
        }
    }
}
