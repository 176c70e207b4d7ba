package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample packet protection of RFC 9001 appendix A (QUIC v1) and RFC 9369 appendix A (v2):
 * the Initial secrets and keys from the client's DCID, header protection masks, the client
 * Initial (sealed here with the RFC's keys, checked against the RFC's sample and protected
 * header), the server Initial as published, decrypted by the dissector, and the Retry Integrity
 * Tag.
 */
class Rfc9001VectorsTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] DCID = hex("8394c8f03e515708");

    /** The CRYPTO frame of the client Initial (a ClientHello of 241 bytes); the rest is PADDING. */
    private static final String CLIENT_CRYPTO_FRAME =
            "060040f1010000ed0303ebf8fa56f12939b9584a3896472ec40bb863cfd3e868"
            + "04fe3a47f06a2b69484c00000413011302010000c000000010000e00000b6578"
            + "616d706c652e636f6dff01000100000a00080006001d00170018001000070005"
            + "04616c706e000500050100000000003300260024001d00209370b2c9caa47fba"
            + "baf4559fedba753de171fa71f50f1ce15d43e994ec74d748002b000302030400"
            + "0d0010000e0403050306030203080408050806002d00020101001c0002400100"
            + "3900320408ffffffffffffffff05048000ffff07048000ffff08011001048000"
            + "75300901100f088394c8f03e51570806048000ffff";
    private static final String SERVER_PAYLOAD =
            "02000000000600405a020000560303eefce7f7b37ba1d1632e96677825ddf739"
            + "88cfc79825df566dc5430b9a045a1200130100002e00330024001d00209d3c94"
            + "0d89690b84d08a60993c144eca684d1081287c834d5311bcf32bb9da1a002b00"
            + "020304";
    private static final String V1_SERVER_PACKET =
            "cf000000010008f067a5502a4262b5004075c0d95a482cd0991cd25b0aac406a"
            + "5816b6394100f37a1c69797554780bb38cc5a99f5ede4cf73c3ec2493a1839b3"
            + "dbcba3f6ea46c5b7684df3548e7ddeb9c3bf9c73cc3f3bded74b562bfb19fb84"
            + "022f8ef4cdd93795d77d06edbb7aaf2f58891850abbdca3d20398c276456cbc4"
            + "2158407dd074ee";
    private static final String V2_SERVER_PACKET =
            "dc6b3343cf0008f067a5502a4262b5004075d92faaf16f05d8a4398c47089698"
            + "baeea26b91eb761d9b89237bbf87263017915358230035f7fd3945d88965cf17"
            + "f9af6e16886c61bfc703106fbaf3cb4cfa52382dd16a393e42757507698075b2"
            + "c984c707f0a0812d8cd5a6881eaf21ceda98f4bd23f6fe1a3e2c43edd9ce7ca8"
            + "4bed8521e2e140";
    private static final String V1_RETRY = "ff000000010008f067a5502a4262b5746f6b656e04a265ba2eff4d829058fb3f0f2496ba";
    private static final String V2_RETRY = "cf6b3343cf0008f067a5502a4262b5746f6b656ec8646ce8bfe33952d955543665dcc7b6";

    private static byte[] hex(String s) {
        return HEX.parseHex(s);
    }

    @Test
    void v1InitialSecretsAndKeys() {
        assertEquals("7db5df06e7a69e432496adedb00851923595221596ae2ae9fb8115c1e9ed0a44",
                HEX.formatHex(Hkdf.extract(QuicVersion.initialSalt(1), DCID)));
        InitialKeys keys = InitialKeys.derive(1, DCID);
        assertEquals("1f369613dd76d5467730efcbe3b1a22d", HEX.formatHex(keys.client().key()));
        assertEquals("fa044b2f42a3fd3b46fb255c", HEX.formatHex(keys.client().iv()));
        assertEquals("9f50449e04a0e810283a1e9933adedd2", HEX.formatHex(keys.client().hp()));
        assertEquals("cf3a5331653c364c88f0f379b6067e37", HEX.formatHex(keys.server().key()));
        assertEquals("0ac1493ca1905853b0bba03e", HEX.formatHex(keys.server().iv()));
        assertEquals("c206b8d9b9f0f37644430b490eeaa314", HEX.formatHex(keys.server().hp()));
    }

    @Test
    void v1HeaderProtectionMasks() {
        InitialKeys keys = InitialKeys.derive(1, DCID);
        assertEquals("437b9aec36", HEX.formatHex(keys.client().mask(hex("d1b1c98dd7689fb8ec11d242b123dc9b"))));
        assertEquals("2ec0d8356a", HEX.formatHex(keys.server().mask(hex("2cd0991cd25b0aac406a5816b6394100"))));
    }

    @Test
    void v2HeaderProtectionMasks() {
        InitialKeys keys = InitialKeys.derive(QuicVersion.V2, DCID);
        assertEquals("94a0c95e80", HEX.formatHex(keys.client().mask(hex("ffe67b6abcdb4298b485dd04de806071"))));
        assertEquals("4dd92e91ea", HEX.formatHex(keys.server().mask(hex("6f05d8a4398c47089698baeea26b91eb"))));
    }

    @Test
    void packetNumbersAreExpandedAsRfc9000AppendixA3() {
        assertEquals(0xa82f9b32L, PacketNumbers.expand(0xa82f30eaL, 0x9b32, 16));
        assertEquals(1, PacketNumbers.expand(0, 1, 8));
    }

    /** RFC 9001 A.2: sealing the client Initial gives the RFC's sample and protected header. */
    @Test
    void v1ClientInitialIsTheRfcs() throws Exception {
        byte[] packet = clientInitial(1, "c300000001088394c8f03e5157080000449e00000002");
        assertEquals("c000000001088394c8f03e5157080000449e7b9aec34d1b1c98dd7689fb8ec11d242b123dc9b",
                HEX.formatHex(packet, 0, 38));
        assertEquals(1200, packet.length);
    }

    @Test
    void v2ClientInitialIsTheRfcs() throws Exception {
        byte[] packet = clientInitial(QuicVersion.V2, "d36b3343cf088394c8f03e5157080000449e00000002");
        assertEquals("d76b3343cf088394c8f03e5157080000449ea0c95e82ffe67b6abcdb4298b485",
                HEX.formatHex(packet, 0, 32));
    }

    /** The dissector decrypts the client Initial and the RFC's server Initial and hands on the hellos. */
    @Test
    void v1HandshakeDecryptsEndToEnd() throws Exception {
        handshakeEndToEnd(1, "c300000001088394c8f03e5157080000449e00000002", V1_SERVER_PACKET);
    }

    @Test
    void v2HandshakeDecryptsEndToEnd() throws Exception {
        handshakeEndToEnd(QuicVersion.V2, "d36b3343cf088394c8f03e5157080000449e00000002", V2_SERVER_PACKET);
    }

    private static void handshakeEndToEnd(long version, String clientHeader, String serverPacket) throws Exception {
        CryptoRecorder recorder = new CryptoRecorder();
        Dissectors ds = CryptoRecorder.dissectorsRecordingInto(recorder);
        Session s = Session.full(ds);
        Packet client = s.dissect(QuicTestFrames.fromClient(1, clientInitial(version, clientHeader)));
        assertEquals("2", cell(client, "quic.packet_number"));
        assertEquals("6,0", cell(client, "quic.frame_type"));
        assertEquals("0", cell(client, "quic.crypto.offset"));
        assertEquals("241", cell(client, "quic.crypto.length"));
        assertEquals("917", cell(client, "quic.padding_length"));
        assertEquals("eth:ethertype:ip:udp:quic:tls", client.protocols());
        assertEquals("", cell(client, "quic.decryption_failed"));
        Packet server = s.dissect(QuicTestFrames.fromServer(2, hex(serverPacket)));
        assertEquals("1", cell(server, "quic.packet_number"));
        assertEquals("2,6", cell(server, "quic.frame_type"));
        assertEquals("0", cell(server, "quic.ack.largest_acknowledged"));
        assertEquals("90", cell(server, "quic.crypto.length"));
        assertEquals("f067a5502a4262b5", cell(server, "quic.scid"));
        assertEquals(List.of(CLIENT_CRYPTO_FRAME.substring(8), SERVER_PAYLOAD.substring(18)),
                recorder.calls.stream().map(CryptoRecorder.Call::hex).toList());
    }

    @Test
    void v1RetryIntegrityTag() {
        assertTrue(RetryIntegrity.verify(1, Cid.of(DCID), hex(V1_RETRY)));
        byte[] bad = hex(V1_RETRY);
        bad[bad.length - 1] ^= 1;
        assertFalse(RetryIntegrity.verify(1, Cid.of(DCID), bad));
    }

    @Test
    void v2RetryIntegrityTag() {
        assertTrue(RetryIntegrity.verify(QuicVersion.V2, Cid.of(DCID), hex(V2_RETRY)));
    }

    /** A Retry after the client Initial is verified with that Initial's DCID; a bad one is flagged. */
    @Test
    void retryPacketsAreCheckedAgainstTheClientsDcid() throws Exception {
        for (boolean damaged : new boolean[] {false, true}) {
            Session s = Session.full(CryptoRecorder.dissectorsRecordingInto(new CryptoRecorder()));
            s.dissect(QuicTestFrames.fromClient(1, clientInitial(1, "c300000001088394c8f03e5157080000449e00000002")));
            byte[] retry = hex(V1_RETRY);
            if (damaged) {
                retry[retry.length - 1] ^= 1;
            }
            Packet p = s.dissect(QuicTestFrames.fromServer(2, retry));
            assertEquals("746f6b656e", cell(p, "quic.retry_token"));
            assertEquals("3", cell(p, "quic.long.packet_type"));
            assertEquals(damaged ? "1" : "", cell(p, "quic.bad_retry"));
        }
    }

    /** Seals the client Initial of appendix A.2 (CRYPTO frame padded to 1162 bytes) for a version. */
    private static byte[] clientInitial(long version, String headerHex) throws Exception {
        byte[] header = hex(headerHex);
        byte[] payload = new byte[1162];
        byte[] crypto = hex(CLIENT_CRYPTO_FRAME);
        System.arraycopy(crypto, 0, payload, 0, crypto.length);
        PacketKeys keys = InitialKeys.derive(version, DCID).client();
        byte[] nonce = keys.iv();
        nonce[11] ^= 2;
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.key(), "AES"), new GCMParameterSpec(128, nonce));
        gcm.updateAAD(header);
        byte[] sealed = gcm.doFinal(payload);
        byte[] sample = new byte[16];
        System.arraycopy(sealed, 0, sample, 0, 16);
        byte[] mask = keys.mask(sample);
        header[0] ^= (byte) (mask[0] & 0x0f);
        for (int i = 0; i < 4; i++) {
            header[header.length - 4 + i] ^= mask[1 + i];
        }
        byte[] packet = new byte[header.length + sealed.length];
        System.arraycopy(header, 0, packet, 0, header.length);
        System.arraycopy(sealed, 0, packet, header.length, sealed.length);
        return packet;
    }

    private static String cell(Packet p, String field) {
        return FieldFormat.cell(p, p.registry().lookup(field).id());
    }
}
