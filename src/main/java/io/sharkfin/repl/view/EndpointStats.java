package io.sharkfin.repl.view;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IP endpoints, as {@code tshark -z endpoints,ip} counts them: frames and bytes in total, sent and
 * received, top {@value Stats#TOP} by frames.
 */
final class EndpointStats implements Stats {

    private static final class Endpoint {
        final String address;
        long txFrames;
        long txBytes;
        long rxFrames;
        long rxBytes;

        Endpoint(String address) {
            this.address = address;
        }

        long frames() {
            return txFrames + rxFrames;
        }

        long bytes() {
            return txBytes + rxBytes;
        }
    }

    private final IpLayers layers;
    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();

    EndpointStats(FieldRegistry registry) {
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
            Endpoint s = endpoints.computeIfAbsent(src, Endpoint::new);
            s.txFrames++;
            s.txBytes += len;
            Endpoint d = endpoints.computeIfAbsent(dst, Endpoint::new);
            d.rxFrames++;
            d.rxBytes += len;
        });
    }

    @Override
    public List<String> render(String filter) {
        List<Endpoint> all = new ArrayList<>(endpoints.values());
        all.sort(Comparator.comparingLong(Endpoint::frames).thenComparingLong(Endpoint::bytes).reversed());
        Table t = new Table(new String[] {"Address", "Frames", "Bytes", "Tx frames", "Tx bytes", "Rx frames", "Rx bytes"},
                new boolean[] {false, true, true, true, true, true, true});
        for (Endpoint e : all.subList(0, Math.min(TOP, all.size()))) {
            t.add(e.address, e.frames(), e.bytes(), e.txFrames, e.txBytes, e.rxFrames, e.rxBytes);
        }
        List<String> out = new ArrayList<>();
        out.add("IP endpoints" + Headings.scope(filter) + ": top " + t.size() + " of " + all.size() + " by frames");
        if (all.isEmpty()) {
            out.add("(no IP traffic)");
        } else {
            out.addAll(t.lines());
        }
        return out;
    }
}
