package io.sharkfin.ioc;

import java.util.List;

/**
 * A login's answers from its server: how often the server accepted or refused the passwords sent
 * with it, and the passwords it accepted (among guesses, the one that works).
 */
public final class LoginAnswers {
    private final DistinctValues acceptedPasswords = new DistinctValues();
    private long accepted;
    private long refused;

    /** The server's answer to {@code password} (null when it was not read). */
    public void answered(boolean accept, String password) {
        if (accept) {
            accepted++;
            acceptedPasswords.add(password);
        } else {
            refused++;
        }
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
