package io.sharkfin.repl.view;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IP conversations (pairs of addresses, both directions together), as {@code tshark -z conv,ip}
 * counts them: frames and bytes each way, top {@value Stats#TOP} by frames.
 */
final class ConversationStats implements Stats {

    private static final class Conv {
        final String a;
        final String b;
        long framesAB;
        long bytesAB;
        long framesBA;
        long bytesBA;

        Conv(String a, String b) {
            this.a = a;
            this.b = b;
        }

        long frames() {
            return framesAB + framesBA;
        }

        long bytes() {
            return bytesAB + bytesBA;
        }
    }

    private final IpLayers layers;
    private final Map<String, Conv> convs = new LinkedHashMap<>();

    ConversationStats(FieldRegistry registry) {
        this.layers = new IpLayers(registry);
    }

    @Override
    public List<String> fields() {
        return IpLayers.FIELDS;
    }

    @Override
    public void add(Packet p) {
        long len = p.frame().originalLength();
        layers.forEach(p, (src, dst) -> {
            String key = src.compareTo(dst) <= 0 ? src + " " + dst : dst + " " + src;
            Conv c = convs.computeIfAbsent(key, k -> new Conv(src, dst));
            if (c.a.equals(src)) {
                c.framesAB++;
                c.bytesAB += len;
            } else {
                c.framesBA++;
                c.bytesBA += len;
            }
        });
    }

    @Override
    public List<String> render(String filter) {
        List<Conv> all = new ArrayList<>(convs.values());
        all.sort(Comparator.comparingLong(Conv::frames).thenComparingLong(Conv::bytes).reversed());
        Table t = new Table(new String[] {"Address A", "Address B", "Frames", "Bytes", "A→B frames", "A→B bytes",
            "B→A frames", "B→A bytes"}, new boolean[] {false, false, true, true, true, true, true, true});
        for (Conv c : all.subList(0, Math.min(TOP, all.size()))) {
            t.add(c.a, c.b, c.frames(), c.bytes(), c.framesAB, c.bytesAB, c.framesBA, c.bytesBA);
        }
        List<String> out = new ArrayList<>();
        out.add("IP conversations" + Headings.scope(filter) + ": top " + t.size() + " of " + all.size() + " by frames");
        if (all.isEmpty()) {
            out.add("(no IP traffic)");
        } else {
            out.addAll(t.lines());
        }
        return out;
    }
}
