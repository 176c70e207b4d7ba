package io.sharkfin.dissect.protocol.quic;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/** HKDF with SHA-256 (RFC 5869) and TLS 1.3's HKDF-Expand-Label (RFC 8446 section 7.1). */
final class Hkdf {
    private Hkdf() {
    }

    private static final String HMAC = "HmacSHA256";
    static final int HASH_LENGTH = 32;

    /** HKDF-Extract(salt, ikm). */
    static byte[] extract(byte[] salt, byte[] ikm) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(salt, HMAC));
            return mac.doFinal(ikm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** HKDF-Expand-Label(secret, label, "", length) with the "tls13 " prefix. */
    static byte[] expandLabel(byte[] secret, String label, int length) {
        byte[] full = ("tls13 " + label).getBytes(StandardCharsets.US_ASCII);
        byte[] info = new byte[2 + 1 + full.length + 1];
        info[0] = (byte) (length >> 8);
        info[1] = (byte) length;
        info[2] = (byte) full.length;
        System.arraycopy(full, 0, info, 3, full.length);
        // empty context: the last byte stays 0
        return expand(secret, info, length);
    }

    private static byte[] expand(byte[] prk, byte[] info, int length) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(prk, HMAC));
            byte[] out = new byte[length];
            byte[] t = new byte[0];
            int done = 0;
            for (int i = 1; done < length; i++) {
                mac.update(t);
                mac.update(info);
                mac.update((byte) i);
                t = mac.doFinal();
                int n = Math.min(t.length, length - done);
                System.arraycopy(t, 0, out, done, n);
                done += n;
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
