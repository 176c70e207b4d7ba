package io.sharkfin.dissect.protocol.quic;

/**
 * The Initial packet protection of a connection (RFC 9001 section 5.2): both directions' keys
 * derived from the Destination Connection ID of the client's first Initial, with the salt of the
 * version.
 *
 * @param client keys of packets the client sends
 * @param server keys of packets the server sends
 */
record InitialKeys(PacketKeys client, PacketKeys server) {

    static InitialKeys derive(long version, byte[] clientDcid) {
        byte[] initialSecret = Hkdf.extract(QuicVersion.initialSalt(version), clientDcid);
        byte[] client = Hkdf.expandLabel(initialSecret, "client in", Hkdf.HASH_LENGTH);
        byte[] server = Hkdf.expandLabel(initialSecret, "server in", Hkdf.HASH_LENGTH);
        return new InitialKeys(PacketKeys.fromSecret(client, version),
                PacketKeys.fromSecret(server, version));
    }

    PacketKeys of(boolean fromServer) {
        return fromServer ? server : client;
    }
}
