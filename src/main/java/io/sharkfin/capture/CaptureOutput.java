package io.sharkfin.capture;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A buffered little-endian output for the writers, over a file or a stream, that turns I/O
 * failures into {@link CaptureException}s worded like tshark's.
 */
final class CaptureOutput implements AutoCloseable {
    private final WritableByteChannel channel;
    private final FileChannel file;
    private final String name;
    private final ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    /** The whole buffer as a segment, for copying frame data in without a detour. */
    private final MemorySegment bufSegment = MemorySegment.ofBuffer(buf.duplicate().clear());
    private long written;
    private boolean closed;

    private CaptureOutput(WritableByteChannel channel, FileChannel file, String name) {
        this.channel = channel;
        this.file = file;
        this.name = name;
    }

    /** Creates (or truncates) {@code path}. */
    static CaptureOutput create(Path path) throws CaptureException {
        String name = path.toString();
        try {
            FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.READ);
            return new CaptureOutput(ch, ch, name);
        } catch (NoSuchFileException e) {
            throw new CaptureException("The path to the file \"" + name + "\" doesn't exist.", 0);
        } catch (AccessDeniedException e) {
            throw new CaptureException("You don't have permission to create or write to the file \""
                    + name + "\".", 0);
        } catch (IOException e) {
            throw new CaptureException("The file \"" + name + "\" could not be created: " + e.getMessage() + ".", 0, e);
        }
    }

    /** Writes to a stream; {@code name} ({@code "-"} for standard output) is for messages. */
    static CaptureOutput of(OutputStream out, String name) {
        return new CaptureOutput(Channels.newChannel(out), null, name);
    }

    /** The file behind this output, or null for a stream. */
    FileChannel file() {
        return file;
    }

    /** Bytes written so far, buffered or not. */
    long position() {
        return written + buf.position();
    }

    CaptureOutput i8(int v) throws CaptureException {
        room(1).put((byte) v);
        return this;
    }

    CaptureOutput i16(int v) throws CaptureException {
        room(2).putShort((short) v);
        return this;
    }

    CaptureOutput i32(int v) throws CaptureException {
        room(4).putInt(v);
        return this;
    }

    CaptureOutput i64(long v) throws CaptureException {
        room(8).putLong(v);
        return this;
    }

    CaptureOutput bytes(byte[] b) throws CaptureException {
        for (int off = 0; off < b.length; ) {
            int n = Math.min(b.length - off, room(1).remaining());
            buf.put(b, off, n);
            off += n;
        }
        return this;
    }

    /** Copies {@code length} bytes of {@code seg} from {@code offset}: a frame's data. */
    CaptureOutput bytes(MemorySegment seg, long offset, long length) throws CaptureException {
        for (long done = 0; done < length; ) {
            int n = (int) Math.min(length - done, room(1).remaining());
            MemorySegment.copy(seg, ValueLayout.JAVA_BYTE, offset + done, bufSegment, ValueLayout.JAVA_BYTE,
                    buf.position(), n);
            buf.position(buf.position() + n);
            done += n;
        }
        return this;
    }

    CaptureOutput zeros(int n) throws CaptureException {
        for (int i = 0; i < n; i++) {
            i8(0);
        }
        return this;
    }

    private ByteBuffer room(int n) throws CaptureException {
        if (buf.remaining() < n) {
            flush();
        }
        return buf;
    }

    /** Writes out the buffer. */
    void flush() throws CaptureException {
        buf.flip();
        try {
            while (buf.hasRemaining()) {
                written += channel.write(buf);
            }
        } catch (IOException e) {
            throw failure(e);
        } finally {
            buf.clear();
        }
    }

    /** tshark's words for a failed write. */
    CaptureException failure(IOException e) {
        String target = CaptureMessages.describeOutput(name);
        String reason = String.valueOf(e.getMessage());
        if (reason.contains("No space left")) {
            return new CaptureException("Not all the packets could be written to the " + target
                    + " because there is no space left on the file system.", 0, e);
        }
        return new CaptureException("An error occurred while writing to the " + target + ": " + reason + ".", 0, e);
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws CaptureException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            flush();
        } finally {
            try {
                channel.close();
            } catch (IOException e) {
                throw failure(e);
            }
        }
    }
}
