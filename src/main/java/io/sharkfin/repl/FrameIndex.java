package io.sharkfin.repl;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers {@code capinfos} reports for a capture ({@link CaptureInfo}), from one pass over it
 * without dissection. It keeps nothing per frame: a command that shows a frame dissects it
 * ({@link TreeCursor}).
 */
final class FrameIndex {

    private final CaptureInfo info;

    private FrameIndex(CaptureInfo info) {
        this.info = info;
    }

    /** Reads every frame of {@code reader}, stopping at damage (which {@link CaptureInfo#damage()} reports). */
    static FrameIndex build(CaptureReader reader, String fileName, long fileSize) {
        Frame f = new Frame();
        long n = 0;
        long data = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long previous = Long.MIN_VALUE;
        boolean strict = true;
        boolean micro = true;
        Map<Integer, Long> links = new LinkedHashMap<>();
        String damage = null;
        while (true) {
            try {
                if (!reader.next(f)) {
                    break;
                }
            } catch (CaptureException e) {
                damage = e.getMessage();
                break;
            }
            n++;
            data += f.originalLength();
            long t = f.timestampNanos();
            first = Math.min(first, t);
            last = Math.max(last, t);
            strict &= t >= previous;
            previous = t;
            micro &= t % 1000 == 0;
            links.merge(f.linkType(), 1L, Long::sum);
        }
        CaptureInfo info = new CaptureInfo(fileName, reader.format(), fileSize, n, data,
                n == 0 ? 0 : first, n == 0 ? 0 : last, strict, micro, links, damage);
        return new FrameIndex(info);
    }

    CaptureInfo info() {
        return info;
    }

    /** Number of frames read. */
    long frames() {
        return info.frames();
    }
}
