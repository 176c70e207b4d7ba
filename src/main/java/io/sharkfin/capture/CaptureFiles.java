package io.sharkfin.capture;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Opens capture files. The format is recognised by its magic number, never by the file name:
 * pcap (either byte order, microsecond or nanosecond time stamps), pcapng, and either of those
 * gzip-compressed: decompressed as it is read by {@link #stream}, first to a temporary file
 * (deleted when the reader is closed) by {@link #open}.
 * Standard input (the path {@code -}) and pipes are read as they come by {@link #stream}; devices
 * and sockets are refused, as tshark refuses them.
 *
 * <p>{@link #open} memory-maps the file: frames are zero-copy views of the mapping (their bytes
 * are never copied on the way to dissectors and filters) and stay valid while the reader is
 * open. {@link #stream} reads it front to back through a few heap buffers instead (read ahead on
 * another thread), for callers that want resident memory bounded; a frame is then valid until
 * the next read.
 *
 * <p>Problems are reported as {@link CaptureException}s worded like tshark's, for example
 * {@code The file "x.pcap" isn't a capture file in a format TShark understands.}
 */
public final class CaptureFiles {
    private static final String STANDARD_INPUT = "-";
    /** The whole file mapped, for random access: a gzipped one is decompressed first. */
    private static final Holder MAPPED = MappedData::map;
    private static final int GZIP_MAGIC = 0x8b1f;
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int ZSTD_MAGIC = 0xFD2FB528;
    private static final int LZ4_MAGIC = 0x184D2204;

    private CaptureFiles() {
    }

    /** How the bytes of a file are held: read in sequence, or mapped. */
    private interface Holder {
        CaptureData hold(Path file, String name, Path temporary, Damage truncation) throws IOException;
    }

    /**
     * Opens the capture at {@code path} memory-mapped: the frames read are views of the mapping
     * and stay valid until the reader is closed. A pipe or other non-regular file is first copied
     * to a temporary file.
     *
     * @throws CaptureException when the file is missing, unreadable, not a capture, or damaged
     *                          before its first frame
     */
    public static CaptureReader open(Path path) throws CaptureException {
        if (isStandardInput(path)) {
            return open(System.in, STANDARD_INPUT);
        }
        return open(path, MAPPED);
    }

    /**
     * Opens the capture at {@code path} for one pass from the first frame to the last through
     * heap buffers: resident memory stays bounded (a few MiB) whatever the file's size, at the
     * cost of copying the file into them. Each frame is valid until the next read. A pipe (a
     * named one, or {@code /dev/stdin} piped) is read as it comes, like {@link #stream(InputStream, String)}.
     *
     * @throws CaptureException as {@link #open}
     */
    public static CaptureReader stream(Path path) throws CaptureException {
        if (isStandardInput(path)) {
            return stream(System.in, STANDARD_INPUT);
        }
        if (isPipe(path)) {
            try {
                return stream(Files.newInputStream(path), path.toString());
            } catch (IOException e) {
                throw new CaptureException("The file \"" + path + "\" could not be opened: " + e.getMessage() + ".",
                        0, e);
            }
        }
        return open(path, StreamedData::open);
    }

    /**
     * Reads a capture from a stream, such as standard input, front to back as it comes: no
     * temporary file, memory bounded as for {@link #stream(Path)}, and frames handed out as soon
     * as the stream holds them, so that a capture still being written into a pipe
     * ({@code tcpdump -w - | ...}) is read while it grows. A gzip-compressed stream is
     * decompressed as it is read. The stream is closed with the reader.
     *
     * @param name how messages name the input; {@code "-"} means standard input
     * @throws CaptureException when the stream cannot be read, is not a capture, or is damaged
     *                          before its first frame
     */
    public static CaptureReader stream(InputStream in, String name) throws CaptureException {
        InputStream buffered = new BufferedInputStream(in, 2);
        boolean gzip;
        try {
            buffered.mark(2);
            gzip = isGzipMagic(buffered.read(), buffered.read());
            buffered.reset();
        } catch (IOException e) {
            throw new CaptureException("An error occurred while reading from the "
                    + CaptureMessages.describe(name) + ": " + e.getMessage() + ".", 0, e);
        }
        if (gzip) {
            GzipInput expanded = new GzipInput(buffered);
            return open(StreamedData.open(expanded, name, null, StreamedData.CHUNK));
        }
        return open(StreamedData.open(buffered, name, null, StreamedData.CHUNK));
    }

    /**
     * Does the one-time set-up of {@link #stream}'s native reads (25-190 ms of CPU) now, if reading
     * {@code path} will use them, for a program that calls it on another thread while it does
     * other start-up work (compiling a filter). Optional: the first {@link #stream} does the
     * set-up itself, or waits for it to end. Files up to a gigabyte are read without it.
     */
    public static void prepareStreaming(Path path) {
        long size;
        try {
            size = Files.isRegularFile(path) ? Files.size(path) : Long.MAX_VALUE;
        } catch (IOException e) {
            return; // the read reports it
        }
        if (StreamedData.readsDirect(size)) {
            HeapPread.link();
        }
    }

    /**
     * {@link #stream} through chunks of {@code chunkSize} bytes, read ahead on a thread or not,
     * with {@code pread} into the chunks where available or through the file's channel alone
     * (for tests).
     */
    static CaptureReader stream(Path path, int chunkSize, boolean readAhead, boolean direct) throws CaptureException {
        return open(path, (file, name, temporary, truncation) ->
                StreamedData.open(file, name, temporary, truncation, chunkSize, readAhead, direct));
    }

    private static CaptureReader open(Path path, Holder holder) throws CaptureException {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new CaptureException("\"" + name + "\" is a directory (folder), not a file.", 0);
        }
        try {
            if (Files.isRegularFile(path)) {
                return open(path, name, null, holder);
            }
            if (Files.exists(path) && !isPipe(path)) {
                throw new CaptureException("The file \"" + name
                        + "\" is a \"special file\" or socket or other non-regular file.", 0);
            }
            Path spooled;
            try (InputStream in = Files.newInputStream(path)) {
                spooled = CaptureData.spool(in);
            }
            return open(spooled, name, spooled, holder);
        } catch (NoSuchFileException e) {
            throw new CaptureException("The file \"" + name + "\" doesn't exist.", 0);
        } catch (AccessDeniedException e) {
            throw new CaptureException("You don't have permission to read the file \"" + name + "\".", 0);
        } catch (IOException e) {
            throw new CaptureException("The file \"" + name + "\" could not be opened: " + e.getMessage() + ".",
                    0, e);
        }
    }

    /**
     * Reads a capture from a stream, such as standard input, by copying it to a temporary file
     * (for random access; {@link #stream(InputStream, String)} reads it as it comes).
     *
     * @param name how messages name the input; {@code "-"} means standard input
     */
    public static CaptureReader open(InputStream in, String name) throws CaptureException {
        Path spooled;
        try {
            spooled = CaptureData.spool(in);
        } catch (IOException e) {
            throw new CaptureException("An error occurred while reading from the "
                    + CaptureMessages.describe(name) + ": " + e.getMessage() + ".", 0, e);
        }
        try {
            return open(spooled, name, spooled, MAPPED);
        } catch (IOException e) {
            throw new CaptureException("An error occurred while reading from the "
                    + CaptureMessages.describe(name) + ": " + e.getMessage() + ".", 0, e);
        }
    }

    /**
     * Opens {@code file} (a {@code temporary} one is deleted with the reader). A gzipped file is
     * decompressed as it is read when it is read in sequence, else first to a temporary file.
     */
    private static CaptureReader open(Path file, String name, Path temporary, Holder holder)
            throws IOException, CaptureException {
        boolean gzip = isGzip(file);
        if (gzip && holder != MAPPED) {
            GzipInput expanded = new GzipInput(Files.newInputStream(file));
            return open(StreamedData.open(expanded, name, temporary, StreamedData.CHUNK));
        }
        if (gzip) {
            Path expanded = CaptureData.newTemporaryFile();
            Damage damage;
            try (GzipInput in = new GzipInput(Files.newInputStream(file))) {
                Files.copy(in, expanded, StandardCopyOption.REPLACE_EXISTING);
                damage = in.damage();
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(expanded);
                throw new CaptureException("The " + CaptureMessages.describe(name) + " could not be read: "
                        + e.getMessage() + ".", 0, e);
            } finally {
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                }
            }
            return open(holder.hold(expanded, name, expanded, damage));
        }
        return open(holder.hold(file, name, temporary, null));
    }

    /** Whether a stream's first two bytes (-1 at its end) are gzip's magic number. */
    private static boolean isGzipMagic(int b0, int b1) {
        return b0 >= 0 && b1 >= 0 && (b0 | b1 << 8) == GZIP_MAGIC;
    }

    private static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            int b0 = in.read();
            int b1 = in.read();
            return isGzipMagic(b0, b1);
        }
    }

    private static CaptureReader open(CaptureData data) throws CaptureException {
        try {
            return recognise(data);
        } catch (Damage d) {
            closeQuietly(data);
            throw new CaptureException(CaptureMessages.whileOpening(data.source(), d), 0);
        } catch (RuntimeException e) {
            closeQuietly(data);
            throw new CaptureException("The " + data.source() + " could not be read: " + e.getMessage() + ".",
                    0, e);
        }
    }

    /** Picks the reader by magic number; throws {@link Damage} worded for opening. */
    private static CaptureReader recognise(CaptureData data) {
        // before the size is looked at: a stream learns there whether it is that short
        data.ensure(0, 4);
        long size = data.size();
        if (size == 0 && data.truncation() == null) {
            return new EmptyCapture(data);
        }
        if (size < 4) {
            // too short for a magic number: not a capture, unless decompression stopped early,
            // whose error wiretap then reports
            throw data.truncation() != null ? data.truncation() : new Damage(Damage.Kind.UNKNOWN_FORMAT, null);
        }
        int magic = data.segment().get(FileCaptureReader.LE_INT, -data.base());
        if (PcapReader.isMagic(magic)) {
            return PcapReader.open(data);
        }
        if (magic == PcapngReader.BLOCK_SHB) {
            return PcapngReader.open(data);
        }
        if (magic == ZSTD_MAGIC) {
            throw new Damage(Damage.Kind.DECOMPRESSION_NOT_SUPPORTED, "reading zstd-compressed files isn't supported");
        }
        if (magic == LZ4_MAGIC) {
            throw new Damage(Damage.Kind.DECOMPRESSION_NOT_SUPPORTED, "reading lz4-compressed files isn't supported");
        }
        throw new Damage(Damage.Kind.UNKNOWN_FORMAT, null);
    }

    /**
     * Whether {@code path} is {@code -}, which names standard input as in tshark's {@code -r -}
     * (a file of that name is {@code ./-}).
     */
    public static boolean isStandardInput(Path path) {
        return path.toString().equals(STANDARD_INPUT);
    }

    /**
     * Whether {@code path} is a pipe (a FIFO, or {@code /dev/stdin} when standard input is one):
     * read as a stream. Where the file system does not tell, anything that is neither a regular
     * file nor a directory counts as one.
     */
    private static boolean isPipe(Path path) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode");
            return mode instanceof Integer m && (m & S_IFMT) == S_IFIFO;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
        } catch (IOException e) {
            return false; // opening it says what is wrong
        }
    }

    private static void closeQuietly(CaptureData data) {
        try {
            data.close();
        } catch (IOException | RuntimeException ignored) {
            // the original problem is the one worth reporting
        }
    }
}
