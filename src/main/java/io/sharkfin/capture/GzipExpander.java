package io.sharkfin.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decompresses a gzip file into a file, the way wiretap's {@code file_wrappers.c} reads one: any
 * number of gzip members one after another, data after the last member copied as it is, and a
 * damaged stream kept up to the damage, with the problem remembered rather than thrown, so that
 * the records before it can still be read.
 */
final class GzipExpander {
    private static final int FLAG_HCRC = 2;
    private static final int FLAG_EXTRA = 4;
    private static final int FLAG_NAME = 8;
    private static final int FLAG_COMMENT = 16;
    private static final int FLAG_RESERVED = 0xe0;

    private final Input in;
    private final FileChannel out;
    private final ByteBuffer outBuf = ByteBuffer.allocateDirect(1 << 20);
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();

    private GzipExpander(InputStream in, FileChannel out) {
        this.in = new Input(in);
        this.out = out;
    }

    /**
     * Writes the decompressed content of {@code compressed} to {@code target}.
     *
     * @return why the content stops early, or null when the whole stream was sound
     */
    static Damage expand(InputStream compressed, Path target) throws IOException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            GzipExpander g = new GzipExpander(compressed, out);
            try {
                return g.run();
            } finally {
                g.inflater.end();
            }
        }
    }

    private Damage run() throws IOException {
        try {
            while (true) {
                int b0 = in.read();
                if (b0 < 0) {
                    return null;
                }
                int b1 = b0 == 0x1f ? in.read() : -1;
                if (b0 != 0x1f || b1 != 0x8b) {
                    // not another member: wiretap passes the rest through uncompressed
                    copyRaw(b0, b1);
                    return null;
                }
                member();
            }
        } catch (Damage d) {
            return d;
        } finally {
            flush();
        }
    }

    private void member() throws IOException {
        if (next1() != 8) {
            throw new Damage(Damage.Kind.DECOMPRESS, "unknown compression method");
        }
        int flags = next1();
        if ((flags & FLAG_RESERVED) != 0) {
            throw new Damage(Damage.Kind.DECOMPRESS, "reserved flag bits set");
        }
        skip(4 + 1 + 1); // modification time, extra flags, operating system
        if ((flags & FLAG_EXTRA) != 0) {
            skip(next1() | next1() << 8);
        }
        if ((flags & FLAG_NAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FLAG_COMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FLAG_HCRC) != 0) {
            skip(2);
        }
        inflater.reset();
        crc.reset();
        long produced = inflate();
        long storedCrc = next4();
        long storedLength = next4();
        if (storedCrc != crc.getValue()) {
            throw new Damage(Damage.Kind.DECOMPRESS, "bad CRC");
        }
        if (storedLength != (produced & 0xffffffffL)) {
            throw new Damage(Damage.Kind.DECOMPRESS, "length field wrong");
        }
    }

    /** Inflates one deflate stream, leaving unused input for the trailer; returns the bytes made. */
    private long inflate() throws IOException {
        long produced = 0;
        while (!inflater.finished()) {
            if (inflater.needsInput()) {
                if (!in.fill()) {
                    throw Damage.SHORT_READ;
                }
                inflater.setInput(in.buffer, in.pos, in.limit - in.pos);
                in.pos = in.limit;
            }
            if (inflater.needsDictionary()) {
                throw new Damage(Damage.Kind.DECOMPRESS, "preset dictionary needed");
            }
            int start = outBuf.position();
            try {
                inflater.inflate(outBuf);
            } catch (DataFormatException e) {
                throw new Damage(Damage.Kind.DECOMPRESS, e.getMessage());
            }
            int n = outBuf.position() - start;
            if (n > 0) {
                crc.update(outBuf.duplicate().position(start).limit(start + n));
                produced += n;
            }
            if (!outBuf.hasRemaining()) {
                flush();
            }
        }
        // give back what the deflate stream did not use: the trailer and any next member
        in.pos -= inflater.getRemaining();
        return produced;
    }

    private void copyRaw(int b0, int b1) throws IOException {
        put(b0);
        if (b1 >= 0) {
            put(b1);
        }
        while (in.fill()) {
            while (in.pos < in.limit) {
                int n = Math.min(in.limit - in.pos, outBuf.remaining());
                outBuf.put(in.buffer, in.pos, n);
                in.pos += n;
                if (!outBuf.hasRemaining()) {
                    flush();
                }
            }
        }
    }

    private void put(int b) throws IOException {
        if (!outBuf.hasRemaining()) {
            flush();
        }
        outBuf.put((byte) b);
    }

    private void flush() throws IOException {
        outBuf.flip();
        while (outBuf.hasRemaining()) {
            out.write(outBuf);
        }
        outBuf.clear();
    }

    private int next1() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw Damage.SHORT_READ;
        }
        return b;
    }

    private long next4() throws IOException {
        return next1() | next1() << 8 | next1() << 16 | (long) next1() << 24;
    }

    private void skip(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            next1();
        }
    }

    private void skipZeroTerminated() throws IOException {
        while (next1() != 0) {
            // the name or comment itself is of no use
        }
    }

    /** A buffered stream whose unread bytes can be handed to the inflater and given back. */
    private static final class Input {
        private final InputStream in;
        final byte[] buffer = new byte[1 << 16];
        int pos;
        int limit;

        Input(InputStream in) {
            this.in = in;
        }

        /** Makes sure unread bytes are available; false at the end of the stream. */
        boolean fill() throws IOException {
            if (pos < limit) {
                return true;
            }
            int n = in.read(buffer, 0, buffer.length);
            pos = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }

        int read() throws IOException {
            return fill() ? buffer[pos++] & 0xff : -1;
        }
    }
}
