package io.sharkfin.ioc.cadence;

/** What the events of a pair are. */
public enum PairKind {
    /** TCP connection attempts (SYN frames) from a client to a server port. */
    TCP("tcp"),
    /** UDP flows (a datagram after a quiet second starts a new event) from a client to a server port. */
    UDP("udp"),
    /** Look-ups of one name by a client. */
    DNS("dns"),
    /** HTTP requests of a client to one Host. */
    HTTP("http");

    private final String word;

    PairKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
