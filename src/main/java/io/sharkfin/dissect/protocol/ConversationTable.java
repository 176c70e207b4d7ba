package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Packet;

import java.util.Arrays;

/**
 * Numbers the conversations of one transport protocol as Wireshark does (the address pair and the
 * port pair, either way round, in order of first appearance), and keeps per-conversation times.
 * Lookups of known conversations allocate nothing: keys live in parallel primitive arrays of an
 * open-addressing hash table.
 */
final class ConversationTable {
    private static final int KEY_LONGS = 5; // aHi, aLo, bHi, bLo, family<<32 | aPort<<16 | bPort

    private long[] keys = new long[KEY_LONGS * 64];
    private int[] slots = new int[64];      // conversation index + 1, 0 = empty
    private long[] firstTime = new long[32];
    private long[] previousTime = new long[32];
    private int count;

    /** Number of conversations seen. */
    int size() {
        return count;
    }

    /**
     * The index of the conversation of the packet's current addresses and the given ports,
     * created (with {@code now} as its first and previous time) when new.
     */
    int lookup(Packet p, int srcPort, int dstPort, long now) {
        long sHi = p.netSrcHi();
        long sLo = p.netSrcLo();
        long dHi = p.netDstHi();
        long dLo = p.netDstLo();
        boolean swap = !Endpoints.sourceIsFirst(sHi, sLo, srcPort, dHi, dLo, dstPort);
        long aHi = swap ? dHi : sHi;
        long aLo = swap ? dLo : sLo;
        long bHi = swap ? sHi : dHi;
        long bLo = swap ? sLo : dLo;
        int aPort = swap ? dstPort : srcPort;
        int bPort = swap ? srcPort : dstPort;
        long ports = ((long) p.netFamily() << 32) | ((long) aPort << 16) | bPort;
        int mask = slots.length - 1;
        int h = hash(aHi, aLo, bHi, bLo, ports) & mask;
        while (slots[h] != 0) {
            int k = h * KEY_LONGS;
            if (keys[k] == aHi && keys[k + 1] == aLo && keys[k + 2] == bHi && keys[k + 3] == bLo
                    && keys[k + 4] == ports) {
                return slots[h] - 1;
            }
            h = (h + 1) & mask;
        }
        int index = count++;
        int k = h * KEY_LONGS;
        keys[k] = aHi;
        keys[k + 1] = aLo;
        keys[k + 2] = bHi;
        keys[k + 3] = bLo;
        keys[k + 4] = ports;
        slots[h] = index + 1;
        if (index == firstTime.length) {
            firstTime = Arrays.copyOf(firstTime, index * 2);
            previousTime = Arrays.copyOf(previousTime, index * 2);
        }
        firstTime[index] = now;
        previousTime[index] = now;
        if (count * 2 > slots.length) {
            rehash();
        }
        return index;
    }

    long firstTime(int conversation) {
        return firstTime[conversation];
    }

    /** Returns the previous time of the conversation and records {@code now} as the new one. */
    long swapPreviousTime(int conversation, long now) {
        long before = previousTime[conversation];
        previousTime[conversation] = now;
        return before;
    }

    private static int hash(long aHi, long aLo, long bHi, long bLo, long ports) {
        long h = aHi * 0x9E3779B97F4A7C15L;
        h = (h ^ aLo) * 0x9E3779B97F4A7C15L;
        h = (h ^ bHi) * 0x9E3779B97F4A7C15L;
        h = (h ^ bLo) * 0x9E3779B97F4A7C15L;
        h = (h ^ ports) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] == 0) {
                continue;
            }
            int k = i * KEY_LONGS;
            int h = hash(oldKeys[k], oldKeys[k + 1], oldKeys[k + 2], oldKeys[k + 3], oldKeys[k + 4]) & mask;
            while (slots[h] != 0) {
                h = (h + 1) & mask;
            }
            System.arraycopy(oldKeys, k, keys, h * KEY_LONGS, KEY_LONGS);
            slots[h] = oldSlots[i];
        }
    }
}
