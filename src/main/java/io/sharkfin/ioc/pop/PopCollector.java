package io.sharkfin.ioc.pop;

import io.sharkfin.dissect.Packet;
import io.sharkfin.ioc.Collector;
import io.sharkfin.ioc.FilterText;
import io.sharkfin.ioc.FrameContext;
import io.sharkfin.ioc.IocFields;
import io.sharkfin.ioc.PacketValues;
import io.sharkfin.ioc.ReportContext;
import io.sharkfin.ioc.UserLogins;
import io.sharkfin.ioc.report.PopReport;

import java.util.Map;

/**
 * POP3 indicators from the requests of mailbox connections ({@code pop.request.command} and
 * {@code pop.request.parameter}): the user names sent to each server with the passwords that
 * followed them on the same connection, and whether the server's next status (+OK, -ERR) accepted
 * them. Commands are told as packet-pop.c tells them, by their first four letters in any case. The messages retrieved are IMF's, which the SMTP part reads.
 */
public final class PopCollector implements Collector {
    private final IocFields f;
    private final UserLogins logins = new UserLogins("POP3 logins",
            FilterText.and(FilterText.matches("pop.request.command", "^pass"), "pop.request.parameter"));

    public PopCollector(IocFields fields) {
        this.f = fields;
    }

    @Override
    public void accept(FrameContext frame) {
        Packet p = frame.packet();
        int indicator = PacketValues.first(p, f.popIndicator);
        if (indicator >= 0) {
            // the answer to a password: +OK or -ERR
            String status = frame.values().string(p, indicator);
            if (status.equals("+OK") || status.equals("-ERR")) {
                logins.answer(PacketValues.num(p, f.tcpStream, -1), status.equals("+OK"));
            }
        }
        int commandEntry = PacketValues.first(p, f.popCommand);
        int parameterEntry = PacketValues.first(p, f.popParameter);
        if (commandEntry < 0 || parameterEntry < 0 || frame.dst() == null) {
            return;
        }
        String command = frame.values().string(p, commandEntry);
        String parameter = frame.values().string(p, parameterEntry);
        long stream = PacketValues.num(p, f.tcpStream, -1);
        if (command.regionMatches(true, 0, "USER", 0, 4)) {
            logins.user(frame, stream, parameter);
        } else if (command.regionMatches(true, 0, "PASS", 0, 4)) {
            logins.pass(frame, stream, parameter);
        }
    }

    @Override
    public void reportDrops(Map<String, Long> out) {
        logins.reportDrops(out);
    }

    /** The logins in the order they first appeared, each with the filter that selects its USER requests. */
    public PopReport report(ReportContext ctx) {
        return new PopReport(logins.report(ctx, (server, user) -> FilterText.and(
                FilterText.matches("pop.request.command", "^user"), FilterText.eq("pop.request.parameter", user),
                FilterText.dst(server))), logins.servers(ctx), logins.clients(ctx));
    }
}
