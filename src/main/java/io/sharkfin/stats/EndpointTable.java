package io.sharkfin.stats;

import io.sharkfin.dissect.Packet;

import java.io.PrintWriter;

/**
 * {@code -z endpoints,TYPE[,FILTER]}: every address (with its port for TCP and UDP) of the
 * table's headers, what it sent and received, as Wireshark's conversation_table.c counts them and
 * ui/cli/tap-endpoints.c prints them: busiest first, endpoints of equal frames in the order they
 * were first seen. A header from an address to itself counts as sent and received.
 */
public final class EndpointTable extends TapTable<EndpointTable.Key, EndpointTable.Endpoint> {

    record Key(String address, int port) {
    }

    static final class Endpoint {
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

    EndpointTable(Tap tap) {
        super(tap);
    }

    @Override
    public void accept(Packet p) {
        tap.read(p, (h, bytes, seconds, nanos) -> {
            Endpoint sender = row(new Key(h.src(), h.srcPort()), Endpoint::new);
            sender.txFrames++;
            sender.txBytes += bytes;
            Endpoint receiver = row(new Key(h.dst(), h.dstPort()), Endpoint::new);
            receiver.rxFrames++;
            receiver.rxBytes += bytes;
        });
    }

    @Override
    public void print(PrintWriter out) {
        boolean ports = tap.type.hasPorts();
        heading(out, "Endpoints");
        out.println("                       |  " + (ports ? "Port  ||  " : "")
                + "Packets  | |  Bytes  | | Tx Packets | | Tx Bytes | | Rx Packets | | Rx Bytes |");
        for (Endpoint e : TableText.busiestFirst(rows, Endpoint::frames)) {
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
