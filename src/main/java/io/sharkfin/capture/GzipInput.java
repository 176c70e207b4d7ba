package io.sharkfin.capture;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The decompressed content of a gzip stream, read the way wiretap's {@code file_wrappers.c}
 * reads one: any number of gzip members one after another, data after the last member passed
 * through as it is, and a damaged stream read up to the damage, where it ends as if it ended
 * there, with the problem kept ({@link #damage()}) rather than thrown, so that the records before
 * it can still be read. Problems of the underlying stream itself are thrown.
 */
final class GzipInput extends InputStream implements DecodedInput {
    private static final int MAGIC_1 = 0x1f;
    private static final int MAGIC_2 = 0x8b;
    private static final int DEFLATE = 8;
    private static final int FLAG_HCRC = 2;
    private static final int FLAG_EXTRA = 4;
    private static final int FLAG_NAME = 8;
    private static final int FLAG_COMMENT = 16;
    private static final int FLAG_RESERVED = 0xe0;

    private enum State {
        /** At the start of the stream or after a member's trailer. */
        BETWEEN_MEMBERS,
        /** Inflating a member. */
        IN_MEMBER,
        /** Passing through what follows the last member, starting with {@link #pending}. */
        RAW,
        END
    }

    private final Input in;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private State state = State.BETWEEN_MEMBERS;
    private long produced;
    // the bytes read while looking for another member's magic, which RAW passes on first
    private final byte[] pending = new byte[2];
    private int pendingCount;
    private int pendingAt;
    private volatile Damage damage;
    private final byte[] one = new byte[1];

    GzipInput(InputStream compressed) {
        this.in = new Input(compressed);
    }

    /** Why the content stopped early, once {@link #read} has returned -1; null when it was sound. */
    @Override
    public Damage damage() {
        return damage;
    }

    /** Compressed bytes read so far (a buffer ahead of what was inflated). */
    @Override
    public long inputRead() {
        return in.total;
    }

    @Override
    public int read() throws IOException {
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        try {
            while (true) {
                switch (state) {
                    case END -> {
                        return -1;
                    }
                    case BETWEEN_MEMBERS -> nextMember();
                    case RAW -> {
                        return raw(b, off, len);
                    }
                    case IN_MEMBER -> {
                        int n = inflate(b, off, len);
                        if (n > 0) {
                            return n;
                        }
                    }
                }
            }
        } catch (Damage d) {
            damage = d;
            state = State.END;
            end();
            return -1;
        }
    }

    @Override
    public void close() throws IOException {
        end();
        in.in.close();
    }

    private void end() {
        state = State.END;
        inflater.end();
    }

    /** Starts the next member, or passes the rest through when it is not one, or ends. */
    private void nextMember() throws IOException {
        int b0 = in.read();
        if (b0 < 0) {
            end();
            return;
        }
        int b1 = b0 == MAGIC_1 ? in.read() : -1;
        if (b0 != MAGIC_1 || b1 != MAGIC_2) {
            // not another member: wiretap passes the rest through uncompressed
            pending[pendingCount++] = (byte) b0;
            if (b1 >= 0) {
                pending[pendingCount++] = (byte) b1;
            }
            state = State.RAW;
            return;
        }
        if (next1() != DEFLATE) {
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
        produced = 0;
        state = State.IN_MEMBER;
    }

    /**
     * Inflates into {@code b}; 0 when the member ended (its trailer checked) or more input was
     * needed first.
     */
    private int inflate(byte[] b, int off, int len) throws IOException {
        if (inflater.finished()) {
            // give back what the deflate stream did not use: the trailer and any next member
            in.pos -= inflater.getRemaining();
            long storedCrc = next4();
            long storedLength = next4();
            if (storedCrc != crc.getValue()) {
                throw new Damage(Damage.Kind.DECOMPRESS, "bad CRC");
            }
            if (storedLength != (produced & 0xffffffffL)) {
                throw new Damage(Damage.Kind.DECOMPRESS, "length field wrong");
            }
            state = State.BETWEEN_MEMBERS;
            return 0;
        }
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
        int n;
        try {
            n = inflater.inflate(b, off, len);
        } catch (DataFormatException e) {
            throw new Damage(Damage.Kind.DECOMPRESS, e.getMessage());
        }
        if (n > 0) {
            crc.update(b, off, n);
            produced += n;
        }
        return n;
    }

    /** What follows the last member, as it is. */
    private int raw(byte[] b, int off, int len) throws IOException {
        if (pendingAt < pendingCount) {
            int n = Math.min(len, pendingCount - pendingAt);
            System.arraycopy(pending, pendingAt, b, off, n);
            pendingAt += n;
            return n;
        }
        if (!in.fill()) {
            end();
            return -1;
        }
        int n = Math.min(len, in.limit - in.pos);
        System.arraycopy(in.buffer, in.pos, b, off, n);
        in.pos += n;
        return n;
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
        // read by the inflating thread, looked at by a progress report's
        volatile long total;

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
            total += limit;
            return n > 0;
        }

        int read() throws IOException {
            return fill() ? buffer[pos++] & 0xff : -1;
        }
    }
}
