package io.sharkfin.ioc.imap;

import io.sharkfin.dissect.Packet;
import io.sharkfin.ioc.Collector;
import io.sharkfin.ioc.FilterText;
import io.sharkfin.ioc.FrameContext;
import io.sharkfin.ioc.IocFields;
import io.sharkfin.ioc.PacketValues;
import io.sharkfin.ioc.ReportContext;
import io.sharkfin.ioc.UserLogins;
import io.sharkfin.ioc.report.ImapReport;

import java.util.Map;

/**
 * IMAP indicators from LOGIN requests ({@code imap.request.username} and
 * {@code imap.request.password}, as packet-imap.c reads them: the password without its quotes):
 * the user names sent to each server with their passwords. A request's server is its destination.
 */
public final class ImapCollector implements Collector {
    private final IocFields f;
    private final UserLogins logins = new UserLogins("IMAP logins");

    public ImapCollector(IocFields fields) {
        this.f = fields;
    }

    @Override
    public void accept(FrameContext frame) {
        Packet p = frame.packet();
        if (frame.dst() == null) {
            return;
        }
        long stream = PacketValues.num(p, f.tcpStream, -1);
        for (int u = PacketValues.first(p, f.imapUsername); u >= 0; u = p.next(u)) {
            logins.user(frame, stream, frame.values().string(p, u));
            // the password of the same LOGIN line: the next item beside the user name
            int pw = p.firstAfter(f.imapPassword, u);
            if (pw != Integer.MAX_VALUE && p.parent(pw) == p.parent(u)) {
                logins.pass(stream, frame.values().string(p, pw));
            }
        }
    }

    @Override
    public void reportDrops(Map<String, Long> out) {
        logins.reportDrops(out);
    }

    /** The logins in the order they first appeared, each with the filter that selects its LOGIN requests. */
    public ImapReport report(ReportContext ctx) {
        return new ImapReport(logins.report(ctx, (server, user) -> FilterText.and(
                FilterText.eq("imap.request.username", user), FilterText.dst(server))));
    }
}
