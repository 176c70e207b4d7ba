package io.sharkfin.repl;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.filter.Filter;
import io.sharkfin.repl.view.Stats;

import java.util.BitSet;
import java.util.List;

/**
 * {@code :stats conv|endpoints|protocols|dns|http|tls|expert|dests|credentials}: top-N tables and tshark's
 * statistics over the frames the last filter selected (every frame before any filter), in one pass.
 */
final class StatsCommand implements Command {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String args() {
        return String.join("|", Stats.KINDS);
    }

    @Override
    public String summary() {
        return "top-N tables over the current matches: conversations, endpoints, protocol hierarchy, DNS, HTTP, TLS, "
                + "expert findings, destinations and ports, user names sent in clear";
    }

    @Override
    public Arg arg() {
        return Arg.STATS;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example(":stats protocols", "protocol hierarchy of the current matches"),
                new Example(":stats conv", "conversations, busiest first"),
                new Example(":stats http", "hosts, methods, status codes, user agents, URIs"),
                new Example(":stats tls", "server names, handshake types, chosen cipher suites, JA4"),
                new Example(":stats expert", "expert findings of the current matches, by severity"),
                new Example(":stats credentials", "user names sent in clear (HTTP Authorization, FTP, SMTP AUTH, POP3, IMAP)"));
    }

    @Override
    public void run(String args, Shell shell) throws ReplError {
        FieldRegistry registry = FieldRegistry.standard();
        Stats stats = args.isEmpty() ? null : Stats.create(args, registry);
        if (stats == null) {
            throw ReplError.usage("usage: :stats " + args());
        }
        LoadedCapture c = shell.workspace().require();
        Filter f = shell.filterOrLast("");
        BitSet extra = new BitSet();
        for (String name : stats.fields()) {
            FieldDef d = registry.lookup(name);
            if (d != null && d.dissected()) {
                extra.set(d.id());
            }
        }
        ScanResult r = shell.feed(c, f, stats.wholeTree() ? null : extra, stats::add);
        if (!r.complete()) {
            throw new ReplError("stopped", 2);
        }
        for (String line : stats.render(f.text())) {
            shell.console().print(line);
        }
    }
}
