package io.sharkfin.ioc;

import io.sharkfin.dissect.Packet;

/**
 * The frame being analysed, shared by the collectors: its number and time, and its innermost
 * addresses as text, formatted at most once per frame and only when a collector asks.
 */
public final class FrameContext {

    private final PacketValues values;
    private Packet packet;
    private long number;
    private long time;
    private String src;
    private String dst;
    private static final int SRC = 1;
    private static final int DST = 2;
    private int addressed;
    private final long[] srcKey = new long[3];
    private int keyed;

    public FrameContext(PacketValues values) {
        this.values = values;
    }

    void reset(Packet p) {
        packet = p;
        number = p.number();
        time = p.frame().timestampNanos();
        addressed = 0;
        keyed = 0;
        src = null;
        dst = null;
    }

    public Packet packet() {
        return packet;
    }

    public PacketValues values() {
        return values;
    }

    public IocFields fields() {
        return values.fields();
    }

    /** Frame number (1-based, as Wireshark counts). */
    public long number() {
        return number;
    }

    /** Timestamp, nanoseconds since the epoch. */
    public long time() {
        return time;
    }

    /** Innermost source address, or null. */
    public String src() {
        if ((addressed & SRC) == 0) {
            src = values.src(packet);
            addressed |= SRC;
        }
        return src;
    }

    /** Innermost destination address, or null. */
    public String dst() {
        if ((addressed & DST) == 0) {
            dst = values.dst(packet);
            addressed |= DST;
        }
        return dst;
    }

    /**
     * The innermost source address as numbers ({@link PacketValues#srcKey}), read once per frame;
     * null without an IP layer. The array is reused for the next frame.
     */
    public long[] srcKey() {
        if (keyed == 0) {
            keyed = values.srcKey(packet, srcKey) ? 1 : -1;
        }
        return keyed > 0 ? srcKey : null;
    }
}
