package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.FileMagic;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static io.sharkfin.dissect.protocol.http.HttpFields.FILE_MAGIC;
import static io.sharkfin.dissect.protocol.http.HttpFields.FILE_MD5;
import static io.sharkfin.dissect.protocol.http.HttpFields.FILE_SHA256;

/**
 * The hashes and the kind of an entity body (sharkfin's {@code http.file_data.*} fields): the
 * indicators an analyst looks up for a file that crossed the network, computed over the bytes
 * {@code http.file_data} spans, which are the bytes Wireshark's Export Objects saves. The items
 * are hidden, as Wireshark's filter-only fields are, so the trees -V draws stay tshark's.
 */
final class BodyFingerprints {
    private static final HexFormat HEX = HexFormat.of();

    private BodyFingerprints() {
    }

    /** Adds the fields the session wants for the {@code len} captured body bytes at {@code off}. */
    static void add(Packet p, int buf, int off, int len) {
        boolean sha = p.wants(FILE_SHA256);
        boolean md5 = p.wants(FILE_MD5);
        boolean magic = p.wants(FILE_MAGIC);
        if (!(sha || md5 || magic) || len < 0 || !p.available(buf, off, len)) {
            return;
        }
        // the kind needs only the first bytes: a pack asking only for it copies no body
        byte[] body = p.copy(buf, off, sha || md5 ? len : Math.min(len, FileMagic.HEAD));
        if (sha) {
            p.hide(p.addComputedString(FILE_SHA256, buf, off, len, HEX.formatHex(digest("SHA-256", body))));
        }
        if (md5) {
            p.hide(p.addComputedString(FILE_MD5, buf, off, len, HEX.formatHex(digest("MD5", body))));
        }
        String kind = magic ? FileMagic.of(body, len) : null;
        if (kind != null) {
            p.hide(p.addComputedString(FILE_MAGIC, buf, off, Math.min(len, FileMagic.HEAD), kind));
        }
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is a JDK standard algorithm", e);
        }
    }
}
