package io.sharkfin.pack;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.capture.ReadObserver;
import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.filter.FilterBank;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates every rule of every pack over a capture in one pass: one {@link Session} primed with
 * the union of the fields the rules read (plus the five-tuple and the threshold groups), each
 * frame dissected once (unless every rule's filter rejects it from its headers alone) and offered
 * to every rule ({@link FilterBank}: a rule on {@code frame.time_delta_displayed} gets a session of
 * its own in the same pass, that field counting from the rule's own last match).
 * {@link #passes()} counts the passes made, so the one-pass promise can be checked.
 */
public final class PackRunner {
    private final List<CompiledRule> rules;
    private final FieldRegistry registry = FieldRegistry.standard();
    private final TupleFields tuple = new TupleFields(registry);
    // by rule position: the fields an alert reports, the threshold's group fields (-1: a field
    // never dissected), and all the fields the rule's packet must hold beyond its filter's
    private final List<int[]> reads = new ArrayList<>();
    private final List<int[]> groups = new ArrayList<>();
    private final List<BitSet> alsoNeeded = new ArrayList<>();
    private long passes;

    public PackRunner(List<CompiledRule> rules) {
        this.rules = List.copyOf(rules);
        for (CompiledRule r : this.rules) {
            BitSet extra = new BitSet();
            tuple.addTo(extra);
            reads.add(valueFields(r.filter().fields()));
            groups.add(groupFields(r.rule().threshold(), extra));
            alsoNeeded.add(extra);
        }
    }

    /** Fields whose values an alert reports: the ones the filter reads, protocols left out. */
    private int[] valueFields(BitSet ids) {
        List<Integer> out = new ArrayList<>();
        for (int i = ids.nextSetBit(0); i >= 0; i = ids.nextSetBit(i + 1)) {
            if (registry.byId(i).type() != FieldType.PROTOCOL) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The fields a threshold groups by (-1: never dissected), added to {@code needs}. */
    private int[] groupFields(Threshold t, BitSet needs) {
        if (t == null) {
            return new int[0];
        }
        List<Integer> out = new ArrayList<>();
        for (String name : t.groupBy()) {
            FieldDef d = registry.lookup(name);
            if (d != null && d.dissected()) {
                out.add(d.id());
                needs.set(d.id());
            } else {
                out.add(-1); // a field never produced groups every frame under the empty value
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** How many capture passes this runner made. */
    public long passes() {
        return passes;
    }

    public List<CompiledRule> rules() {
        return rules;
    }

    /** Runs every rule over a capture file in one pass. */
    public RunResult run(Path capture, AlertSink sink) throws CaptureException {
        return run(capture, sink, null);
    }

    /**
     * {@link #run(Path, AlertSink)}, telling {@code observer} (when not null) of the reading: for
     * a progress display on a long capture.
     */
    public RunResult run(Path capture, AlertSink sink, ReadObserver observer) throws CaptureException {
        // one pass in order, as -r reads: a pipe as it comes, memory bounded
        try (CaptureReader reader = CaptureFiles.stream(capture)) {
            if (observer != null) {
                observer.opened(reader);
            }
            return run(capture, reader, sink, observer);
        } catch (java.io.IOException e) {
            throw new CaptureException("cannot close " + capture + ": " + e.getMessage(), 0, e);
        } finally {
            if (observer != null) {
                observer.finished();
            }
        }
    }

    /** Runs every rule over the frames of {@code reader} in one pass. */
    public RunResult run(Path name, CaptureReader reader, AlertSink sink) {
        return run(name, reader, sink, null);
    }

    private RunResult run(Path name, CaptureReader reader, AlertSink sink, ReadObserver observer) {
        passes++;
        int n = rules.size();
        FilterBank bank = new FilterBank(rules.stream().map(CompiledRule::filter).toList(), alsoNeeded,
                new BitSet(), true);
        // by rule position: a record's hash (the whole pack's) is too slow for every frame
        ThresholdCounter[] counters = new ThresholdCounter[n];
        List<List<Long>> frames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Threshold t = rules.get(i).rule().threshold();
            counters[i] = t == null ? null : new ThresholdCounter(t);
            frames.add(new ArrayList<>());
        }
        Frame frame = new Frame();
        long read = 0;
        String error = null;
        while (true) {
            try {
                if (!reader.next(frame)) {
                    break;
                }
            } catch (CaptureException e) {
                error = e.getMessage();
                break;
            }
            read++;
            if (observer != null) {
                observer.frame();
                if (observer.stopRequested()) {
                    read--;
                    break;
                }
            }
            bank.next(frame);
            for (int i = 0; i < n; i++) {
                if (!bank.test(i)) {
                    continue;
                }
                Packet p = bank.packet(i);
                if (counters[i] != null && !counters[i].match(groupKey(p, groups.get(i)), frame.timestampNanos())) {
                    continue;
                }
                frames.get(i).add(p.number());
                sink.alert(alert(i, p, frame));
            }
        }
        if (observer != null && observer.stopRequested()) {
            // a record the stop cut in two is no damage
            error = ReadObserver.stoppedAfter(read);
        }
        Map<CompiledRule, List<Long>> hits = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            hits.put(rules.get(i), frames.get(i));
        }
        return new RunResult(name, hits, read, error);
    }

    private static String groupKey(Packet p, int[] ids) {
        StringBuilder sb = new StringBuilder();
        for (int id : ids) {
            if (id >= 0) {
                sb.append(FieldFormat.cell(p, id));
            }
            sb.append('\t');
        }
        return sb.toString();
    }

    private Alert alert(int rule, Packet p, Frame frame) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int id : reads.get(rule)) {
            if (p.has(id)) {
                values.put(registry.byId(id).name(), FieldFormat.cell(p, id));
            }
        }
        for (int id : groups.get(rule)) {
            if (id >= 0 && p.has(id)) {
                values.put(registry.byId(id).name(), FieldFormat.cell(p, id));
            }
        }
        return new Alert(rules.get(rule), p.number(), frame.timestampNanos(), tuple.of(p), values);
    }
}
