package io.sharkfin.ioc.report;

import java.util.List;
import java.util.Map;

/** DNS indicators: queried names, clients, NXDOMAIN bursts, zones with many names. */
public record DnsReport(long queries, long responses, List<Name> names, List<Client> clients,
                        List<Burst> nxdomainBursts, List<Zone> zones) {

    /** A DGA-likeness score (0–100) for a name, with the reasons in plain words. */
    public record Dga(int score, String label, List<String> reasons) {
    }

    /**
     * A queried name: query and response frames, who asked, what came back. The evidence is every
     * frame whose question is this name ({@code dns.qry.name == "..."}).
     */
    public record Name(String name, long queries, long responses, List<String> clients,
                       List<String> answers, Map<String, Long> rcodes, List<String> types, Dga dga,
                       EvidenceReport evidence) {
    }

    /** A client's look-ups: queries it sent, responses it got, how many said NXDOMAIN. */
    public record Client(String client, long queries, long responses, long nxdomain,
                         double nxdomainRatio, EvidenceReport evidence, EvidenceReport nxdomainEvidence) {
    }

    /**
     * A zone under which at least ten distinct names were asked (the common suffix of one
     * registered domain's names): how long the part before it is on average ({@code meanPrefix},
     * characters), the longest name, the entropy of the prefixes' characters (bits per
     * character), the query types, the clients, a few names, and a DNS-tunnel score (0-100) with
     * its reasons. The evidence is every frame whose question is in the zone.
     */
    public record Zone(String zone, int names, long queries, double meanPrefix, int maxNameLength, double entropy,
                       List<String> types, List<String> clients, List<String> examples, int tunnelScore,
                       List<String> reasons, EvidenceReport evidence) {
    }

    /** A name of a burst with its DGA score. */
    public record ScoredName(String name, int dga) {
    }

    /** The successful look-up that came right after a burst (the name the generator found alive). */
    public record FollowUp(String name, long frame, String time, double afterSeconds,
                           List<String> answers, int dga, String why) {
    }

    /**
     * NXDOMAIN answers to one client in quick succession for many distinct names; the evidence is
     * the NXDOMAIN responses. A later burst of the same client for the same names is counted in
     * {@code occurrences} (times are those of the first).
     */
    public record Burst(String client, int distinctNames, int occurrences, String start, String end,
                        double duration, double startRel, int meanDga, int minDga, List<ScoredName> names,
                        FollowUp followedBy, EvidenceReport evidence) {
    }
}
