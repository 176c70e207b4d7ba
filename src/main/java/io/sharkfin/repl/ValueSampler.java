package io.sharkfin.repl;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.dissect.Session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values a field takes in a capture, for completing the right side of a comparison
 * ({@code http.host == } → the hosts seen). Collected on first request by a pass recording only
 * that field, bounded in distinct values and in time so a Tab on a large capture stays quick;
 * kept per field afterwards.
 */
public final class ValueSampler {

    /** Distinct values kept per field. */
    static final int MAX_DISTINCT = 1000;
    /** Time one sampling pass may take. */
    static final long BUDGET_NANOS = 1_500_000_000L;

    /**
     * A value as it would be typed in a filter, with how many frames carry it.
     *
     * @param literal the filter literal ({@code "example.com"} quoted, {@code 10.0.0.1} bare)
     * @param name    the value's name when the field names its values ({@code A}), else null
     * @param frames  frames carrying it (within the sampled part)
     */
    public record Value(String literal, String name, long frames) {
    }

    /**
     * Sampled values, commonest first.
     *
     * @param complete whether the whole capture was read (false: bounded by time or count)
     */
    public record Sample(List<Value> values, boolean complete) {
    }

    private final LoadedCapture capture;
    private final Map<String, Sample> cache = new ConcurrentHashMap<>();

    ValueSampler(LoadedCapture capture) {
        this.capture = capture;
    }

    /** The values of a dissected field (an empty sample for other names). */
    public Sample sample(FieldDef def) {
        if (def == null || !def.dissected() || def.type() == FieldType.PROTOCOL || def.type() == FieldType.NONE) {
            return new Sample(List.of(), true);
        }
        return cache.computeIfAbsent(def.name(), n -> collect(def));
    }

    private Sample collect(FieldDef def) {
        BitSet fields = new BitSet();
        fields.set(def.id());
        Map<String, long[]> counts = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        long deadline = System.nanoTime() + BUDGET_NANOS;
        boolean complete = true;
        try (PacketStream packets = new PacketStream(capture.openReader(), Session.needing(fields))) {
            Packet p;
            long frames = 0;
            while ((p = packets.next()) != null) {
                if ((++frames & 255) == 0 && System.nanoTime() > deadline) {
                    complete = false;
                    break;
                }
                for (int e = p.first(def.id()); e >= 0; e = p.next(e)) {
                    String literal = literal(p, e, def);
                    long[] c = counts.get(literal);
                    if (c == null) {
                        if (counts.size() >= MAX_DISTINCT) {
                            complete = false;
                            continue;
                        }
                        c = new long[1];
                        counts.put(literal, c);
                        names.put(literal, name(p, e, def));
                    }
                    c[0]++;
                }
            }
        } catch (CaptureException | IOException e) {
            complete = false;
        }
        List<Value> values = new ArrayList<>(counts.size());
        counts.forEach((lit, c) -> values.add(new Value(lit, names.get(lit), c[0])));
        values.sort(Comparator.comparingLong(Value::frames).reversed().thenComparing(Value::literal));
        return new Sample(List.copyOf(values), complete);
    }

    private static String name(Packet p, int e, FieldDef def) {
        if (!(def.type().isInteger() || def.type() == FieldType.BOOLEAN)) {
            return null;
        }
        return io.sharkfin.repl.view.ValueNames.of(def, p.num(e));
    }

    /** The value in filter syntax: strings and times quoted, byte strings with colons. */
    static String literal(Packet p, int e, FieldDef def) {
        String text = FieldFormat.format(p, e);
        FieldType t = def.type();
        if (t.isString() || t == FieldType.ABSOLUTE_TIME) {
            return quote(text);
        }
        if ((t == FieldType.BYTES || t == FieldType.UINT_BYTES) && text.matches("(?:[0-9a-f]{2}){2,}")) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < text.length(); i += 2) {
                sb.append(i == 0 ? "" : ":").append(text, i, i + 2);
            }
            return sb.toString();
        }
        return text;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }
}
