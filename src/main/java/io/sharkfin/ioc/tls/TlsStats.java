package io.sharkfin.ioc.tls;

import io.sharkfin.ioc.DistinctValues;
import io.sharkfin.ioc.Evidence;

import java.util.List;

/** The per-indicator records of the TLS collector. */
final class TlsStats {
    private TlsStats() {
    }

    /** A value (SNI, fingerprint) with its frames and who used it. */
    static final class Counted {
        final String value;
        final Evidence evidence = new Evidence();
        final DistinctValues clients = new DistinctValues();
        final DistinctValues servers = new DistinctValues();
        final DistinctValues serverNames = new DistinctValues();
        long count;

        Counted(String value) {
            this.value = value;
        }
    }

    /** One certificate, identified by subject and issuer. */
    static final class Cert {
        final String subject;
        final String issuer;
        final Evidence evidence = new Evidence();
        final DistinctValues servers = new DistinctValues();
        final DistinctValues serverNames = new DistinctValues();
        String subjectCn;
        List<String> san = List.of();
        String notBefore;
        String notAfter;
        boolean selfSigned;
        boolean expired;
        boolean notYetValid;
        boolean leaf;

        Cert(String subject, String issuer) {
            this.subject = subject;
            this.issuer = issuer;
        }
    }

    /**
     * A server whose leaf certificate does not cover the SNI asked for; its evidence is every
     * ClientHello from the client to the server with that name (shared with other certificates
     * the server may have answered with).
     */
    static final class Mismatch {
        final String client;
        final String server;
        final String serverName;
        final Cert cert;
        final Evidence hellos;

        Mismatch(String client, String server, String serverName, Cert cert, Evidence hellos) {
            this.client = client;
            this.server = server;
            this.serverName = serverName;
            this.cert = cert;
            this.hellos = hellos;
        }
    }

    /** ClientHellos without a usable server name, per client, server and port. */
    static final class BareIp {
        final String client;
        final String server;
        /** tcp, or udp for QUIC. */
        final String transport;
        final int port;
        final String literal;
        final Evidence evidence = new Evidence();
        boolean resolvedBefore;

        BareIp(String client, String server, String transport, int port, String literal) {
            this.client = client;
            this.server = server;
            this.transport = transport;
            this.port = port;
            this.literal = literal;
        }
    }
}
