package io.sharkfin.dissect.protocol.tls;

import java.util.Arrays;

/**
 * A handshake message that spans records (Wireshark's TLS handshake reassembly table): the bytes
 * seen so far and the frames they came in. One per direction of a connection.
 *
 * <p>Bounded: a message longer than {@link #MAX_BYTES} is abandoned (its fragments are shown as
 * fragments, never reassembled), so a peer announcing a 16 MiB message cannot make sharkfin hold
 * 16 MiB.
 */
final class HandshakeReassembly {
    /** Largest handshake message reassembled (certificate chains rarely pass 64 KiB). */
    static final int MAX_BYTES = 1 << 20;
    private static final int MAX_FRAGMENTS = 4096;

    private byte[] data = new byte[0];
    private int length;
    private long[] frames = new long[4];
    private int[] sizes = new int[4];
    private int fragmentCount;
    private boolean active;
    private int messageType;

    boolean active() {
        return active;
    }

    /** Starts a message with its first bytes. */
    void start(byte[] first, long frame) {
        active = true;
        length = 0;
        fragmentCount = 0;
        messageType = first.length > 0 ? first[0] & 0xff : 0;
        append(first, frame);
    }

    void append(byte[] more, long frame) {
        if (length + more.length > MAX_BYTES || fragmentCount >= MAX_FRAGMENTS) {
            abandon();
            return;
        }
        if (length + more.length > data.length) {
            data = Arrays.copyOf(data, Math.max(length + more.length, data.length * 2));
        }
        System.arraycopy(more, 0, data, length, more.length);
        length += more.length;
        if (fragmentCount == frames.length) {
            frames = Arrays.copyOf(frames, fragmentCount * 2);
            sizes = Arrays.copyOf(sizes, fragmentCount * 2);
        }
        sizes[fragmentCount] = more.length;
        frames[fragmentCount++] = frame;
    }

    void abandon() {
        active = false;
        length = 0;
        fragmentCount = 0;
        data = new byte[0];
    }

    int length() {
        return length;
    }

    int messageType() {
        return messageType;
    }

    /** The first {@code n} bytes buffered (n at most {@link #length()}). */
    byte[] head(int n) {
        return Arrays.copyOf(data, Math.min(n, length));
    }

    byte[] bytes() {
        return Arrays.copyOf(data, length);
    }

    int fragmentCount() {
        return fragmentCount;
    }

    long fragmentFrame(int i) {
        return frames[i];
    }

    /** How many bytes fragment {@code i} added. */
    int fragmentSize(int i) {
        return sizes[i];
    }

    /** Ends the message after the caller took its bytes. */
    void finish() {
        active = false;
        length = 0;
        fragmentCount = 0;
        if (data.length > 65536) {
            data = new byte[0];
        }
    }
}
