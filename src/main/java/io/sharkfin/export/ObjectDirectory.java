package io.sharkfin.export;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The directory objects are saved in, as tshark's {@code --export-objects} fills it: made with
 * its parents if missing; each object under its safe name ({@link ObjectFileNames}), numbered
 * {@code name(1).ext}, {@code name(2).ext}, ... past a file that exists, the 999th duplicate
 * overwritten (tshark's gui.max_export_objects, 1000).
 */
final class ObjectDirectory {
    static final int MAX_DUPLICATES = 1000;

    private final Path dir;
    private long saved;

    ObjectDirectory(Path dir) throws IOException {
        try {
            this.dir = Files.createDirectories(dir);
        } catch (IOException e) {
            // in tshark's words: the exception's own message is often the path alone
            throw new IOException("Failed to create export objects output directory \"" + dir + "\": "
                    + reason(e), e);
        }
    }

    /** What went wrong, as strerror words it for the usual cases. */
    private static String reason(IOException e) {
        return switch (e) {
            case java.nio.file.NoSuchFileException n -> "No such file or directory";
            case java.nio.file.AccessDeniedException a -> "Permission denied";
            case java.nio.file.FileAlreadyExistsException f -> "Not a directory";
            case java.nio.file.FileSystemException f when f.getReason() != null -> f.getReason();
            default -> String.valueOf(e.getMessage());
        };
    }

    /** Saves {@code content} under {@code name} (bytes, one per character, as ObjectFileNames takes them). */
    void save(String name, byte[] content) throws IOException {
        Files.write(create(name), content);
    }

    /**
     * Makes the file an object named {@code name} is saved in, empty, for an object whose bytes
     * come in pieces ({@link #append}).
     */
    Path create(String name) throws IOException {
        Path target;
        int dupn = 0;
        do {
            target = dir.resolve(ObjectFileNames.toPathName(ObjectFileNames.massage(name, dupn)));
        } while (Files.exists(target) && ++dupn < MAX_DUPLICATES);
        Files.write(target, new byte[0]);
        saved++;
        return target;
    }

    /** Adds bytes to the end of a file {@link #create} made. */
    static void append(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes, StandardOpenOption.APPEND);
    }

    /**
     * Writes bytes at {@code position} of a file {@link #create} made, past its end if need be
     * (the gap reads as zeros, on most file systems without taking space).
     */
    static void writeAt(Path file, long position, byte[] bytes) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                c.write(b, position + b.position());
            }
        }
    }

    /** Makes a file {@link #create} made {@code length} bytes long: cut, or grown with zeros. */
    static void resize(Path file, long length) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
    }

    /** How many objects were saved. */
    long saved() {
        return saved;
    }

    Path path() {
        return dir;
    }
}
