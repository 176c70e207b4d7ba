package io.sharkfin.dissect.protocol.quic;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/**
 * One direction's packet protection with AEAD_AES_128_GCM (what Initial packets use, RFC 9001
 * section 5): the payload key and IV, and the header protection key used with AES-ECB.
 */
final class PacketKeys {
    static final int KEY_LENGTH = 16;
    static final int IV_LENGTH = 12;
    static final int TAG_LENGTH = 16;
    static final int SAMPLE_LENGTH = 16;

    private final byte[] key;
    private final byte[] iv;
    private final byte[] hp;
    private Cipher headerCipher;
    private Cipher payloadCipher;

    PacketKeys(byte[] key, byte[] iv, byte[] hp) {
        this.key = key.clone();
        this.iv = iv.clone();
        this.hp = hp.clone();
    }

    /** The keys derived from a traffic secret with the version's labels ("quic key" or "quicv2 key" ...). */
    static PacketKeys fromSecret(byte[] secret, long version) {
        String prefix = QuicVersion.isV2(version) ? "quicv2 " : "quic ";
        return new PacketKeys(Hkdf.expandLabel(secret, prefix + "key", KEY_LENGTH),
                Hkdf.expandLabel(secret, prefix + "iv", IV_LENGTH),
                Hkdf.expandLabel(secret, prefix + "hp", KEY_LENGTH));
    }

    byte[] key() {
        return key.clone();
    }

    byte[] iv() {
        return iv.clone();
    }

    byte[] hp() {
        return hp.clone();
    }

    /** The 5-byte header protection mask for a 16-byte sample (AES-ECB of the sample). */
    byte[] mask(byte[] sample) {
        try {
            if (headerCipher == null) {
                headerCipher = Cipher.getInstance("AES/ECB/NoPadding");
                headerCipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(hp, "AES"));
            }
            byte[] out = headerCipher.doFinal(sample, 0, SAMPLE_LENGTH);
            byte[] mask = new byte[5];
            System.arraycopy(out, 0, mask, 0, 5);
            return mask;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is part of every JDK", e);
        }
    }

    /**
     * Decrypts a payload protected for packet number {@code pn}: {@code aad} is the header with
     * protection removed, {@code sealed} the ciphertext followed by the 16-byte tag.
     *
     * @return the plaintext, or null when the tag does not verify
     */
    byte[] open(long pn, byte[] aad, byte[] sealed) {
        return open(pn, aad, sealed, 0, sealed.length);
    }

    /** {@link #open(long, byte[], byte[])} of the {@code length} sealed bytes at {@code offset} of an array. */
    byte[] open(long pn, byte[] aad, byte[] sealed, int offset, int length) {
        byte[] nonce = iv.clone();
        for (int i = 0; i < 8; i++) {
            nonce[IV_LENGTH - 1 - i] ^= (byte) (pn >>> (8 * i));
        }
        try {
            if (payloadCipher == null) {
                payloadCipher = Cipher.getInstance("AES/GCM/NoPadding");
            }
            payloadCipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_LENGTH * 8, nonce));
            payloadCipher.updateAAD(aad);
            return payloadCipher.doFinal(sealed, offset, length);
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }
}
