package io.sharkfin.ioc;

/**
 * The bounds that keep the analysis' memory proportional to the number of distinct indicators
 * (names, hosts, User-Agents, fingerprints, certificates, client/server pairs), whatever the
 * number of frames. Past a bound the analysis goes on counting what it already tracks; new
 * entries are counted as dropped and the report says so.
 *
 * <p>Worst case, with every table full: about 200 bytes per indicator plus its kept frame
 * numbers (8 bytes each, at most {@link #FRAMES_KEPT}), and 17 bytes per kept cadence event:
 * roughly {@code indicators × (200 + 8 × 64) + pairs × events × 17} bytes, so ~70 MB for
 * 100,000 indicators and 1,000 pairs at their event bound. Measured (bench/iocs-bench.sh): the
 * analysis of big4.pcap (3.8 M frames) completes in a 32 MB heap.
 */
public final class Limits {
    private Limits() {
    }

    /** Frame numbers kept per indicator as evidence (the count and first/last are always exact). */
    public static final int FRAMES_KEPT = 64;
    /** Distinct entries per indicator table (DNS names, hosts, User-Agents, ...). */
    public static final int TABLE_ENTRIES = 100_000;
    /** Client/server pairs whose cadence is followed. */
    public static final int PAIRS = 20_000;
    /** Events (connections, look-ups, requests) kept per pair for the interval statistics. */
    public static final int EVENTS_PER_PAIR = 4_096;
    /** TCP or UDP conversations remembered at once (older ones are forgotten first). */
    public static final int OPEN_STREAMS = 1 << 16;
    /** Addresses whose first packet is remembered (for "first request after first packet"). */
    public static final int ADDRESSES = 1 << 20;
    /** Names kept per NXDOMAIN burst. */
    public static final int BURST_NAMES = 256;
    /** Values listed per indicator (clients, answers, servers). */
    public static final int VALUES_LISTED = 32;
}
