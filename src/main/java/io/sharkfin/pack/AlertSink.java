package io.sharkfin.pack;

/** Receives alerts as a run produces them, in frame order. */
@FunctionalInterface
public interface AlertSink {
    void alert(Alert alert);

    /** A sink that drops alerts (results are still counted). */
    static AlertSink none() {
        return a -> { };
    }
}
