package io.sharkfin.ioc.dns;

import io.sharkfin.filter.runtime.ByteRegex;
import io.sharkfin.ioc.DistinctValues;
import io.sharkfin.ioc.Evidence;
import io.sharkfin.ioc.Evidences;
import io.sharkfin.ioc.FilterText;
import io.sharkfin.ioc.ReportContext;
import io.sharkfin.ioc.dga.PublicSuffixes;
import io.sharkfin.ioc.report.DnsReport.Zone;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Zones under which many distinct names were asked, from the names the DNS collector kept: the
 * names of one registered domain grouped under their common suffix, with how long and how random
 * the part before it is. DNS tunnels (dnscat2, iodine) and exfiltration put encoded data there:
 * many distinct names, long labels, characters as varied as hex or base32, and record types that
 * carry data back (TXT, NULL, CNAME, MX). Blocklist look-ups (reversed addresses) and CDN names
 * are many but short, and are listed without a tunnel score.
 *
 * <p>Computed once at report time from the per-name tables, so it costs nothing per frame; a
 * name the table dropped (its bound reached) is missing here too, which the report's drop list
 * says.
 */
final class DnsZones {
    /** A zone is listed from this many distinct names. */
    static final int LISTED_FROM = 10;
    /** Zones listed at most. */
    static final int MAX_ZONES = 50;
    private static final int EXAMPLES = 3;
    /** Record types that bring data back in their answers. */
    private static final Set<String> CARRIERS = Set.of("TXT", "NULL", "CNAME", "MX", "ANY", "PRIVATE", "SRV");

    private DnsZones() {
    }

    /** A kept name with its lower-case form, which grouping, the zone and the prefixes read. */
    private record Named(NameStats stats, String lower) {
    }

    static List<Zone> of(Collection<NameStats> names, PublicSuffixes suffixes, ReportContext ctx) {
        Map<String, List<Named>> groups = new LinkedHashMap<>();
        for (NameStats ns : names) {
            String lower = ns.name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".arpa") || lower.endsWith(".local") || lower.indexOf('.') < 0) {
                continue; // reverse look-ups and mDNS: many names by design
            }
            int labels = lower.split("\\.", -1).length;
            int registered = Math.min(labels, suffixes.suffixLabels(lower) + 1);
            groups.computeIfAbsent(lastLabels(lower, registered), k -> new ArrayList<>()).add(new Named(ns, lower));
        }
        List<Zone> out = new ArrayList<>();
        for (List<Named> group : groups.values()) {
            if (group.size() >= LISTED_FROM) {
                out.add(zone(group, ctx));
            }
        }
        out.sort(Comparator.comparingInt(Zone::tunnelScore).reversed().thenComparing(Comparator.comparingInt(Zone::names).reversed()));
        return out.size() > MAX_ZONES ? List.copyOf(out.subList(0, MAX_ZONES)) : out;
    }

    private static Zone zone(List<Named> group, ReportContext ctx) {
        String zone = commonSuffix(group);
        long queries = 0;
        long prefixChars = 0;
        int maxLength = 0;
        int[] counts = new int[128];
        int other = 0;
        boolean reversedAddresses = true;
        Set<String> types = new LinkedHashSet<>();
        DistinctValues clients = new DistinctValues();
        List<Evidence> parts = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        for (Named named : group) {
            NameStats ns = named.stats();
            // the zone is a suffix of the lower-case name (lower-casing may change a name's length)
            String prefix = named.lower().substring(0, Math.max(0, named.lower().length() - zone.length() - 1));
            queries += ns.queries;
            prefixChars += prefix.length();
            maxLength = Math.max(maxLength, ns.name.length());
            for (int i = 0; i < prefix.length(); i++) {
                char c = prefix.charAt(i);
                if (c == '.') {
                    continue;
                }
                if (c < 128) {
                    counts[c]++;
                } else {
                    other++;
                }
                reversedAddresses &= c >= '0' && c <= '9';
            }
            types.addAll(ns.types);
            ns.clients.list().forEach(clients::add);
            parts.add(ns.evidence);
            if (examples.size() < EXAMPLES) {
                examples.add(ns.name);
            }
        }
        double meanPrefix = (double) prefixChars / group.size();
        double entropy = entropy(counts, other);
        List<String> reasons = new ArrayList<>();
        int score = score(group.size(), meanPrefix, entropy, types, reversedAddresses, zone, reasons);
        String filter = FilterText.matches("dns.qry.name", "(?i)(^|\\.)" + ByteRegex.literal(zone) + "$");
        return new Zone(zone, group.size(), queries, round(meanPrefix), maxLength, round(entropy), List.copyOf(types),
                clients.list(), examples, score, reasons, Evidences.union(parts, ctx.filter(filter), ctx.captureStart()));
    }

    /**
     * The tunnel score (0-100) with its reasons: many distinct names with long prefixes are the
     * base; very long prefixes, many names, encoded-looking characters and data-carrying record
     * types add to it. Reversed addresses (blocklists) score nothing.
     */
    private static int score(int names, double meanPrefix, double entropy, Set<String> types, boolean reversedAddresses,
                             String zone, List<String> reasons) {
        if (reversedAddresses) {
            reasons.add("the names are reversed addresses under " + zone + ": blocklist or reputation look-ups");
            return 0;
        }
        if (names < 20 || meanPrefix < 20) {
            return 0;
        }
        int score = 50;
        reasons.add(String.format(Locale.ROOT, "%.1f characters before %s on average", meanPrefix, zone));
        if (meanPrefix >= 40) {
            score += 10;
            reasons.add("labels long enough to carry data (up to 63 characters each)");
        }
        if (names >= 100) {
            score += 10;
            reasons.add("more than 100 names: a steady stream rather than a few look-ups");
        }
        if (entropy >= 3.5) {
            score += 15;
            reasons.add(String.format(Locale.ROOT, "characters as varied as encoded data (%.2f bits each; hex is 4)", entropy));
        }
        Set<String> carriers = new LinkedHashSet<>(types);
        carriers.retainAll(CARRIERS);
        if (!carriers.isEmpty()) {
            score += 10;
            reasons.add("asked as " + String.join(", ", carriers) + ", records whose answers carry data back");
        }
        return Math.min(95, score);
    }

    /** Shannon entropy in bits per character of the counted characters. */
    private static double entropy(int[] counts, int other) {
        long total = other;
        for (int c : counts) {
            total += c;
        }
        if (total == 0) {
            return 0;
        }
        double h = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = (double) c / total;
                h -= p * Math.log(p) / Math.log(2);
            }
        }
        if (other > 0) {
            double p = (double) other / total;
            h -= p * Math.log(p) / Math.log(2);
        }
        return h;
    }

    /** The longest suffix of whole labels the group's names share (lower case). */
    private static String commonSuffix(List<Named> group) {
        String[] common = group.getFirst().lower().split("\\.", -1);
        int n = common.length;
        for (Named named : group) {
            String[] labels = named.lower().split("\\.", -1);
            int k = 0;
            while (k < n && k < labels.length && labels[labels.length - 1 - k].equals(common[common.length - 1 - k])) {
                k++;
            }
            n = k;
        }
        return lastLabels(String.join(".", common), Math.max(1, n));
    }

    private static String lastLabels(String name, int k) {
        int at = name.length();
        for (int i = 0; i < k; i++) {
            int dot = name.lastIndexOf('.', at - 1);
            if (dot < 0) {
                return name;
            }
            at = dot;
        }
        return name.substring(at + 1);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
