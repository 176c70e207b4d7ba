package io.sharkfin.ioc.imap;

import io.sharkfin.dissect.Packet;
import io.sharkfin.ioc.Collector;
import io.sharkfin.ioc.FilterText;
import io.sharkfin.ioc.FrameContext;
import io.sharkfin.ioc.IocFields;
import io.sharkfin.ioc.PacketValues;
import io.sharkfin.ioc.ReportContext;
import io.sharkfin.ioc.StreamSlots;
import io.sharkfin.ioc.UserLogins;
import io.sharkfin.ioc.report.ImapReport;

import java.util.Map;

/**
 * IMAP indicators from LOGIN requests ({@code imap.request.username} and
 * {@code imap.request.password}, as packet-imap.c reads them: the password without its quotes):
 * the user names sent to each server with their passwords, and whether LOGIN's tagged answer (OK,
 * NO, BAD) accepted them. A request's server is its destination.
 */
public final class ImapCollector implements Collector {
    private static final int STREAM_SLOTS = 1 << 12;

    private final IocFields f;
    private final UserLogins logins = new UserLogins("IMAP logins", "imap.request.password");
    /** Each connection's LOGIN tag, whose tagged answer says whether the password was accepted. */
    private final StreamSlots<String> loginTag = new StreamSlots<>(STREAM_SLOTS);

    public ImapCollector(IocFields fields) {
        this.f = fields;
    }

    @Override
    public void accept(FrameContext frame) {
        Packet p = frame.packet();
        if (PacketValues.first(p, f.imap) < 0 || frame.dst() == null) {
            return;
        }
        long stream = PacketValues.num(p, f.tcpStream, -1);
        String awaited = loginTag.get(stream);
        for (int t = PacketValues.first(p, f.imapResponseTag); awaited != null && t >= 0; t = p.next(t)) {
            int status = p.firstAfter(f.imapStatus, t);
            if (frame.values().string(p, t).equalsIgnoreCase(awaited) && status != Integer.MAX_VALUE
                    && p.parent(status) == p.parent(t)) {
                // LOGIN's tagged answer: OK, or NO or BAD
                logins.answer(stream, frame.values().string(p, status).equalsIgnoreCase("OK"));
                loginTag.put(stream, null);
                awaited = null;
            }
        }
        for (int u = PacketValues.first(p, f.imapUsername); u >= 0; u = p.next(u)) {
            logins.user(frame, stream, frame.values().string(p, u));
            // the password of the same LOGIN line: the next item beside the user name
            int pw = p.firstAfter(f.imapPassword, u);
            if (pw != Integer.MAX_VALUE && p.parent(pw) == p.parent(u)) {
                logins.pass(frame, stream, frame.values().string(p, pw));
                int tag = p.lastBefore(f.imapRequestTag, u);
                loginTag.put(stream, tag >= 0 && p.parent(tag) == p.parent(u) ? frame.values().string(p, tag) : null);
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
                FilterText.eq("imap.request.username", user), FilterText.dst(server))),
                logins.servers(ctx), logins.clients(ctx));
    }
}
