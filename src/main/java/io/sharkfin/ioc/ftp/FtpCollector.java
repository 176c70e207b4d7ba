package io.sharkfin.ioc.ftp;

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
import io.sharkfin.ioc.UserLogins;
import io.sharkfin.ioc.report.FtpReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * FTP indicators from the requests of control connections ({@code ftp.request.command} and
 * {@code ftp.request.arg}): the user names sent to each server with the passwords that followed
 * them on the same connection (tcp.stream), and the files fetched (RETR) or stored (STOR, APPE).
 * Commands count as sent, in capitals, as clients send them; a request's server is its
 * destination.
 */
public final class FtpCollector implements Collector {
    private static final List<String> TRANSFERS = List.of("RETR", "STOR", "APPE");

    private final IocFields f;
    private final UserLogins logins = new UserLogins("FTP logins",
            FilterText.and(FilterText.eq("ftp.request.command", "PASS"), "ftp.request.arg"));
    private final BoundedTable<String, Entry> transfers = new BoundedTable<>("FTP transfers");

    /** A transfer (command, file, server) with its frames. */
    private static final class Entry {
        final String server;
        final String name;
        final String command;
        final Evidence evidence = new Evidence();
        final DistinctValues clients = new DistinctValues();
        long count;

        Entry(String server, String name, String command) {
            this.server = server;
            this.name = name;
            this.command = command;
        }
    }

    public FtpCollector(IocFields fields) {
        this.f = fields;
    }

    @Override
    public void accept(FrameContext frame) {
        Packet p = frame.packet();
        long responseCode = PacketValues.num(p, f.ftpResponseCode, -1);
        if (responseCode == 230 || responseCode == 530) {
            // the answer to a password: logged in, or not
            logins.answer(PacketValues.num(p, f.tcpStream, -1), responseCode == 230);
        }
        int commandEntry = PacketValues.first(p, f.ftpCommand);
        if (commandEntry < 0 || frame.dst() == null) {
            return;
        }
        String command = frame.values().string(p, commandEntry);
        int argEntry = PacketValues.first(p, f.ftpArg);
        if (argEntry < 0) {
            return; // nothing named: no user, no file
        }
        String arg = frame.values().string(p, argEntry);
        long stream = PacketValues.num(p, f.tcpStream, -1);
        String server = frame.dst();
        if (command.equals("USER")) {
            logins.user(frame, stream, arg);
        } else if (command.equals("PASS")) {
            logins.pass(frame, stream, arg);
        } else if (TRANSFERS.contains(command)) {
            Entry e = transfers.get(command + '\0' + server + '\0' + arg, k -> new Entry(server, arg, command));
            if (e != null) {
                e.count++;
                e.evidence.add(frame.number(), frame.time());
                e.clients.add(frame.src());
            }
        }
    }

    @Override
    public void reportDrops(Map<String, Long> out) {
        logins.reportDrops(out);
        transfers.reportDrops(out);
    }

    /**
     * Logins and transfers in the order they first appeared (the tables' order: an entry is made
     * by its first frame), each with the filter that selects its frames.
     */
    public FtpReport report(ReportContext ctx) {
        List<FtpReport.Transfer> transferList = new ArrayList<>();
        for (Entry e : transfers.values()) {
            transferList.add(new FtpReport.Transfer(e.command, e.name, e.server, e.count, e.clients.list(),
                    ctx.evidence(e.evidence, filter(e.command, e.server, e.name))));
        }
        return new FtpReport(logins.report(ctx, (server, user) -> filter("USER", server, user)),
                logins.servers(ctx), logins.clients(ctx), transferList);
    }

    private static String filter(String command, String server, String arg) {
        return FilterText.and(FilterText.eq("ftp.request.command", command), FilterText.eq("ftp.request.arg", arg),
                FilterText.dst(server));
    }
}
