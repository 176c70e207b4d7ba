package io.sharkfin.rules;

import io.sharkfin.filter.FilterException;
import io.sharkfin.pack.PackLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code sharkfin rules --to suricata|bpf|sigma (FILTER | PACK...)}: detection rules from
 * display filters, each with its loss report; {@code --evidence FILE} checks them on a capture.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Turn display filters or packs into Suricata rules, BPF capture filters or Sigma rules.",
            "Every generated rule comes with a loss report: what the target cannot express, and",
            "whether the rule is therefore wider (more alerts) or narrower.", "",
            "  suricata  Suricata 7 rules; one rule per alternative of an 'or'. Keywords only Suricata 8",
            "            has (dns.rcode, dns.rrtype) are written as payload tests, and the report says so.",
            "  bpf       a pre-filter for live capture that keeps every matching frame:",
            "            (PLAIN) or (ESCAPES) or (vlan and ...), where PLAIN tests the outer headers",
            "            and ESCAPES keeps the ICMP errors, tunnels and fragments a filter cannot read.",
            "  sigma     rules for Zeek dns/http/x509 logs and the proxy category.", "",
            "Examples:",
            "  sharkfin rules --to suricata 'http.user_agent contains \"MSIE 6.0\"'",
            "  sharkfin rules --to suricata --sid 1500000 'tls.handshake.ja3 == \"e3b22a0e0413672580bbac532569895a\"'",
            "  sharkfin rules --to suricata filters/                 every shipped pack",
            "  sharkfin rules --to bpf 'ip.addr == 10.0.0.5 && tcp.port in {80, 443}'",
            "  sharkfin rules --to bpf filters/triage.yaml --evidence capture.pcap",
            "  sharkfin rules --to sigma filters/dns.yaml"})
public final class RulesCommand implements Callable<Integer> {
    /** Suricata reads a sid as an unsigned 32-bit number. */
    private static final long MAX_SID = 4_294_967_295L;

    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "TARGET", description = "suricata, bpf or sigma.")
    String to;

    @Parameters(paramLabel = "FILTER|PACK", arity = "1..*",
            description = "A display filter, or pack files / directories of packs.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--sid", paramLabel = "SID",
            description = "The first sid of the Suricata rules of a filter given alone (its alternatives take the"
                + " next ones). By default a block of ten in the local range 1000000-1999999 chosen by a hash"
                + " of the filter's text: the same filter always gets the same sids. A pack's rules take theirs"
                + " from the pack.")
    Long sid;

    @Option(names = "--evidence", paramLabel = "FILE",
            description = "Evaluate the source filters on this capture; for BPF also run the BPF and check it keeps every matching frame.")
    Path evidence;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GeneratedRule.Target target;
        try {
            target = GeneratedRule.Target.valueOf(to.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("sharkfin: --to is suricata, bpf or sigma, not " + to);
            return 2;
        }
        List<String> problems = new ArrayList<>();
        List<RuleSource> sources = new ArrayList<>();
        boolean packs = inputs.stream().allMatch(i -> Files.exists(Path.of(i)));
        if (packs && sid != null) {
            err.println("sharkfin: --sid is for a filter given alone; a pack's rules take their sids from the pack");
            return 2;
        }
        if (sid != null && (sid < 1 || sid > MAX_SID - (PackLoader.SIDS_PER_RULE - 1))) {
            err.println("sharkfin: --sid must leave room for " + PackLoader.SIDS_PER_RULE + " sids in 1.." + MAX_SID);
            return 2;
        }
        if (packs) {
            sources.addAll(RuleSources.fromPacks(inputs.stream().map(Path::of).toList(), problems));
        } else {
            try {
                String filter = String.join(" ", inputs);
                sources.add(sid == null ? RuleSource.of(filter) : RuleSource.of(filter, sid));
            } catch (FilterException e) {
                err.println("sharkfin: " + e.render());
                return 2;
            }
        }
        problems.forEach(err::println);
        List<Evidence.Rule> rules = new ArrayList<>();
        for (RuleSource s : sources) {
            rules.add(new Evidence.Rule(s, Generators.generate(target, s)));
        }
        // every rule checked in one pass over the capture
        List<Evidence.Report> reports = evidence == null ? null : new Evidence(evidence).checkAll(rules);
        boolean evidenceFailed = false;
        String comment = "# "; // a comment in Suricata rule files, shell scripts and YAML alike
        for (int i = 0; i < rules.size(); i++) {
            GeneratedRule g = rules.get(i).generated();
            if (target == GeneratedRule.Target.SIGMA) {
                out.println("---");
            }
            g.report(comment).forEach(out::println);
            if (!g.isEmpty()) {
                out.println(target == GeneratedRule.Target.SIGMA ? g.text().replaceFirst("^---\n", "") : g.text());
            }
            if (reports != null) {
                Evidence.Report r = reports.get(i);
                r.lines().forEach(l -> out.println(comment + "evidence: " + l));
                evidenceFailed |= !r.ok();
            }
            out.flush();
        }
        return !problems.isEmpty() || evidenceFailed ? 2 : 0;
    }
}
