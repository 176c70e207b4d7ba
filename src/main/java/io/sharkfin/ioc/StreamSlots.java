package io.sharkfin.ioc;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A value per TCP stream for the streams seen last (a connection's SNI, its identification
 * lines, its last USER): a fixed table indexed by the stream number modulo its size, so memory
 * stays bounded whatever the capture holds; a stream whose slot a later stream took reads as
 * absent. Stream -1 (no TCP stream) has no slot.
 */
public final class StreamSlots<T> {
    private final long[] streams;
    private final Object[] values;

    public StreamSlots(int size) {
        streams = new long[size];
        values = new Object[size];
        Arrays.fill(streams, -1);
    }

    /** The value of {@code stream}, or null. */
    @SuppressWarnings("unchecked")
    public T get(long stream) {
        if (stream < 0) {
            return null;
        }
        int slot = (int) (stream % streams.length);
        return streams[slot] == stream ? (T) values[slot] : null;
    }

    /** Gives {@code stream} its value, taking its slot from any other stream. */
    public void put(long stream, T value) {
        if (stream >= 0) {
            int slot = (int) (stream % streams.length);
            streams[slot] = stream;
            values[slot] = value;
        }
    }

    /** The value of {@code stream}, made by {@code init} when it has none (null without a stream). */
    public T computeIfAbsent(long stream, Supplier<T> init) {
        T v = get(stream);
        if (v == null && stream >= 0) {
            v = init.get();
            put(stream, v);
        }
        return v;
    }
}
