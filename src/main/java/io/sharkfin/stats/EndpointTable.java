package io.sharkfin.stats;

import io.sharkfin.dissect.Packet;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code -z endpoints,TYPE[,FILTER]}: every address (with its port for TCP and UDP) of the
 * table's headers, what it sent and received, as Wireshark's conversation_table.c counts them and
 * ui/cli/tap-endpoints.c prints them: busiest first, endpoints of equal frames in the order they
 * were first seen. A header from an address to itself counts as sent and received.
 */
public final class EndpointTable implements Statistic {

    private record Key(String address, int port) {
    }

    private static final class Endpoint {
        final Key key;
        long txFrames;
        long txBytes;
        long rxFrames;
        long rxBytes;

        Endpoint(Key key) {
            this.key = key;
        }

        long frames() {
            return txFrames + rxFrames;
        }
    }

    private final Tap tap;
    private final Map<Key, Endpoint> byKey = new HashMap<>();
    private final List<Endpoint> endpoints = new ArrayList<>();

    EndpointTable(Tap tap) {
        this.tap = tap;
    }

    @Override
    public BitSet fields() {
        return tap.fields();
    }

    @Override
    public void accept(Packet p) {
        tap.read(p, (h, bytes, seconds, nanos) -> {
            Endpoint sender = endpoint(new Key(h.src(), h.srcPort()));
            sender.txFrames++;
            sender.txBytes += bytes;
            Endpoint receiver = endpoint(new Key(h.dst(), h.dstPort()));
            receiver.rxFrames++;
            receiver.rxBytes += bytes;
        });
    }

    private Endpoint endpoint(Key k) {
        return byKey.computeIfAbsent(k, key -> {
            Endpoint e = new Endpoint(key);
            endpoints.add(e);
            return e;
        });
    }

    @Override
    public void print(PrintWriter out) {
        boolean ports = tap.type.hasPorts();
        out.println(TableText.RULE);
        out.println(tap.type.title + " Endpoints");
        out.println("Filter:" + (tap.filterText == null ? "<No Filter>" : tap.filterText));
        out.println("                       |  " + (ports ? "Port  ||  " : "")
                + "Packets  | |  Bytes  | | Tx Packets | | Tx Bytes | | Rx Packets | | Rx Bytes |");
        for (Endpoint e : TableText.busiestFirst(endpoints, Endpoint::frames)) {
            StringBuilder line = new StringBuilder(TableText.padRight(e.key.address(), 20)).append("      ");
            if (ports) {
                line.append(TableText.pad(Integer.toString(e.key.port()), 5)).append("     ");
            }
            line.append(TableText.pad(Long.toString(e.frames()), 6))
                    .append("     ").append(TableText.pad(Long.toString(e.txBytes + e.rxBytes), 9))
                    .append("     ").append(TableText.pad(Long.toString(e.txFrames), 6))
                    .append("       ").append(TableText.pad(Long.toString(e.txBytes), 9))
                    .append("      ").append(TableText.pad(Long.toString(e.rxFrames), 6))
                    .append("       ").append(TableText.pad(Long.toString(e.rxBytes), 9))
                    .append("   ");
            out.println(line);
        }
        out.println(TableText.RULE);
    }
}
