package io.sharkfin.repl;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A capture opened in the REPL. Opening checks that the file is a capture at once; the
 * {@link FrameIndex} is then built on a background thread, so the first filter can run while it
 * is being made (filters read the file themselves, from the start, and need no index).
 *
 * <p>Nothing dissected is kept: every filter run dissects the capture again, which is what keeps
 * memory bounded on captures of millions of frames.
 */
public final class LoadedCapture implements AutoCloseable {

    private final Path path;
    private final String name;
    private final CompletableFuture<FrameIndex> index;
    private final TreeCursor trees = new TreeCursor(this);
    private final ValueSampler values = new ValueSampler(this);

    private LoadedCapture(Path path, CaptureReader indexReader) {
        this.path = path;
        this.name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        long size = sizeOf(path);
        this.index = CompletableFuture.supplyAsync(() -> count(indexReader, name, size),
                r -> {
                    Thread t = new Thread(r, "sharkfin-index-" + name);
                    t.setDaemon(true);
                    t.start();
                });
    }

    /**
     * Opens a capture file.
     *
     * @throws CaptureException when it is missing, unreadable or not a capture (tshark's words)
     */
    public static LoadedCapture open(Path path) throws CaptureException {
        // mapped: the one pass that counts the frames for the summary reads them in place
        return new LoadedCapture(path, CaptureFiles.open(path));
    }

    public Path path() {
        return path;
    }

    /** The file name, as lists and prompts show it. */
    public String name() {
        return name;
    }

    /** A new reader from the first frame, for one pass over the capture (the caller closes it). */
    public CaptureReader openReader() throws CaptureException {
        return CaptureFiles.open(path);
    }

    /** The index, waiting for it to be built. */
    FrameIndex index() {
        try {
            return index.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing " + name, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("indexing " + name + " failed: " + e.getCause(), e.getCause());
        }
    }

    /** The values fields take in this capture, for completion. */
    public ValueSampler values() {
        return values;
    }

    /** Full dissection of single frames ({@code :show}). */
    TreeCursor trees() {
        return trees;
    }

    /** The capinfos-like summary (waits for the index). */
    public CaptureInfo info() {
        return index().info();
    }

    /** The frame count when the index is ready, else -1 (never waits). */
    long framesIfKnown() {
        FrameIndex i = index.getNow(null);
        return i == null ? -1 : i.frames();
    }

    /** The capture's counts, the reader closed once they are made (nothing keeps its frames). */
    private static FrameIndex count(CaptureReader reader, String name, long size) {
        try (reader) {
            return FrameIndex.build(reader, name, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        trees.close();
        // the counting pass closes its reader; wait for it so the file is let go here
        index.join();
    }
}
