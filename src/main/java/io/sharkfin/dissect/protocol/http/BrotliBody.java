package io.sharkfin.dissect.protocol.http;

import org.brotli.dec.BrotliInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Wireshark's {@code tvb_uncompress_brotli} for bodies with {@code Content-Encoding: br}: the
 * decoded body, or null for a stream that is corrupt or followed by other bytes.
 *
 * <p>A stream cut short (a body whose end the capture lacks) is null too, where Wireshark's
 * decoder gives what it decoded before the cut: this one (Google's, in Java) reads on past the
 * end of its input as if zeros followed, and may hand over text decoded from them before it
 * finds the stream broken, so none of its output can be trusted then.
 *
 * <p>Output is capped at {@link BodyInflater#MAX_OUTPUT} bytes, as gzip's is, so that a
 * compression bomb cannot exhaust memory: a body decoding to more is cut there.
 */
final class BrotliBody {
    private BrotliBody() {
    }

    private static final int READ = 16384;

    static byte[] decode(byte[] in) {
        if (in.length == 0) {
            return null;
        }
        byte[] out = new byte[(int) Math.min(BodyInflater.MAX_OUTPUT, Math.max(READ, 4L * in.length))];
        int n = 0;
        ByteArrayInputStream source = new ByteArrayInputStream(in);
        try (BrotliInputStream brotli = new BrotliInputStream(source)) {
            while (n < BodyInflater.MAX_OUTPUT) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, (int) Math.min(BodyInflater.MAX_OUTPUT, 2L * out.length));
                }
                int r = brotli.read(out, n, Math.min(READ, out.length - n));
                if (r < 0) {
                    // bytes after the stream's end: the decoder checks those it has read, and
                    // leaves unread those beyond its buffer
                    if (source.available() > 0) {
                        return null;
                    }
                    break;
                }
                n += r;
            }
        } catch (IOException | RuntimeException e) {
            // a data error (or a cut), or one of the decoder's own checks on hostile input
            return null;
        }
        return Arrays.copyOf(out, n);
    }
}
