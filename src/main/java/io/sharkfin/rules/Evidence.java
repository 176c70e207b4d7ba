package io.sharkfin.rules;

import io.sharkfin.capture.Bpf;
import io.sharkfin.capture.CaptureException;
import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The self-test of generated rules on a capture: the source filter is evaluated on every frame;
 * for BPF, the generated capture filter (compiled by libpcap for each link type met) runs on the
 * same frames and must keep every frame the filter matches.
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

    public Report check(RuleSource source, GeneratedRule generated) {
        Filter filter;
        try {
            filter = Filter.compile(source.filter().expandedText());
        } catch (FilterException e) {
            return new Report(false, List.of("the source filter does not compile: " + e.getMessage()), 0, 0, List.of());
        }
        BpfGenerator.Expression bpf = generated.target() == GeneratedRule.Target.BPF
                ? BpfGenerator.expression(source, new ArrayList<>()) : null;
        Map<Integer, Bpf> programs = new HashMap<>();
        List<Long> matchedFrames = new ArrayList<>();
        List<Long> missed = new ArrayList<>();
        long kept = 0;
        long frames = 0;
        List<String> lines = new ArrayList<>();
        try (CaptureReader reader = CaptureFiles.open(capture)) {
            Session session = Session.needing(filter.fields());
            Frame frame = new Frame();
            while (reader.next(frame)) {
                frames++;
                Packet p = session.dissect(frame);
                boolean match = filter.test(p);
                if (match) {
                    session.displayed(p); // as sharkfin -r -Y, for frame.time_delta_displayed
                    matchedFrames.add(frame.number());
                }
                if (bpf != null) {
                    boolean keep = program(programs, bpf, frame.linkType()).matches(frame);
                    if (keep) {
                        kept++;
                    } else if (match) {
                        missed.add(frame.number());
                    }
                }
            }
        } catch (CaptureException | IOException e) {
            lines.add("cannot read " + capture + ": " + e.getMessage());
            return new Report(false, lines, matchedFrames.size(), kept, missed);
        } finally {
            programs.values().forEach(Bpf::close);
        }
        lines.add(capture.getFileName() + ": " + frames + " frames, the filter matches " + matchedFrames.size()
                + (matchedFrames.isEmpty() ? "" : " " + brief(matchedFrames)));
        if (bpf != null) {
            lines.add("the BPF keeps " + kept + " of " + frames + " frames"
                    + (missed.isEmpty() ? ", every matching frame among them: superset holds"
                    : "; MISSES matching frames " + brief(missed)));
        } else {
            lines.add(generated.target().name().toLowerCase() + " rules cannot be run here; compare the target's alerts with the frames above");
        }
        return new Report(missed.isEmpty(), lines, matchedFrames.size(), kept, missed);
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
