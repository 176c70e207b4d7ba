package io.sharkfin.dissect.protocol.http;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Wireshark's {@code tvb_uncompress} for gzip and deflate bodies: zlib format first; on a data
 * error before any output, a gzip header is skipped and zlib tried again, then raw deflate. Data
 * that ends early gives what was inflated so far (possibly nothing: an empty result, not a
 * failure); a data error before any output is a failure (null).
 *
 * <p>Output is produced in passes of a buffer twice the input size (between 32 KiB and 10 MiB),
 * as Wireshark does; a pass that ends in a data error is discarded. Unlike Wireshark, the total
 * output is capped at {@link #MAX_OUTPUT} bytes, so that a compression bomb cannot exhaust memory:
 * a body inflating to more is cut there.
 */
final class BodyInflater {
    private BodyInflater() {
    }

    /** The most a body is inflated to (64 MiB). */
    static final int MAX_OUTPUT = 64 << 20;

    private static final int MIN_PASS = 32768;
    private static final int MAX_PASS = 10 << 20;

    /** Result of one attempt: the output, or why there is none. */
    private enum Outcome { DONE, DATA_ERROR_NO_OUTPUT, STUCK_NO_OUTPUT }

    static byte[] inflate(byte[] in) {
        if (in.length == 0) {
            return null;
        }
        int pass = Math.max(MIN_PASS, Math.min(MAX_PASS, in.length * 2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Outcome first = attempt(in, 0, in.length, false, pass, out);
        if (first != Outcome.DATA_ERROR_NO_OUTPUT) {
            return first == Outcome.DONE ? out.toByteArray() : null;
        }
        int from = 0;
        int inits = 1;
        if (in.length >= 2 && (in[0] & 0xff) == 0x1f && (in[1] & 0xff) == 0x8b) {
            from = gzipHeaderEnd(in);
            if (from < 0) {
                return null;
            }
            inits++;
            Outcome again = attempt(in, from, in.length - from, false, pass, out);
            if (again != Outcome.DATA_ERROR_NO_OUTPUT) {
                return again == Outcome.DONE ? out.toByteArray() : null;
            }
        }
        // raw deflate, tried while at most three initialisations were done
        while (inits <= 3) {
            inits++;
            Outcome rawOutcome = attempt(in, from, in.length - from, true, pass, out);
            if (rawOutcome != Outcome.DATA_ERROR_NO_OUTPUT) {
                return rawOutcome == Outcome.DONE ? out.toByteArray() : null;
            }
        }
        return null;
    }

    /** Offset just past a gzip member header, or -1 when it is malformed. */
    private static int gzipHeaderEnd(byte[] in) {
        if (in.length < 10 || (in[2] & 0xff) != 8) {
            return -1;
        }
        int flags = in[3] & 0xff;
        int c = 10;
        if ((flags & 4) != 0) {
            int xsize = 0;
            if (c < in.length) {
                xsize += in[c++] & 0xff;
            }
            if (c < in.length) {
                xsize += (in[c++] & 0xff) << 8;
            }
            c += xsize;
        }
        for (int bit : new int[] {8, 16}) {
            if ((flags & bit) != 0) {
                while (c < in.length && in[c] != 0) {
                    c++;
                }
                c++;
            }
        }
        return c > in.length ? -1 : c;
    }

    private static Outcome attempt(byte[] in, int off, int len, boolean raw, int pass, ByteArrayOutputStream out) {
        Inflater inf = new Inflater(raw);
        try {
            inf.setInput(in, off, len);
            byte[] buf = new byte[pass];
            boolean any = false;
            while (true) {
                int filled = 0;
                long readBefore = inf.getBytesRead();
                try {
                    while (filled < pass && !inf.finished()) {
                        int n = inf.inflate(buf, filled, pass - filled);
                        if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                            break;
                        }
                        filled += n;
                    }
                } catch (DataFormatException e) {
                    return any ? Outcome.DONE : Outcome.DATA_ERROR_NO_OUTPUT;
                }
                boolean progress = filled > 0 || inf.getBytesRead() > readBefore || inf.finished();
                if (!progress) {
                    // zlib's Z_BUF_ERROR: keep what there is, fail when there is nothing yet
                    return any ? Outcome.DONE : Outcome.STUCK_NO_OUTPUT;
                }
                any = true;
                int room = MAX_OUTPUT - out.size();
                out.write(buf, 0, Math.min(filled, room));
                if (inf.finished() || room <= filled) {
                    return Outcome.DONE;
                }
            }
        } finally {
            inf.end();
        }
    }
}
