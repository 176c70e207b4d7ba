package io.sharkfin.ioc;

import io.sharkfin.ioc.report.LoginClient;
import io.sharkfin.ioc.report.LoginServer;
import io.sharkfin.ioc.report.UserLogin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Logins of the protocols that send a user name and a password on one TCP connection (FTP's and
 * POP3's USER and PASS, IMAP's LOGIN): each user name sent to a server, counted with its frames
 * and clients, the passwords its connection (tcp.stream) sent after it, how often the server's
 * answer to a password accepted or refused it, and the passwords it accepted; and, per server,
 * the passwords it was sent for any user (a guessing run's trace). A request's server is its
 * destination.
 */
public final class UserLogins {
    private static final int STREAM_SLOTS = 1 << 12;

    private final BoundedTable<String, Entry> logins;
    private final LoginTallies tallies;
    /** Each connection's last USER, which its PASS completes. */
    private final StreamSlots<Entry> lastLogin = new StreamSlots<>(STREAM_SLOTS);
    /**
     * Each connection's login whose password waits for the server's answer, that password, and
     * its attempt in the tallies per server and per client.
     */
    private final StreamSlots<Entry> awaiting = new StreamSlots<>(STREAM_SLOTS);
    private final StreamSlots<String> awaitingPassword = new StreamSlots<>(STREAM_SLOTS);
    private final StreamSlots<LoginTallies.Attempt> awaitingAttempt = new StreamSlots<>(STREAM_SLOTS);

    private static final class Entry {
        final String server;
        final String user;
        final LoginRecord record = new LoginRecord();

        Entry(String server, String user) {
            this.server = server;
            this.user = user;
        }
    }

    /**
     * @param what     how the table names its entries when it fills up ("FTP logins")
     * @param requests the display filter that selects the protocol's password requests
     */
    public UserLogins(String what, String requests) {
        logins = new BoundedTable<>(what);
        tallies = new LoginTallies(what, requests);
    }

    /** A USER request's user name, sent to the frame's destination on connection {@code stream}. */
    public void user(FrameContext frame, long stream, String user) {
        String server = frame.dst();
        Entry e = logins.get(server + '\0' + user, k -> new Entry(server, user));
        if (e != null) {
            e.record.seen(frame);
        }
        lastLogin.put(stream, e);
    }

    /**
     * A password request (PASS, or LOGIN's password) sent to the frame's destination on
     * connection {@code stream}, for that connection's last user name.
     */
    public void pass(FrameContext frame, long stream, String password) {
        Entry e = lastLogin.get(stream);
        awaitingAttempt.put(stream, tallies.attempt(frame, e == null ? null : e.user));
        if (e != null) {
            e.record.password(password);
        }
        awaiting.put(stream, e);
        awaitingPassword.put(stream, password);
    }

    /**
     * The server's answer to the password connection {@code stream} sent last, if one waits
     * (counted for the server even when no user name came before the password).
     */
    public void answer(long stream, boolean accepted) {
        LoginTallies.Attempt a = awaitingAttempt.get(stream);
        if (a != null) {
            a.answered(accepted);
            awaitingAttempt.put(stream, null);
        }
        Entry e = awaiting.get(stream);
        if (e != null) {
            e.record.answered(accepted, awaitingPassword.get(stream));
            awaiting.put(stream, null);
        }
    }

    public void reportDrops(Map<String, Long> out) {
        logins.reportDrops(out);
        tallies.reportDrops(out);
    }

    /**
     * The logins in the order they first appeared, each with the filter {@code filter} gives for
     * its server and user name, which must select the frames of its USER requests.
     */
    public List<UserLogin> report(ReportContext ctx, BiFunction<String, String, String> filter) {
        List<UserLogin> out = new ArrayList<>();
        for (Entry e : logins.values()) {
            LoginRecord r = e.record;
            out.add(new UserLogin(e.server, e.user, r.passwords(), r.acceptedPasswords(), r.count(), r.accepted(),
                    r.refused(), r.clients(), ctx.evidence(r.evidence(), filter.apply(e.server, e.user))));
        }
        return out;
    }

    /** The passwords per server ({@link LoginTallies#servers}). */
    public List<LoginServer> servers(ReportContext ctx) {
        return tallies.servers(ctx);
    }

    /** The passwords per client ({@link LoginTallies#clients}). */
    public List<LoginClient> clients(ReportContext ctx) {
        return tallies.clients(ctx);
    }
}
