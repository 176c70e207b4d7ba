package io.sharkfin.ioc;

import io.sharkfin.ioc.report.UserLogin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Logins of the protocols that send a user name and a password on one TCP connection (FTP's and
 * POP3's USER and PASS, IMAP's LOGIN): each user name sent to a server, counted with its frames
 * and clients, the passwords its connection (tcp.stream) sent after it, and how often the
 * server's answer to a password accepted or refused it. A request's server is its destination.
 */
public final class UserLogins {
    private static final int STREAM_SLOTS = 1 << 12;

    private final BoundedTable<String, Entry> logins;
    /** Each connection's last USER, which its PASS completes. */
    private final StreamSlots<Entry> lastLogin = new StreamSlots<>(STREAM_SLOTS);
    /** Each connection's login whose password waits for the server's answer. */
    private final StreamSlots<Entry> awaiting = new StreamSlots<>(STREAM_SLOTS);

    private static final class Entry {
        final String server;
        final String user;
        final Evidence evidence = new Evidence();
        final DistinctValues clients = new DistinctValues();
        final DistinctValues passwords = new DistinctValues();
        long count;
        long accepted;
        long refused;

        Entry(String server, String user) {
            this.server = server;
            this.user = user;
        }
    }

    /** @param what how the table names its entries when it fills up ("FTP logins") */
    public UserLogins(String what) {
        logins = new BoundedTable<>(what);
    }

    /** A USER request's user name, sent to the frame's destination on connection {@code stream}. */
    public void user(FrameContext frame, long stream, String user) {
        String server = frame.dst();
        Entry e = logins.get(server + '\0' + user, k -> new Entry(server, user));
        if (e != null) {
            e.count++;
            e.evidence.add(frame.number(), frame.time());
            e.clients.add(frame.src());
        }
        lastLogin.put(stream, e);
    }

    /** A PASS request's password, for the last user name of connection {@code stream}. */
    public void pass(long stream, String password) {
        Entry e = lastLogin.get(stream);
        if (e != null) {
            e.passwords.add(password);
        }
        awaiting.put(stream, e);
    }

    /** Whether connection {@code stream}'s server answers its last password (if one waits). */
    public boolean awaitsAnswer(long stream) {
        return awaiting.get(stream) != null;
    }

    /** The server's answer to the password connection {@code stream} sent last, if one waits. */
    public void answer(long stream, boolean accepted) {
        Entry e = awaiting.get(stream);
        if (e != null) {
            if (accepted) {
                e.accepted++;
            } else {
                e.refused++;
            }
            awaiting.put(stream, null);
        }
    }

    public void reportDrops(Map<String, Long> out) {
        logins.reportDrops(out);
    }

    /**
     * The logins in the order they first appeared, each with the filter {@code filter} gives for
     * its server and user name, which must select the frames of its USER requests.
     */
    public List<UserLogin> report(ReportContext ctx, BiFunction<String, String, String> filter) {
        List<UserLogin> out = new ArrayList<>();
        for (Entry e : logins.values()) {
            out.add(new UserLogin(e.server, e.user, e.passwords.list(), e.count, e.accepted, e.refused,
                    e.clients.list(), ctx.evidence(e.evidence, filter.apply(e.server, e.user))));
        }
        return out;
    }
}
