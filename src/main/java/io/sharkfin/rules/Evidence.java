package io.sharkfin.rules;

import io.sharkfin.capture.Bpf;
import io.sharkfin.capture.CaptureException;
import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterBank;
import io.sharkfin.filter.FilterException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The self-test of generated rules on a capture: the source filter is evaluated on every frame;
 * for BPF, the generated capture filter (compiled by libpcap for each link type met) runs on the
 * same frames and must keep every frame the filter matches. All the rules of a run are checked
 * in one pass over the capture.
 */
public final class Evidence {
    private final Path capture;

    public Evidence(Path capture) {
        this.capture = capture;
    }

    /** What the check found: lines to print, and whether it passed. */
    public record Report(boolean ok, List<String> lines, long matched, long kept, List<Long> missed) {
        public Report {
            lines = List.copyOf(lines);
            missed = List.copyOf(missed);
        }
    }

    /** One rule's check. */
    public Report check(RuleSource source, GeneratedRule generated) {
        return checkAll(List.of(new Rule(source, generated))).get(0);
    }

    /** A generated rule and the filter it was made from. */
    public record Rule(RuleSource source, GeneratedRule generated) {
    }

    /**
     * Every rule's check in one pass over the capture, each frame dissected once for all of them
     * ({@link FilterBank}): the reports {@link #check} gives rule by rule, in order.
     */
    public List<Report> checkAll(List<Rule> rules) {
        Report[] reports = new Report[rules.size()];
        List<Tally> tallies = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            try {
                Filter filter = Filter.compile(r.source().filter().expandedText());
                BpfGenerator.Expression bpf = r.generated().target() == GeneratedRule.Target.BPF
                        ? BpfGenerator.expression(r.source(), new ArrayList<>()) : null;
                tallies.add(new Tally(i, filter, bpf, r.generated().target()));
            } catch (FilterException e) {
                reports[i] = new Report(false, List.of("the source filter does not compile: " + e.getMessage()), 0, 0,
                        List.of());
            }
        }
        long frames = 0;
        try (CaptureReader reader = CaptureFiles.stream(capture)) {
            FilterBank bank = new FilterBank(tallies.stream().map(Tally::filter).toList(), null, new BitSet(), true);
            Frame frame = new Frame();
            while (reader.next(frame)) {
                frames++;
                bank.next(frame);
                for (int k = 0; k < tallies.size(); k++) {
                    tallies.get(k).count(frame, bank.test(k));
                }
            }
        } catch (CaptureException | IOException e) {
            for (Tally t : tallies) {
                reports[t.index] = t.failed("cannot read " + capture + ": " + e.getMessage());
            }
            return List.of(reports);
        } finally {
            tallies.forEach(Tally::close);
        }
        for (Tally t : tallies) {
            reports[t.index] = t.report(frames);
        }
        return List.of(reports);
    }

    /** What one rule's check counts over the frames. */
    private final class Tally {
        private final int index;
        private final Filter filter;
        private final BpfGenerator.Expression bpf;
        private final GeneratedRule.Target target;
        private final Map<Integer, Bpf> programs = new HashMap<>();
        private final List<Long> matchedFrames = new ArrayList<>();
        private final List<Long> missed = new ArrayList<>();
        private long kept;
        // why this rule's check could not go on (its BPF does not compile for a link type met)
        private String failure;

        Tally(int index, Filter filter, BpfGenerator.Expression bpf, GeneratedRule.Target target) {
            this.index = index;
            this.filter = filter;
            this.bpf = bpf;
            this.target = target;
        }

        Filter filter() {
            return filter;
        }

        void count(Frame frame, boolean match) {
            if (failure != null) {
                return;
            }
            if (match) {
                matchedFrames.add(frame.number());
            }
            if (bpf != null) {
                try {
                    if (program(programs, bpf, frame.linkType()).matches(frame)) {
                        kept++;
                    } else if (match) {
                        missed.add(frame.number());
                    }
                } catch (CaptureException e) {
                    failure = "cannot read " + capture + ": " + e.getMessage();
                }
            }
        }

        Report failed(String line) {
            return new Report(false, List.of(line), matchedFrames.size(), kept, missed);
        }

        Report report(long frames) {
            if (failure != null) {
                return failed(failure);
            }
            List<String> lines = new ArrayList<>();
            lines.add(capture.getFileName() + ": " + frames + " frames, the filter matches " + matchedFrames.size()
                    + (matchedFrames.isEmpty() ? "" : " " + brief(matchedFrames)));
            if (bpf != null) {
                lines.add("the BPF keeps " + kept + " of " + frames + " frames"
                        + (missed.isEmpty() ? ", every matching frame among them: superset holds"
                        : "; MISSES matching frames " + brief(missed)));
            } else {
                lines.add(target.name().toLowerCase() + " rules cannot be run here; compare the target's alerts with the frames above");
            }
            return new Report(missed.isEmpty(), lines, matchedFrames.size(), kept, missed);
        }

        void close() {
            programs.values().forEach(Bpf::close);
        }
    }

    /** The compiled BPF for a link type: VLAN-wrapped where libpcap accepts it. */
    private static Bpf program(Map<Integer, Bpf> programs, BpfGenerator.Expression e, int linkType) throws CaptureException {
        Bpf b = programs.get(linkType);
        if (b == null) {
            b = compile(e, linkType);
            programs.put(linkType, b);
        }
        return b;
    }

    /** Compiles the expression for a link type: with VLAN tags and Ethernet addresses on Ethernet only. */
    public static Bpf compile(BpfGenerator.Expression e, int linkType) throws CaptureException {
        return Bpf.compile(e.forLinkType(linkType), linkType, 262144);
    }

    private static String brief(List<Long> frames) {
        if (frames.size() <= 15) {
            return frames.toString();
        }
        return frames.subList(0, 15).toString().replace("]", ", ...]");
    }
}
