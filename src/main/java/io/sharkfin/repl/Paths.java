package io.sharkfin.repl;

/** Paths as typed at the prompt. */
final class Paths {
    private Paths() {
    }

    /** {@code ~/x} → the home directory's {@code x}; surrounding quotes removed. */
    static String expandHome(String typed) {
        String s = typed.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.equals("~") || s.startsWith("~/")) {
            return System.getProperty("user.home") + s.substring(1);
        }
        return s;
    }
}
