package io.sharkfin.ioc.report;

import java.util.List;

/** Cadence records: one per client and server (or name) pair. */
public final class CadenceReport {
    private CadenceReport() {
    }

    /** Intervals that grow after failures: a client backing off. */
    public record Backoff(int steps, double fromSeconds, double toSeconds, String description) {
    }

    /** Failed attempts followed quickly by another attempt. */
    public record Retry(int count, double medianRetrySeconds, String description) {
    }

    /**
     * The timing of one pair: {@code kind} is {@code tcp} (connections), {@code udp} (flows),
     * {@code dns} (look-ups of a name) or {@code http} (requests to a host). Events closer than a
     * second are one event ({@code attempts} counts them all). Intervals are between events:
     * median, median absolute deviation (MAD, seconds and % of the median), jitter as the
     * ± spread a uniformly jittered timer with that MAD has (2 × MAD / median), Bowley skew.
     * {@code score} (0–100) and {@code reasons} say how beacon-like the pair is; {@code beacon}
     * is set only when the timing is regular <em>and</em> something else about the pair is
     * suspicious.
     */
    public record Pair(String kind, String client, String server, Integer port, String name,
                       List<String> names, long events, long attempts, long failures,
                       int intervals, double medianInterval, double madSeconds, double madPercent,
                       double jitterPercent, double skew, Double medianBytes, Backoff backoff,
                       Retry retry, boolean periodic, boolean knownPeriodicService, boolean beacon,
                       int score, List<String> reasons, List<Double> eventOffsets,
                       List<Double> intervalSeconds, EvidenceReport evidence) {

        /** "127.0.0.2 → qagio7jq5oqf.top (127.0.0.66:443/tcp)" */
        public String label() {
            StringBuilder sb = new StringBuilder(client).append(" → ");
            if (name != null && !name.equals(server)) {
                sb.append(name);
                if (server != null) {
                    sb.append(" (").append(server);
                    if (port != null) {
                        sb.append(':').append(port);
                    }
                    sb.append('/').append(kind).append(')');
                } else {
                    sb.append(" (").append(kind).append(')');
                }
            } else {
                sb.append(server);
                if (port != null) {
                    sb.append(':').append(port);
                }
                sb.append('/').append(kind);
            }
            return sb.toString();
        }
    }
}
