package io.sharkfin.ioc.cadence;

/**
 * Identifies a pair: its kind, the client, and the server address and port (tcp, udp) or the
 * name (dns, http).
 */
public record PairKey(PairKind kind, String client, String server, int port, String name) {

    public static PairKey connection(PairKind kind, String client, String server, int port) {
        return new PairKey(kind, client, server, port, null);
    }

    public static PairKey named(PairKind kind, String client, String name) {
        return new PairKey(kind, client, null, 0, name);
    }
}
