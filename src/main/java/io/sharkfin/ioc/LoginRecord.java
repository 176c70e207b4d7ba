package io.sharkfin.ioc;

import java.util.List;

/**
 * What one login (a user name sent to a server, by whatever protocol) gathers: the requests that
 * carried it (their count and frames) and the clients that sent them, the passwords sent with it,
 * and how often the server accepted or refused them, with the passwords it accepted (among
 * guesses, the one that works).
 */
public final class LoginRecord {
    private final Evidence evidence = new Evidence();
    private final DistinctValues clients = new DistinctValues();
    private final DistinctValues passwords = new DistinctValues();
    private final DistinctValues acceptedPasswords = new DistinctValues();
    private long count;
    private long accepted;
    private long refused;

    /** A request of the frame carried the login, sent by the frame's source. */
    public void seen(FrameContext frame) {
        count++;
        evidence.add(frame.number(), frame.time());
        clients.add(frame.src());
    }

    /** A password sent with the login (null when it was not read). */
    public void password(String password) {
        passwords.add(password);
    }

    /** The server's answer to {@code password} (null when it was not read). */
    public void answered(boolean accept, String password) {
        if (accept) {
            accepted++;
            acceptedPasswords.add(password);
        } else {
            refused++;
        }
    }

    public Evidence evidence() {
        return evidence;
    }

    public long count() {
        return count;
    }

    public List<String> clients() {
        return clients.list();
    }

    public List<String> passwords() {
        return passwords.list();
    }

    public long accepted() {
        return accepted;
    }

    public long refused() {
        return refused;
    }

    public List<String> acceptedPasswords() {
        return acceptedPasswords.list();
    }
}
