package io.sharkfin.ioc.cadence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores how beacon-like a pair is, 0–100, and says why.
 *
 * <p>Up to 60 points come from timing alone: regular intervals (jitter, 45 %), symmetric
 * intervals (Bowley skew, 15 %), enough of them (25 %, full at 20 intervals) and, for
 * connections, the same amount of data each time (15 %). Up to 40 more come from
 * {@linkplain Cause causes} found elsewhere in the capture (a DGA-like name, a self-signed
 * certificate, an odd User-Agent, ...). A pair is <em>periodic</em> when at least
 * {@link #MIN_INTERVALS} intervals have a jitter of at most {@link #MAX_JITTER_PERCENT} %; it is
 * reported as a <em>beacon</em> only when it is periodic, has at least one cause and scores at
 * least {@link #BEACON_SCORE}: regular background traffic (NTP, update checks, a user reloading a
 * page) is listed with its cadence but not called command-and-control without cause. Services that
 * are periodic by design (NTP, NetBIOS, SSDP, DHCP, SNMP, syslog, mDNS, LLMNR) have their timing
 * points halved.
 */
public final class BeaconScorer {

    public static final int MIN_INTERVALS = 4;
    public static final double MAX_JITTER_PERCENT = 60;
    public static final int BEACON_SCORE = 55;
    private static final int MAX_CAUSE_POINTS = 40;

    private static final Map<Integer, String> PERIODIC_SERVICES = Map.ofEntries(
            Map.entry(123, "NTP"), Map.entry(137, "NetBIOS name service"),
            Map.entry(138, "NetBIOS datagrams"), Map.entry(1900, "SSDP"), Map.entry(67, "DHCP"),
            Map.entry(68, "DHCP"), Map.entry(546, "DHCPv6"), Map.entry(547, "DHCPv6"),
            Map.entry(161, "SNMP"), Map.entry(162, "SNMP traps"), Map.entry(514, "syslog"),
            Map.entry(3702, "WS-Discovery"), Map.entry(5353, "mDNS"), Map.entry(5355, "LLMNR"));

    /** The verdict on one pair. */
    public record Verdict(boolean periodic, boolean knownService, boolean beacon, int score,
                          List<String> reasons) {
    }

    /** The name of a service that is periodic by design on this pair's port, or null. */
    public static String periodicService(PairKey key) {
        if (key.kind() != PairKind.TCP && key.kind() != PairKind.UDP) {
            return null;
        }
        return PERIODIC_SERVICES.get(key.port());
    }

    public Verdict judge(PairKey key, CadenceStats st, List<Cause> causes) {
        List<String> reasons = new ArrayList<>();
        int n = st.intervalCount();
        double jitter = st.jitterPercent();
        boolean enough = n >= MIN_INTERVALS;
        boolean regular = enough && !Double.isNaN(jitter) && jitter <= MAX_JITTER_PERCENT;
        String service = periodicService(key);

        double timing = 0;
        if (n == 0) {
            reasons.add(st.events() <= 1 ? "a single event: no cadence" : "no usable interval");
        } else {
            double reg = clamp(1 - jitter / MAX_JITTER_PERCENT);
            double sym = 1 - Math.min(1, Math.abs(st.skew()));
            double count = clamp((n - 3) / 17.0);
            double size = Double.isNaN(st.bytesSpread()) ? 0.5 : clamp(1 - st.bytesSpread() / 0.5);
            timing = 60 * (0.45 * reg + 0.15 * sym + 0.25 * count + 0.15 * size);
            reasons.add(String.format(Locale.ROOT,
                    "%d %s, median %.2f s, MAD %.2f s (%.0f %% of the interval, about ±%.0f %% jitter)",
                    n, n == 1 ? "interval" : "intervals", st.median(), st.mad(), st.madPercent(), jitter));
            if (!enough) {
                reasons.add("too few intervals to call it periodic (at least " + MIN_INTERVALS + " needed)");
            } else if (!regular) {
                reasons.add(String.format(Locale.ROOT, "irregular: jitter above ±%.0f %%", MAX_JITTER_PERCENT));
            } else {
                reasons.add(Math.abs(st.skew()) <= 0.3
                        ? String.format(Locale.ROOT, "intervals spread evenly around the median (skew %.2f)", st.skew())
                        : String.format(Locale.ROOT, "intervals lopsided (skew %.2f)", st.skew()));
                if (!Double.isNaN(st.bytesSpread()) && st.bytesSpread() <= 0.1) {
                    reasons.add(String.format(Locale.ROOT,
                            "each connection carries about the same data (median %.0f bytes)", st.medianBytes()));
                }
            }
        }
        if (service != null) {
            timing /= 2;
            reasons.add(service + " (" + key.kind().word() + "/" + key.port() + ") is periodic by design");
        }
        int causePoints = 0;
        for (Cause c : causes) {
            causePoints += c.weight();
            reasons.add(c.text());
        }
        causePoints = Math.min(MAX_CAUSE_POINTS, causePoints);
        int score = (int) Math.round(timing + (regular ? causePoints : causePoints / 2.0));
        boolean beacon = regular && !causes.isEmpty() && score >= BEACON_SCORE;
        if (regular && causes.isEmpty()) {
            reasons.add("regular, but nothing else about it is suspicious: not called a beacon");
        }
        return new Verdict(regular, service != null, beacon, Math.min(100, score), List.copyOf(reasons));
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : Math.min(1, v);
    }
}
