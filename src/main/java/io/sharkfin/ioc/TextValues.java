package io.sharkfin.ioc;

import io.sharkfin.dissect.Packet;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * String values of packet fields (names, hosts, User-Agents, fingerprints) as one shared
 * {@link String} per distinct value: indicators repeat, so the bytes of an entry are looked up
 * in a table of the values seen before instead of being decoded again. A repeat costs a hash over
 * the bytes and a comparison, allocates nothing, and returns the same String instance, whose
 * hash code is already computed for the collectors' maps.
 *
 * <p>Memory is bounded: at most {@link #SLOTS} values up to {@link #MAX_LENGTH} bytes are kept
 * (longer values are decoded every time); when the table is full it starts over. The table is
 * small on purpose: a lookup that misses the processor's caches costs more than decoding again.
 */
public final class TextValues {

    static final int SLOTS = 1 << 12;
    static final int MAX_LENGTH = 256;
    private static final int MASK = SLOTS * 2 - 1;

    private final byte[][] keys = new byte[SLOTS * 2][];
    private final String[] texts = new String[SLOTS * 2];
    private final int[] hashes = new int[SLOTS * 2];
    private final byte[] scratch = new byte[MAX_LENGTH];
    private int size;

    /** The value of a string entry, as {@link Packet#string} decodes it. */
    public String of(Packet p, int e) {
        int len = p.len(e);
        if (len > MAX_LENGTH) {
            return p.string(e);
        }
        // one bulk copy: reading a segment byte by byte costs a bounds check per byte
        p.copyBytes(e, scratch, 0);
        int h = hash(scratch, len);
        int i = h & MASK;
        for (byte[] k = keys[i]; k != null; k = keys[i]) {
            if (hashes[i] == h && Arrays.equals(k, 0, k.length, scratch, 0, len)) {
                return texts[i];
            }
            i = (i + 1) & MASK;
        }
        if (size == SLOTS) {
            clear();
            i = h & MASK;
        }
        byte[] bytes = Arrays.copyOf(scratch, len);
        String text = new String(bytes, StandardCharsets.UTF_8);
        keys[i] = bytes;
        texts[i] = text;
        hashes[i] = h;
        size++;
        return text;
    }

    private static int hash(byte[] b, int len) {
        int h = len;
        for (int i = 0; i < len; i++) {
            h = 31 * h + b[i];
        }
        // spread the low bits, which pick the slot
        return h ^ (h >>> 16) ^ (h >>> 7);
    }

    private void clear() {
        Arrays.fill(keys, null);
        Arrays.fill(texts, null);
        size = 0;
    }

    /** Distinct values held now. */
    int size() {
        return size;
    }
}
