package io.sharkfin.ioc.ssh;

import io.sharkfin.dissect.Packet;
import io.sharkfin.ioc.BoundedTable;
import io.sharkfin.ioc.Collector;
import io.sharkfin.ioc.DistinctValues;
import io.sharkfin.ioc.Evidence;
import io.sharkfin.ioc.FilterText;
import io.sharkfin.ioc.FrameContext;
import io.sharkfin.ioc.IocFields;
import io.sharkfin.ioc.PacketValues;
import io.sharkfin.ioc.ReportContext;
import io.sharkfin.ioc.StreamSlots;
import io.sharkfin.ioc.report.SshReport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * SSH indicators from {@code ssh.protocol} (the identification lines), {@code ssh.direction} and
 * the HASSH fields of the KEXINITs ({@code ssh.kex.hassh}, {@code ssh.kex.hasshserver} and their
 * algorithm strings). A connection's lines are remembered by tcp.stream, so that each fingerprint
 * lists the software that offered it. Who is client and who server is SSH's own view
 * ({@code ssh.direction}: from the port the connection was dissected for), not the addresses'.
 */
public final class SshCollector implements Collector {
    private static final int STREAM_SLOTS = 1 << 12;

    private final IocFields f;
    private final BoundedTable<String, Counted> clientLines = new BoundedTable<>("SSH client identification lines");
    private final BoundedTable<String, Counted> serverLines = new BoundedTable<>("SSH server identification lines");
    private final BoundedTable<String, Counted> hassh = new BoundedTable<>("HASSH fingerprints");
    private final BoundedTable<String, Counted> hasshServer = new BoundedTable<>("HASSHServer fingerprints");
    /** Each connection's identification lines: [0] the client's, [1] the server's. */
    private final StreamSlots<String[]> lines = new StreamSlots<>(STREAM_SLOTS);

    /** A line or fingerprint with its frames and who used it. */
    private static final class Counted {
        final String value;
        final Evidence evidence = new Evidence();
        final DistinctValues clients = new DistinctValues();
        final DistinctValues servers = new DistinctValues();
        final DistinctValues software = new DistinctValues();
        String algorithms = "";
        long count;

        Counted(String value) {
            this.value = value;
        }
    }

    public SshCollector(IocFields fields) {
        this.f = fields;
    }

    @Override
    public void accept(FrameContext frame) {
        Packet p = frame.packet();
        int direction = PacketValues.first(p, f.sshDirection);
        if (direction < 0) {
            return;
        }
        boolean fromServer = p.num(direction) != 0;
        String client = fromServer ? frame.dst() : frame.src();
        String server = fromServer ? frame.src() : frame.dst();
        String[] connection = lines.computeIfAbsent(PacketValues.num(p, f.tcpStream, -1), () -> new String[2]);
        int side = fromServer ? 1 : 0;
        int line = PacketValues.first(p, f.sshProtocol);
        if (line >= 0) {
            String text = frame.values().string(p, line);
            count(fromServer ? serverLines : clientLines, text, frame, client, server);
            if (connection != null) {
                connection[side] = text;
            }
        }
        int hashEntry = PacketValues.first(p, fromServer ? f.sshHasshServer : f.sshHassh);
        if (hashEntry >= 0) {
            Counted c = count(fromServer ? hasshServer : hassh, frame.values().string(p, hashEntry), frame, client,
                    server);
            if (c != null) {
                int algorithms = PacketValues.first(p, fromServer ? f.sshHasshServerAlgorithms : f.sshHasshAlgorithms);
                if (algorithms >= 0 && c.algorithms.isEmpty()) {
                    c.algorithms = frame.values().string(p, algorithms);
                }
                String software = connection != null ? connection[side] : null;
                if (software != null) {
                    c.software.add(software);
                }
            }
        }
    }

    private static Counted count(BoundedTable<String, Counted> table, String value, FrameContext frame, String client,
                                 String server) {
        Counted c = table.get(value, Counted::new);
        if (c == null) {
            return null;
        }
        c.count++;
        c.evidence.add(frame.number(), frame.time());
        c.clients.add(client);
        c.servers.add(server);
        return c;
    }

    @Override
    public void reportDrops(Map<String, Long> out) {
        clientLines.reportDrops(out);
        serverLines.reportDrops(out);
        hassh.reportDrops(out);
        hasshServer.reportDrops(out);
    }

    /** Each part in the order its values first appeared, with the filter that selects their frames. */
    public SshReport report(ReportContext ctx) {
        return new SshReport(software(clientLines, 0, ctx), software(serverLines, 1, ctx),
                fingerprints(hassh, "ssh.kex.hassh", ctx), fingerprints(hasshServer, "ssh.kex.hasshserver", ctx));
    }

    private static List<SshReport.Software> software(BoundedTable<String, Counted> table, int direction,
                                                     ReportContext ctx) {
        List<SshReport.Software> out = new ArrayList<>();
        for (Counted c : ordered(table)) {
            out.add(new SshReport.Software(c.value, c.count, c.clients.list(), c.servers.list(), ctx.evidence(
                    c.evidence, FilterText.and(FilterText.eq("ssh.protocol", c.value), "ssh.direction == " + direction))));
        }
        return out;
    }

    private static List<SshReport.Fingerprint> fingerprints(BoundedTable<String, Counted> table, String field,
                                                            ReportContext ctx) {
        List<SshReport.Fingerprint> out = new ArrayList<>();
        for (Counted c : ordered(table)) {
            out.add(new SshReport.Fingerprint(c.value, c.algorithms, c.count, c.clients.list(), c.servers.list(),
                    c.software.list(), ctx.evidence(c.evidence, FilterText.eq(field, c.value))));
        }
        return out;
    }

    private static List<Counted> ordered(BoundedTable<String, Counted> table) {
        List<Counted> list = new ArrayList<>(table.values());
        list.sort(Comparator.comparingLong(c -> c.evidence.firstFrame()));
        return list;
    }
}
