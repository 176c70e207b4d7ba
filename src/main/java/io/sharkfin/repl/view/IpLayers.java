package io.sharkfin.repl.view;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The IP source/destination pairs of a frame, one per IPv4 or IPv6 layer, leaving out the
 * headers quoted inside ICMP errors (Wireshark's conversation and endpoint tables do not count
 * them).
 */
final class IpLayers {

    static final List<String> FIELDS = List.of("ip.src", "ip.dst", "ipv6.src", "ipv6.dst", "icmp", "icmpv6");

    private final FieldDef[][] pairs;
    private final int[] quoting;

    IpLayers(FieldRegistry registry) {
        pairs = new FieldDef[][] {
            {registry.lookup("ip.src"), registry.lookup("ip.dst")},
            {registry.lookup("ipv6.src"), registry.lookup("ipv6.dst")}};
        List<Integer> q = new ArrayList<>();
        for (String n : new String[] {"icmp", "icmpv6"}) {
            FieldDef d = registry.lookup(n);
            if (d != null && d.dissected()) {
                q.add(d.id());
            }
        }
        quoting = q.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Calls {@code pair} with (source, destination) for each IP layer of the frame. */
    void forEach(Packet p, BiConsumer<String, String> pair) {
        for (FieldDef[] fd : pairs) {
            if (fd[0] == null || fd[1] == null || !fd[0].dissected()) {
                continue;
            }
            for (int s = p.first(fd[0].id()), d = p.first(fd[1].id()); s >= 0 && d >= 0; s = p.next(s), d = p.next(d)) {
                if (!insideIcmp(p, s)) {
                    pair.accept(FieldFormat.format(p, s), FieldFormat.format(p, d));
                }
            }
        }
    }

    private boolean insideIcmp(Packet p, int e) {
        for (int a = p.parent(e); a >= 0; a = p.parent(a)) {
            int f = p.field(a);
            for (int q : quoting) {
                if (f == q) {
                    return true;
                }
            }
        }
        return false;
    }
}
