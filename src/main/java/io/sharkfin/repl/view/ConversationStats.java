package io.sharkfin.repl.view;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IP conversations (pairs of addresses, both directions together), as {@code tshark -z conv,ip}
 * counts them: frames and bytes each way, top {@value Stats#TOP} by frames.
 */
final class ConversationStats implements Stats {

    /** Addresses in the order the conversation was first seen; out = A→B. */
    private record Conv(String a, String b, TwoWay counts) {
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
            Conv c = convs.computeIfAbsent(key, k -> new Conv(src, dst, new TwoWay()));
            c.counts().count(c.a().equals(src), len);
        });
    }

    @Override
    public List<String> render(String filter) {
        Table t = new Table(new String[] {"Address A", "Address B", "Frames", "Bytes", "A→B frames", "A→B bytes",
            "B→A frames", "B→A bytes"}, new boolean[] {false, false, true, true, true, true, true, true});
        return TwoWay.render("IP conversations", filter, convs.values(), Conv::counts, t,
                c -> List.of(c.a(), c.b()));
    }
}
