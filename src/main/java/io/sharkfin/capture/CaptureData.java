package io.sharkfin.capture;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of one capture, memory-mapped read-only, plus what lies beyond them. A file on disk is
 * mapped where it is; standard input, a pipe or a decompressed gzip stream is first written to a
 * temporary file, which is deleted on {@link #close()}. Mapping works for files larger than 2 GiB.
 *
 * <p>For decompressed data, {@link #truncation()} says why the data stops (a corrupt or cut-short
 * gzip stream): like wiretap, every record before that point is readable and the next read fails
 * with that problem.
 */
final class CaptureData implements AutoCloseable {
    private final String fileName;
    private final Arena arena;
    private final MemorySegment segment;
    private final Path temporary;
    private final Damage truncation;

    private CaptureData(String fileName, Arena arena, MemorySegment segment, Path temporary,
                        Damage truncation) {
        this.fileName = fileName;
        this.arena = arena;
        this.segment = segment;
        this.temporary = temporary;
        this.truncation = truncation;
    }

    /** Maps {@code file}; {@code temporary} says whether to delete it on close. */
    static CaptureData map(Path file, String fileName, boolean temporary, Damage truncation)
            throws IOException {
        // shared: a reader may be closed from another thread than the one that reads it
        Arena arena = Arena.ofShared();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            MemorySegment seg = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
            return new CaptureData(fileName, arena, seg, temporary ? file : null, truncation);
        } catch (IOException | RuntimeException e) {
            arena.close();
            if (temporary) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
    }

    /** Copies a stream (standard input, a pipe) to a temporary file and maps it. */
    static CaptureData spool(InputStream in, String fileName) throws IOException {
        Path tmp = newTemporaryFile();
        try {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return map(tmp, fileName, true, null);
    }

    static Path newTemporaryFile() throws IOException {
        Path tmp = Files.createTempFile("sharkfin-", ".capture");
        tmp.toFile().deleteOnExit();
        return tmp;
    }

    /** The name the user gave, for messages. */
    String fileName() {
        return fileName;
    }

    /** {@code file "name"} or {@code standard input}, as tshark words it. */
    String source() {
        return CaptureMessages.describe(fileName);
    }

    MemorySegment segment() {
        return segment;
    }

    long size() {
        return segment.byteSize();
    }

    /** The data as a stream (to decompress it). */
    InputStream stream() {
        return new InputStream() {
            private long pos;

            @Override
            public int read() {
                return pos < size() ? segment.get(ValueLayout.JAVA_BYTE, pos++) & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long left = size() - pos;
                if (left <= 0) {
                    return len == 0 ? 0 : -1;
                }
                int n = (int) Math.min(len, left);
                MemorySegment.copy(segment, ValueLayout.JAVA_BYTE, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    /** Why the data ends before the input did, or null when the data is the whole input. */
    Damage truncation() {
        return truncation;
    }

    /** The problem a read past the end of the data meets. */
    Damage shortRead() {
        return truncation != null ? truncation : Damage.SHORT_READ;
    }

    @Override
    public void close() throws IOException {
        if (arena.scope().isAlive()) {
            arena.close();
        }
        if (temporary != null) {
            Files.deleteIfExists(temporary);
        }
    }
}
