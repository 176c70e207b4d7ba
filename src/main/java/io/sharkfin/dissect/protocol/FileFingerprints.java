package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hashes and the kind of a file a protocol carries (sharkfin's own {@code .sha256},
 * {@code .md5} and {@code .magic} fields: {@code http.file_data.*} for an HTTP body,
 * {@code mime_multipart.part.*} for a MIME part): the indicators an analyst looks up for a file
 * that crossed the network. The items are hidden, as Wireshark's filter-only fields are: -V does
 * not draw them, filters, -e and JSON see them. Computed only when the session wants them.
 */
public final class FileFingerprints {
    private static final HexFormat HEX = HexFormat.of();

    /**
     * A protocol's fields; {@code size} (or null) holds the file's length where the carried span
     * is not the file (an encoded part).
     */
    public record Fields(FieldSpec sha256, FieldSpec md5, FieldSpec magic, FieldSpec size) {
    }

    private FileFingerprints() {
    }

    /** Whether the session wants any of the fields. */
    public static boolean wanted(Packet p, Fields f) {
        return p.wants(f.sha256()) || p.wants(f.md5()) || p.wants(f.magic()) || f.size() != null && p.wants(f.size());
    }

    /** Adds the fields the session wants for the {@code len} captured bytes at {@code off}. */
    public static void add(Packet p, Fields f, int buf, int off, int len) {
        if (!wanted(p, f) || len < 0 || !p.available(buf, off, len)) {
            return;
        }
        // the kind needs only the first bytes: a session asking only for it copies no file
        boolean hashes = p.wants(f.sha256()) || p.wants(f.md5());
        add(p, f, buf, off, len, p.copy(buf, off, hashes ? len : Math.min(len, FileMagic.HEAD)), len);
    }

    /**
     * Adds the fields for a file whose bytes are {@code content} (the first {@code size}, or all
     * of them), carried, encoded, in the span {@code [off, off + len)}: a base64 part's decoded
     * bytes, for instance.
     */
    public static void add(Packet p, Fields f, int buf, int off, int len, byte[] content, int size) {
        if (p.wants(f.sha256())) {
            p.hide(p.addComputedString(f.sha256(), buf, off, len, HEX.formatHex(digest("SHA-256", content, size))));
        }
        if (p.wants(f.md5())) {
            p.hide(p.addComputedString(f.md5(), buf, off, len, HEX.formatHex(digest("MD5", content, size))));
        }
        String kind = p.wants(f.magic()) ? FileMagic.of(content, size) : null;
        if (kind != null) {
            p.hide(p.addComputedString(f.magic(), buf, off, len, kind));
        }
        if (f.size() != null && p.wants(f.size())) {
            p.hide(p.addUInt(f.size(), buf, off, len, size));
        }
    }

    private static byte[] digest(String algorithm, byte[] data, int size) {
        MessageDigest d = digest(algorithm);
        d.update(data, 0, Math.min(size, data.length));
        return d.digest();
    }

    /** A new digest of a JDK standard algorithm (SHA-256, MD5), for a file hashed in pieces. */
    public static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is a JDK standard algorithm", e);
        }
    }
}
