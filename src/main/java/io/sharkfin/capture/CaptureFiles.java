package io.sharkfin.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens capture files. The format is recognised by its magic number, never by the file name:
 * pcap (either byte order, microsecond or nanosecond time stamps), pcapng, and either of those
 * gzip-compressed. Files are memory-mapped and frames are views of the mapping; a gzip file is
 * first decompressed to a temporary file, deleted when the reader is closed.
 *
 * <p>Problems are reported as {@link CaptureException}s worded like tshark's, for example
 * {@code The file "x.pcap" isn't a capture file in a format TShark understands.}
 */
public final class CaptureFiles {
    private static final int GZIP_MAGIC = 0x8b1f;
    private static final int ZSTD_MAGIC = 0xFD2FB528;
    private static final int LZ4_MAGIC = 0x184D2204;

    private CaptureFiles() {
    }

    /**
     * Opens the capture at {@code path}; a pipe or other non-regular file is read to its end first.
     *
     * @throws CaptureException when the file is missing, unreadable, not a capture, or damaged
     *                          before its first frame
     */
    public static CaptureReader open(Path path) throws CaptureException {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new CaptureException("\"" + name + "\" is a directory (folder), not a file.", 0);
        }
        CaptureData data;
        try {
            if (Files.isRegularFile(path)) {
                data = CaptureData.map(path, name, false, null);
            } else {
                try (InputStream in = Files.newInputStream(path)) {
                    data = CaptureData.spool(in, name);
                }
            }
        } catch (NoSuchFileException e) {
            throw new CaptureException("The file \"" + name + "\" doesn't exist.", 0);
        } catch (AccessDeniedException e) {
            throw new CaptureException("You don't have permission to read the file \"" + name + "\".", 0);
        } catch (IOException e) {
            throw new CaptureException("The file \"" + name + "\" could not be opened: " + e.getMessage() + ".",
                    0, e);
        }
        return open(data);
    }

    /**
     * Reads a capture from a stream, such as standard input, by copying it to a temporary file.
     *
     * @param name how messages name the input; {@code "-"} means standard input
     */
    public static CaptureReader open(InputStream in, String name) throws CaptureException {
        try {
            return open(CaptureData.spool(in, name));
        } catch (IOException e) {
            throw new CaptureException("An error occurred while reading from the "
                    + CaptureMessages.describe(name) + ": " + e.getMessage() + ".", 0, e);
        }
    }

    private static CaptureReader open(CaptureData data) throws CaptureException {
        try {
            if (data.size() >= 2 && (data.segment().get(MappedCaptureReader.LE_SHORT, 0) & 0xffff) == GZIP_MAGIC) {
                CaptureData expanded = gunzip(data);
                data.close();
                data = expanded;
            }
            return recognise(data);
        } catch (Damage d) {
            closeQuietly(data);
            throw new CaptureException(CaptureMessages.whileOpening(data.source(), d), 0);
        } catch (IOException | RuntimeException e) {
            closeQuietly(data);
            throw new CaptureException("The " + data.source() + " could not be read: " + e.getMessage() + ".",
                    0, e);
        }
    }

    /** Picks the reader by magic number; throws {@link Damage} worded for opening. */
    private static CaptureReader recognise(CaptureData data) {
        long size = data.size();
        if (size == 0 && data.truncation() == null) {
            return new EmptyCapture(data);
        }
        if (size < 4) {
            // too short for a magic number: not a capture, unless decompression stopped early,
            // whose error wiretap then reports
            throw data.truncation() != null ? data.truncation() : new Damage(Damage.Kind.UNKNOWN_FORMAT, null);
        }
        int magic = data.segment().get(MappedCaptureReader.LE_INT, 0);
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

    private static CaptureData gunzip(CaptureData compressed) throws IOException {
        Path tmp = CaptureData.newTemporaryFile();
        try {
            Damage damage;
            try (InputStream in = compressed.stream()) {
                damage = GzipExpander.expand(in, tmp);
            }
            return CaptureData.map(tmp, compressed.fileName(), true, damage);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
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
