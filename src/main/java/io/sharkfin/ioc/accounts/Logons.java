package io.sharkfin.ioc.accounts;

import io.sharkfin.ioc.BoundedTable;
import io.sharkfin.ioc.DistinctValues;
import io.sharkfin.ioc.Evidence;
import io.sharkfin.ioc.FrameContext;
import io.sharkfin.ioc.ReportContext;
import io.sharkfin.ioc.report.AccountsReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The logons of accounts at servers, shared by the Kerberos and NTLM collectors: one entry per
 * protocol, account and server, with the frames behind it and the filter that selects them.
 */
final class Logons {

    /** One account's logons at one server. */
    static final class Entry {
        final String protocol;
        final String account;
        final String server;
        final String filter;
        final DistinctValues clients = new DistinctValues();
        final DistinctValues workstations = new DistinctValues();
        final Map<String, Long> errors = new TreeMap<>();
        final Evidence evidence = new Evidence();
        long attempts;
        long successes;
        long failures;
        long withoutPreauth;

        Entry(String protocol, String account, String server, String filter) {
            this.protocol = protocol;
            this.account = account;
            this.server = server;
            this.filter = filter;
        }

        void failed(String error) {
            failures++;
            errors.merge(error, 1L, Long::sum);
        }
    }

    private final BoundedTable<String, Entry> table = new BoundedTable<>("logons");

    /**
     * The entry of an account at a server (made with {@code filter}, the filter of its frames,
     * when new), with the frame added to its evidence; null when the table is full.
     */
    Entry seen(String protocol, String account, String server, String filter, FrameContext frame, String client) {
        Entry e = table.get(protocol + '\0' + account + '\0' + server, k -> new Entry(protocol, account, server, filter));
        if (e != null) {
            e.evidence.add(frame.number(), frame.time());
            e.clients.add(client);
        }
        return e;
    }

    void reportDrops(Map<String, Long> out) {
        table.reportDrops(out);
    }

    List<AccountsReport.Logon> report(ReportContext ctx) {
        List<AccountsReport.Logon> out = new ArrayList<>();
        for (Entry e : table.values()) {
            out.add(new AccountsReport.Logon(e.protocol, e.account, e.server, e.clients.list(), e.workstations.list(),
                    e.attempts, e.successes, e.failures, Map.copyOf(e.errors), e.withoutPreauth,
                    ctx.evidence(e.evidence, e.filter)));
        }
        return out;
    }
}
