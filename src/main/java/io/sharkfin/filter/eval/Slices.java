package io.sharkfin.filter.eval;

import io.sharkfin.filter.syntax.LayerRange;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Wireshark's {@code fvalue_slice}: the bytes of each range, concatenated. A range that falls
 * outside the value stops the slice there, keeping what the earlier ranges took (so
 * {@code frame[200:2]} of a 176-byte frame is empty, not an error).
 */
public final class Slices {
    private Slices() {
    }

    public static byte[] take(byte[] value, List<LayerRange> ranges) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = value.length;
        for (LayerRange r : ranges) {
            int start = r.start();
            if (start < 0) {
                start += n;
                if (start < 0) {
                    break;
                }
            }
            int length;
            switch (r.kind()) {
                case TO_THE_END -> {
                    length = n - start;
                    if (length <= 0) {
                        return out.toByteArray();
                    }
                }
                case LENGTH, SINGLE -> {
                    length = r.lengthOrEnd();
                    if (start + length > n) {
                        return out.toByteArray();
                    }
                }
                case OFFSET -> {
                    int end = r.lengthOrEnd();
                    if (end < 0) {
                        end += n;
                        if (end < start) {
                            return out.toByteArray();
                        }
                    } else if (end >= n) {
                        return out.toByteArray();
                    }
                    length = end - start + 1;
                }
                default -> throw new IllegalStateException(r.kind().toString());
            }
            if (length <= 0 || start >= n) {
                return out.toByteArray();
            }
            out.write(value, start, length);
        }
        return out.toByteArray();
    }
}
