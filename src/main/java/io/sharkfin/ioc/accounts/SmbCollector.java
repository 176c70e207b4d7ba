package io.sharkfin.ioc.accounts;

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
import io.sharkfin.ioc.report.AccountsReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SMB2 as lateral movement shows in it: the shares mounted (TREE_CONNECT requests, with the
 * answer that followed on the connection) and the files and pipes opened on them (CREATE
 * requests), each with the accounts of the sessions that asked (Wireshark's {@code smb2.acct},
 * from the session's NTLM authentication).
 */
public final class SmbCollector implements Collector {
    private static final int TREE_CONNECT = 3;
    private static final int CREATE = 5;
    private static final int STREAM_SLOTS = 1 << 12;

    private final IocFields f;
    private final BoundedTable<String, Entry> shares = new BoundedTable<>("SMB shares");
    private final BoundedTable<String, Entry> files = new BoundedTable<>("SMB files");
    /** Each connection's last TREE_CONNECT, which the next response on it answers. */
    private final StreamSlots<Entry> pending = new StreamSlots<>(STREAM_SLOTS);

    /** A share (path, server) or a file (name, share, server) with its frames. */
    private static final class Entry {
        final String name;
        final String share;
        final String server;
        final String filter;
        final DistinctValues clients = new DistinctValues();
        final DistinctValues accounts = new DistinctValues();
        final Evidence evidence = new Evidence();
        long count;
        long refused;

        Entry(String name, String share, String server, String filter) {
            this.name = name;
            this.share = share;
            this.server = server;
            this.filter = filter;
        }
    }

    SmbCollector(IocFields fields) {
        this.f = fields;
    }

    @Override
    public void accept(FrameContext frame) {
        Packet p = frame.packet();
        long cmd = PacketValues.num(p, f.smb2Cmd, -1);
        if (cmd != TREE_CONNECT && cmd != CREATE || frame.dst() == null) {
            return;
        }
        long stream = PacketValues.num(p, f.tcpStream, -1);
        boolean response = PacketValues.num(p, f.smb2Response, 0) != 0;
        if (response) {
            Entry e = cmd == TREE_CONNECT ? pending.get(stream) : null;
            if (e != null && PacketValues.num(p, f.smb2Status, 0) != 0) {
                e.refused++;
            }
            pending.put(stream, null);
            return;
        }
        String tree = PacketValues.firstText(p, f.smb2Tree);
        String server = frame.dst();
        if (cmd == TREE_CONNECT) {
            if (tree == null) {
                return;
            }
            String filter = FilterText.and("smb2.cmd == 3 && smb2.flags.response == 0", FilterText.eq("smb2.tree", tree),
                    FilterText.dst(server));
            pending.put(stream, count(shares, frame, p, tree, null, server, filter));
            return;
        }
        String name = PacketValues.firstText(p, f.smb2Filename);
        if (name == null || name.isEmpty()) {
            return; // the share's root
        }
        String filter = FilterText.and("smb2.cmd == 5 && smb2.flags.response == 0", FilterText.eq("smb2.filename", name),
                tree == null ? null : FilterText.eq("smb2.tree", tree), FilterText.dst(server));
        count(files, frame, p, name, tree, server, filter);
    }

    private Entry count(BoundedTable<String, Entry> table, FrameContext frame, Packet p, String name, String share,
                        String server, String filter) {
        Entry e = table.get(name + '\0' + share + '\0' + server, k -> new Entry(name, share, server, filter));
        if (e == null) {
            return null;
        }
        e.count++;
        e.evidence.add(frame.number(), frame.time());
        e.clients.add(frame.src());
        String account = PacketValues.firstText(p, f.smb2Account);
        String domain = PacketValues.firstText(p, f.smb2Domain);
        if (account != null && !account.isEmpty()) {
            e.accounts.add(domain == null || domain.isEmpty() ? account : domain + "\\" + account);
        }
        return e;
    }

    @Override
    public void reportDrops(Map<String, Long> out) {
        shares.reportDrops(out);
        files.reportDrops(out);
    }

    List<AccountsReport.Share> shares(ReportContext ctx) {
        List<AccountsReport.Share> out = new ArrayList<>();
        for (Entry e : shares.values()) {
            out.add(new AccountsReport.Share(e.name, e.server, e.clients.list(), e.accounts.list(), e.count, e.refused,
                    ctx.evidence(e.evidence, e.filter)));
        }
        return out;
    }

    List<AccountsReport.RemoteFile> files(ReportContext ctx) {
        List<AccountsReport.RemoteFile> out = new ArrayList<>();
        for (Entry e : files.values()) {
            out.add(new AccountsReport.RemoteFile(e.name, e.share, e.server, e.clients.list(), e.accounts.list(), e.count,
                    ctx.evidence(e.evidence, e.filter)));
        }
        return out;
    }
}
