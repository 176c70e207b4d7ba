package io.sharkfin.capture;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;

/**
 * A stream that gives at most a few bytes a read and has nothing ready between reads, as a
 * pipe whose writer is slower than its reader; seeded by {@code seed}.
 */
public final class Trickle extends FilterInputStream {
    private final Random random;

    public Trickle(InputStream in, long seed) {
        super(in);
        random = new Random(seed);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int most = switch (random.nextInt(4)) {
            case 0 -> 1;
            case 1 -> 1 + random.nextInt(100);
            case 2 -> 1 + random.nextInt(70_000);
            default -> len;
        };
        return super.read(b, off, Math.min(len, most));
    }

    @Override
    public int available() throws IOException {
        return random.nextBoolean() ? 0 : Math.min(super.available(), random.nextInt(5_000));
    }
}
