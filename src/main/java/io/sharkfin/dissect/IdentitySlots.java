package io.sharkfin.dissect;

/**
 * The slots of a fixed-size identity table for the few objects a session looks up on every frame
 * (dissectors, state classes): open addressing by identity hash with linear probing, so that two
 * objects whose hashes share a slot each keep one instead of evicting each other on every frame
 * (with one slot per hash, a run whose identity hashes happened to collide for two busy
 * dissectors recomputed a route ~0.9 times per frame). Values live in the caller's arrays, at
 * the slot this finds. Keys are never removed; when every slot is taken, callers compute.
 */
final class IdentitySlots {
    /** {@link #find}'s answer when the key is absent and no slot is free. */
    static final int FULL = Integer.MIN_VALUE;

    // Object[], not the keys' type: a store into it needs no type check, which C2 would otherwise
    // speculate from the few key classes seen so far and trap (recompiling every method that
    // inlined the lookup) on each new one
    private final Object[] keys;
    private final int mask;

    /** A table of {@code size} slots, a power of two. */
    IdentitySlots(int size) {
        if (Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("size must be a power of two: " + size);
        }
        keys = new Object[size];
        mask = size - 1;
    }

    /** The slots in all. */
    int size() {
        return keys.length;
    }

    /**
     * The slot holding {@code key}; when absent, {@code ~slot} of the free slot where {@link #put}
     * places it, or {@link #FULL}.
     */
    int find(Object key) {
        int home = System.identityHashCode(key) & mask;
        // the common case, kept small enough to inline at every hand-off
        if (keys[home] == key) {
            return home;
        }
        return probe(key, home);
    }

    private int probe(Object key, int home) {
        for (int i = 0; i <= mask; i++) {
            int s = (home + i) & mask;
            Object k = keys[s];
            if (k == key) {
                return s;
            }
            if (k == null) {
                return ~s;
            }
        }
        return FULL;
    }

    /** Puts {@code key} in the free slot {@code ~missing} that {@link #find} gave; returns the slot. */
    int put(Object key, int missing) {
        int s = ~missing;
        keys[s] = key;
        return s;
    }
}
