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
    private boolean addressed;

    public FrameContext(PacketValues values) {
        this.values = values;
    }

    void reset(Packet p) {
        packet = p;
        number = p.number();
        time = p.frame().timestampNanos();
        addressed = false;
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
        address();
        return src;
    }

    /** Innermost destination address, or null. */
    public String dst() {
        address();
        return dst;
    }

    private void address() {
        if (!addressed) {
            src = values.src(packet);
            dst = values.dst(packet);
            addressed = true;
        }
    }
}
