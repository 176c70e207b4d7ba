package io.sharkfin.repl;

/** Background threads of the REPL: daemons, so a scan still counting never keeps the JVM alive. */
final class Workers {
    private Workers() {
    }

    static void start(Runnable task) {
        Thread t = new Thread(task, "sharkfin-scan");
        t.setDaemon(true);
        t.start();
    }
}
