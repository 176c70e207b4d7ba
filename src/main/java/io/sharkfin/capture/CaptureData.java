package io.sharkfin.capture;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The bytes of one capture, as the readers see them: positions in the file, parsed through a
 * window. The reader asks for the span it is about to parse ({@link #ensure}); the window then
 * holds it in {@link #segment()}, where file position {@code p} is at offset {@code p - base()}.
 * Two kinds:
 * <ul>
 * <li>{@link MappedData}: the whole file memory-mapped; the window never moves, so frames stay
 * valid while the reader is open (random access, see {@link CaptureFiles#open}).</li>
 * <li>{@link StreamedData}: the file read front to back into heap buffers; memory stays bounded
 * and frames are valid until the next read (see {@link CaptureFiles#stream}).</li>
 * </ul>
 * For random access, standard input, a pipe or a decompressed gzip stream is first written to a
 * temporary file, which is deleted on {@link #close()}; read in sequence, they are streamed. For
 * decompressed data, {@link #truncation()} says why the data stops (a corrupt or cut-short gzip
 * stream): like wiretap, every record before that point is readable and the next read fails
 * with that problem.
 */
abstract sealed class CaptureData implements AutoCloseable permits MappedData, StreamedData {
    private final String fileName;
    private final Path temporary;
    private Damage truncation;

    CaptureData(String fileName, Path temporary, Damage truncation) {
        this.fileName = fileName;
        this.temporary = temporary;
        this.truncation = truncation;
    }

    /** Copies a stream (standard input, a pipe) to a temporary file, for {@code open}. */
    static Path spool(InputStream in) throws IOException {
        Path tmp = newTemporaryFile();
        try {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    static Path newTemporaryFile() throws IOException {
        Path tmp = Files.createTempFile("sharkfin-", ".capture");
        tmp.toFile().deleteOnExit();
        return tmp;
    }

    /** The name the user gave, for messages. */
    final String fileName() {
        return fileName;
    }

    /** {@code file "name"} or {@code standard input}, as tshark words it. */
    final String source() {
        return CaptureMessages.describe(fileName);
    }

    /** The temporary file this data was made from (deleted on close), or null. */
    final Path temporary() {
        return temporary;
    }

    /**
     * Number of bytes of data, as far as known: a stream's is {@link Long#MAX_VALUE} until a read
     * meets its end ({@link #sizeKnown}).
     */
    abstract long size();

    /** Whether {@link #size} is the data's size; false for a stream not yet read to its end. */
    boolean sizeKnown() {
        return true;
    }

    /**
     * Makes the window hold file positions {@code [pos, pos + n)}, cut at the end of the data
     * (reading past it is the reader's short read to report). Positions never go back before the
     * window's start. Moving the window invalidates what pointed into the old one.
     */
    abstract void ensure(long pos, long n);

    /** The memory of the window. */
    abstract MemorySegment segment();

    /** The file position at offset 0 of {@link #segment()}. */
    abstract long base();

    /** The first file position the window holds. */
    abstract long windowStart();

    /** The file position after the last one the window holds. */
    abstract long windowEnd();

    /** The data ends here because of {@code d}: a stream that turned out damaged where it ended. */
    final void truncatedBy(Damage d) {
        truncation = d;
    }

    /** Why the data ends before the input did, or null when the data is the whole input. */
    final Damage truncation() {
        return truncation;
    }

    /** The problem a read past the end of the data meets. */
    final Damage shortRead() {
        return truncation != null ? truncation : Damage.SHORT_READ;
    }

    @Override
    public void close() throws IOException {
        release();
        if (temporary != null) {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * How far into the input the data's {@code position} is, for progress reports: the position
     * itself, except for decoded data (a gzip stream read as it comes), where it is how much of
     * the compressed input was read.
     */
    long inputPosition(long position) {
        return position;
    }

    /**
     * Ends the data where it has been read so far, from another thread: a read waiting for more
     * (a stream's) returns at once. By default nothing waits.
     */
    void stopReading() {
    }

    /** Frees the memory or file handles of the data. */
    abstract void release() throws IOException;
}
