package io.sharkfin.repl.view;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IP endpoints, as {@code tshark -z endpoints,ip} counts them: frames and bytes in total, sent and
 * received, top {@value Stats#TOP} by frames.
 */
final class EndpointStats implements Stats {

    /** out = sent by the address, back = received. */
    private record Endpoint(String address, TwoWay counts) {
        Endpoint(String address) {
            this(address, new TwoWay());
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
            endpoints.computeIfAbsent(src, Endpoint::new).counts().count(true, len);
            endpoints.computeIfAbsent(dst, Endpoint::new).counts().count(false, len);
        });
    }

    @Override
    public List<String> render(String filter) {
        Table t = new Table(new String[] {"Address", "Frames", "Bytes", "Tx frames", "Tx bytes", "Rx frames", "Rx bytes"},
                new boolean[] {false, true, true, true, true, true, true});
        return TwoWay.render("IP endpoints", filter, endpoints.values(), Endpoint::counts, t,
                e -> List.of(e.address()));
    }
}
