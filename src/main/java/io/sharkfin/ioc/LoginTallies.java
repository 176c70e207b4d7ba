package io.sharkfin.ioc;

import io.sharkfin.ioc.report.LoginClient;
import io.sharkfin.ioc.report.LoginServer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The passwords sent over one protocol, for any user, and the servers' answers, tallied two ways:
 * per server (a guessing run seen from the server's side, {@link LoginServer}) and per client
 * (one client trying passwords on many servers, {@link LoginClient}). A request's server is its
 * destination, its client its source.
 */
public final class LoginTallies {
    /** Names kept per tally (users, servers); more are counted, not kept. */
    private static final int NAMES_KEPT = 10_000;

    private final String requests;
    private final BoundedTable<String, Tally> servers;
    private final BoundedTable<String, Tally> clients;

    /** One server's or one client's passwords: the other ends, the users, the answers. */
    private static final class Tally {
        final Evidence evidence = new Evidence();
        final Names peers = new Names();
        final Names users = new Names();
        long accepted;
        long refused;

        void answered(boolean accept) {
            if (accept) {
                accepted++;
            } else {
                refused++;
            }
        }
    }

    /** Distinct names, the first {@link #NAMES_KEPT} kept, the rest counted. */
    private static final class Names {
        final Set<String> kept = new LinkedHashSet<>();
        long more;

        void add(String name) {
            if (name != null && !kept.contains(name)) {
                if (kept.size() < NAMES_KEPT) {
                    kept.add(name);
                } else {
                    more++;
                }
            }
        }

        long count() {
            return kept.size() + more;
        }

        List<String> listed() {
            return kept.stream().limit(Limits.VALUES_LISTED).toList();
        }
    }

    /** A password sent: the tallies its answer goes to. */
    public static final class Attempt {
        private final Tally server;
        private final Tally client;

        private Attempt(Tally server, Tally client) {
            this.server = server;
            this.client = client;
        }

        /** The server's answer to the password. */
        public void answered(boolean accept) {
            if (server != null) {
                server.answered(accept);
            }
            if (client != null) {
                client.answered(accept);
            }
        }
    }

    /**
     * @param what     how the tables name their entries when they fill up ("FTP logins")
     * @param requests the display filter that selects this protocol's password requests (the
     *                 evidence's filters add the server's or the client's address to it)
     */
    public LoginTallies(String what, String requests) {
        this.requests = requests;
        this.servers = new BoundedTable<>(what + " (servers)");
        this.clients = new BoundedTable<>(what + " (clients)");
    }

    /** A password sent in the frame, from its source to its destination, for {@code user} (null when not known). */
    public Attempt attempt(FrameContext frame, String user) {
        Tally s = tally(servers, frame.dst(), frame.src(), user, frame);
        Tally c = tally(clients, frame.src(), frame.dst(), user, frame);
        return new Attempt(s, c);
    }

    private static Tally tally(BoundedTable<String, Tally> table, String key, String peer, String user, FrameContext frame) {
        if (key == null) {
            return null;
        }
        Tally t = table.get(key, k -> new Tally());
        if (t != null) {
            t.evidence.add(frame.number(), frame.time());
            t.peers.add(peer);
            t.users.add(user);
        }
        return t;
    }

    public void reportDrops(Map<String, Long> out) {
        servers.reportDrops(out);
        clients.reportDrops(out);
    }

    /** The servers in the order of their first password, each with the filter of its password requests. */
    public List<LoginServer> servers(ReportContext ctx) {
        List<LoginServer> out = new ArrayList<>();
        servers.asMap().forEach((server, t) -> out.add(new LoginServer(server, t.evidence.count(), t.users.count(),
                t.users.listed(), t.accepted, t.refused, t.peers.listed(),
                ctx.evidence(t.evidence, FilterText.and(requests, FilterText.dst(server))))));
        return out;
    }

    /** The clients in the order of their first password, each with the filter of its password requests. */
    public List<LoginClient> clients(ReportContext ctx) {
        List<LoginClient> out = new ArrayList<>();
        clients.asMap().forEach((client, t) -> out.add(new LoginClient(client, t.evidence.count(), t.peers.count(),
                t.peers.listed(), t.users.count(), t.users.listed(), t.accepted, t.refused,
                ctx.evidence(t.evidence, FilterText.and(requests, FilterText.src(client))))));
        return out;
    }
}
