package io.sharkfin.repl;

/** Paths as typed at the prompt. */
public final class Paths {
    private Paths() {
    }

    /**
     * The home directory {@code ~} names: {@code $HOME} as the shell expands it, else the account's
     * (the JVM's {@code user.home} is the account's even when {@code HOME} says otherwise).
     */
    public static String home() {
        String env = System.getenv("HOME");
        return env != null && !env.isBlank() ? env : System.getProperty("user.home");
    }

    /** {@code ~/x} → the home directory's {@code x}; surrounding quotes removed. */
    static String expandHome(String typed) {
        String s = typed.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.equals("~") || s.startsWith("~/")) {
            return home() + s.substring(1);
        }
        return s;
    }
}
