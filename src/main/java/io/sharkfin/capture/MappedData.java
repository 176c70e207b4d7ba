package io.sharkfin.capture;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A capture file memory-mapped read-only as a whole (files larger than 2 GiB too): the window is
 * the whole file and never moves, so every frame read stays a valid view while the data is open.
 */
final class MappedData extends CaptureData {
    private final Arena arena;
    private final MemorySegment segment;

    private MappedData(String fileName, Path temporary, Damage truncation, Arena arena,
                       MemorySegment segment) {
        super(fileName, temporary, truncation);
        this.arena = arena;
        this.segment = segment;
    }

    /** Maps {@code file}; a {@code temporary} file is deleted on close (or when mapping fails). */
    static MappedData map(Path file, String fileName, Path temporary, Damage truncation)
            throws IOException {
        // shared: a reader may be closed from another thread than the one that reads it
        Arena arena = Arena.ofShared();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            MemorySegment seg = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
            return new MappedData(fileName, temporary, truncation, arena, seg);
        } catch (IOException | RuntimeException e) {
            arena.close();
            if (temporary != null) {
                java.nio.file.Files.deleteIfExists(temporary);
            }
            throw e;
        }
    }

    @Override
    long size() {
        return segment.byteSize();
    }

    @Override
    void ensure(long pos, long n) {
        // everything is mapped
    }

    @Override
    MemorySegment segment() {
        return segment;
    }

    @Override
    long base() {
        return 0;
    }

    @Override
    long windowStart() {
        return 0;
    }

    @Override
    long windowEnd() {
        return segment.byteSize();
    }

    @Override
    void release() {
        if (arena.scope().isAlive()) {
            arena.close();
        }
    }
}
