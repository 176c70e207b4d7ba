package io.sharkfin.dissect.protocol.ssh;

/**
 * What packet-ssh.c keeps for one TCP connection ({@code struct ssh_flow_data}): the protocol
 * version the client announced, the key exchange both sides agreed on and how its messages read,
 * and each side's state ({@link Peer}). The frame numbers it holds let a frame's later PDUs be
 * told from its earlier ones, as there.
 */
final class SshConnection {
    static final int VERSION_UNKNOWN = 0;
    static final int VERSION_1 = 1;
    static final int VERSION_2 = 2;

    /** The messages 30-49 of the key exchange, read as the agreed method's family reads them. */
    enum KexFamily { DH, DH_GEX, ECDH }

    int version = VERSION_UNKNOWN;
    /** The agreed key-exchange method, or null before both KEXINITs were seen. */
    String kex;
    KexFamily family = KexFamily.DH;
    /** [0] the client's side, [1] the server's. */
    final Peer[] peers = {new Peer(), new Peer()};

    /** One side's state ({@code struct ssh_peer_data}); proposals [0] client-to-server, [1] server-to-client. */
    static final class Peer {
        long frameVersionStart;
        long frameVersionEnd;
        long frameKeyStart;
        long frameKeyEnd;
        int frameKeyEndOffset;

        String kexProposal;
        final String[] encProposals = new String[2];
        final String[] macProposals = new String[2];
        final String[] compProposals = new String[2];
        String enc;
        String mac;
        String comp;
        int macLength = -1;
        boolean lengthIsPlaintext;

        // sequence numbers of the clear-text messages, as packet-ssh.c counts them
        int sequenceNumber;
        int seqNumKexInit;
        int seqNumGexReq;
        int seqNumGexGrp;
        int seqNumGexIni;
        int seqNumGexRep;
        int seqNumEcdhIni;
        int seqNumEcdhRep;
        int seqNumDhIni;
        int seqNumDhRep;
        int seqNumNewKey;
    }
}
