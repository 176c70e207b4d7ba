package io.sharkfin.ioc;

import io.sharkfin.ioc.report.LoginServer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The passwords sent to each server over one protocol, for any user, and the server's answers:
 * a guessing run seen from the server's side ({@link LoginServer}). A request's server is its
 * destination.
 */
public final class LoginServers {
    /** User names kept per server; more are counted, not kept. */
    private static final int USERS_KEPT = 10_000;

    private final BoundedTable<String, Server> servers;

    /** One server's tally. */
    public static final class Server {
        private final Evidence evidence = new Evidence();
        private final DistinctValues clients = new DistinctValues();
        private final Set<String> users = new LinkedHashSet<>();
        private long moreUsers;
        private long accepted;
        private long refused;

        /** The server's answer to a password it was sent. */
        public void answered(boolean accept) {
            if (accept) {
                accepted++;
            } else {
                refused++;
            }
        }
    }

    /** @param what how the table names its entries when it fills up ("FTP logins (servers)") */
    public LoginServers(String what) {
        servers = new BoundedTable<>(what);
    }

    /**
     * A password sent in the frame to its destination, for {@code user} (null when not known);
     * returns the server's tally for its answer, or null when the table is full.
     */
    public Server attempt(FrameContext frame, String user) {
        Server s = servers.get(frame.dst(), k -> new Server());
        if (s != null) {
            s.evidence.add(frame.number(), frame.time());
            s.clients.add(frame.src());
            if (user != null && !s.users.contains(user)) {
                if (s.users.size() < USERS_KEPT) {
                    s.users.add(user);
                } else {
                    s.moreUsers++;
                }
            }
        }
        return s;
    }

    public void reportDrops(Map<String, Long> out) {
        servers.reportDrops(out);
    }

    /**
     * The servers in the order of their first password, each with the filter {@code filter}
     * gives for it, which must select the requests that carried the passwords.
     */
    public List<LoginServer> report(ReportContext ctx, Function<String, String> filter) {
        List<LoginServer> out = new ArrayList<>();
        servers.asMap().forEach((server, s) -> out.add(new LoginServer(server, s.evidence.count(),
                s.users.size() + s.moreUsers, s.users.stream().limit(Limits.VALUES_LISTED).toList(), s.accepted,
                s.refused, s.clients.list(), ctx.evidence(s.evidence, filter.apply(server)))));
        return out;
    }
}
