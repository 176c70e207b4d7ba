package io.sharkfin.pack;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.Sieve;

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
 * to every rule. {@link #passes()} counts the passes made, so
 * the one-pass promise can be checked.
 */
public final class PackRunner {
    private final List<CompiledRule> rules;
    private final FieldRegistry registry = FieldRegistry.standard();
    private final TupleFields tuple = new TupleFields(registry);
    private final BitSet fields = new BitSet();
    private final Map<CompiledRule, int[]> reads = new LinkedHashMap<>();
    private final Map<CompiledRule, int[]> groups = new LinkedHashMap<>();
    private final Sieve sieve;
    private long passes;

    public PackRunner(List<CompiledRule> rules) {
        this.rules = List.copyOf(rules);
        for (CompiledRule r : this.rules) {
            fields.or(r.filter().fields());
            reads.put(r, valueFields(r.filter().fields()));
            groups.put(r, groupFields(r.rule().threshold()));
        }
        tuple.addTo(fields);
        sieve = everyRuleRejects(this.rules);
    }

    /**
     * A sieve rejecting the frames every rule's sieve rejects (none of them would alert), so that
     * they are not dissected; null when a rule has none.
     */
    private static Sieve everyRuleRejects(List<CompiledRule> rules) {
        List<Sieve> sieves = new ArrayList<>();
        for (CompiledRule r : rules) {
            Sieve s = r.filter().sieve();
            if (s == null) {
                return null;
            }
            sieves.add(s);
        }
        if (sieves.isEmpty()) {
            return null;
        }
        Sieve[] all = sieves.toArray(Sieve[]::new);
        return headers -> {
            for (Sieve s : all) {
                if (!s.rejects(headers)) {
                    return false;
                }
            }
            return true;
        };
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

    private int[] groupFields(Threshold t) {
        if (t == null) {
            return new int[0];
        }
        List<Integer> out = new ArrayList<>();
        for (String name : t.groupBy()) {
            FieldDef d = registry.lookup(name);
            if (d != null && d.dissected()) {
                out.add(d.id());
                fields.set(d.id());
            } else {
                out.add(-1); // a field never produced groups every frame under the empty value
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The fields the shared session records. */
    public BitSet fields() {
        return (BitSet) fields.clone();
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
        try (CaptureReader reader = CaptureFiles.open(capture)) {
            return run(capture, reader, sink);
        } catch (java.io.IOException e) {
            throw new CaptureException("cannot close " + capture + ": " + e.getMessage(), 0, e);
        }
    }

    /** Runs every rule over the frames of {@code reader} in one pass. */
    public RunResult run(Path name, CaptureReader reader, AlertSink sink) {
        passes++;
        Session session = Session.needing(fields);
        Map<CompiledRule, List<Long>> hits = new LinkedHashMap<>();
        Map<CompiledRule, ThresholdCounter> counters = new LinkedHashMap<>();
        for (CompiledRule r : rules) {
            hits.put(r, new ArrayList<>());
            if (r.rule().threshold() != null) {
                counters.put(r, new ThresholdCounter(r.rule().threshold()));
            }
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
            Packet p = session.dissect(frame, sieve);
            if (p == null) {
                continue;
            }
            for (CompiledRule r : rules) {
                if (!r.filter().test(p)) {
                    continue;
                }
                ThresholdCounter counter = counters.get(r);
                if (counter != null && !counter.match(groupKey(p, groups.get(r)), frame.timestampNanos())) {
                    continue;
                }
                hits.get(r).add(p.number());
                sink.alert(alert(r, p, frame));
            }
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

    private Alert alert(CompiledRule r, Packet p, Frame frame) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int id : reads.get(r)) {
            if (p.has(id)) {
                values.put(registry.byId(id).name(), FieldFormat.cell(p, id));
            }
        }
        for (int id : groups.get(r)) {
            if (id >= 0 && p.has(id)) {
                values.put(registry.byId(id).name(), FieldFormat.cell(p, id));
            }
        }
        return new Alert(r, p.number(), frame.timestampNanos(), tuple.of(p), values);
    }
}
