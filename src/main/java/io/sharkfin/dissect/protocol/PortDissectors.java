package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.DissectorTable;
import io.sharkfin.dissect.Session;

/**
 * What the dissector a port table gives each port is in one session: none, one that does not
 * run, or one that runs. Found once per port: hand-off decisions ask for every segment or
 * datagram. Port 0 is never looked up, as the hand-offs never look it up.
 */
public final class PortDissectors {
    /** The port has no dissector. */
    public static final byte NONE = 1;
    /** The port's dissector does not run in the session (it takes the payload unrun). */
    public static final byte IDLE = 2;
    /** The port's dissector runs. */
    public static final byte RUNS = 3;

    private final Session session;
    private final DissectorTable table;
    // 0 not asked yet, else NONE, IDLE or RUNS; up to the table's largest port only: the
    // ephemeral ports of most datagrams and segments are above it, and a small array stays in
    // the CPU's caches
    private final byte[] known;

    /** The answers for a table whose dissectors are all registered. */
    public PortDissectors(Session session, DissectorTable table) {
        this.session = session;
        this.table = table;
        this.known = new byte[Math.min(65536, table.keyLimit())];
    }

    /** {@link #NONE}, {@link #IDLE} or {@link #RUNS} for a port (0–65535). */
    public byte of(int port) {
        if (port >= known.length) {
            return NONE;
        }
        byte k = known[port];
        if (k == 0) {
            Dissector d = port == 0 ? null : table.get(port);
            k = d == null ? NONE : session.active(d) ? RUNS : IDLE;
            known[port] = k;
        }
        return k;
    }
}
