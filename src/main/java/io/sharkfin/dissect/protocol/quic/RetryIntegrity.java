package io.sharkfin.dissect.protocol.quic;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/**
 * The Retry Integrity Tag check (RFC 9001 section 5.8): AES-128-GCM with the version's fixed key
 * and nonce over the Original Destination Connection ID and the Retry packet, with no plaintext.
 */
final class RetryIntegrity {
    private RetryIntegrity() {
    }

    /** Whether the tag at the end of {@code retryPacket} is right for {@code odcid}. */
    static boolean verify(long version, Cid odcid, byte[] retryPacket) {
        byte[] key;
        byte[] nonce;
        if (QuicVersion.draftAtMost(version, 28)) {
            key = QuicVersion.RETRY_KEY_DRAFT_25;
            nonce = QuicVersion.RETRY_NONCE_DRAFT_25;
        } else if (QuicVersion.draftAtMost(version, 32)) {
            key = QuicVersion.RETRY_KEY_DRAFT_29;
            nonce = QuicVersion.RETRY_NONCE_DRAFT_29;
        } else if (QuicVersion.draftAtMost(version, 34)) {
            key = QuicVersion.RETRY_KEY_V1;
            nonce = QuicVersion.RETRY_NONCE_V1;
        } else {
            key = QuicVersion.RETRY_KEY_V2;
            nonce = QuicVersion.RETRY_NONCE_V2;
        }
        int tail = retryPacket.length - 16;
        byte[] cid = odcid.bytes();
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            gcm.updateAAD(new byte[] {(byte) cid.length});
            gcm.updateAAD(cid);
            gcm.updateAAD(retryPacket, 0, tail);
            gcm.doFinal(retryPacket, tail, 16);
            return true;
        } catch (AEADBadTagException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }
}
