package io.sharkfin.dissect.protocol.tls;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * What a hello message contributes to the JA3/JA3S strings (as Wireshark 4.0 builds them) and to
 * the JA4 client fingerprint (FoxIO's BSD-3-Clause specification), collected while the hello's
 * fields are dissected. Only used when one of those fields is wanted.
 */
final class Fingerprints {
    private static final int MAX = 512;

    final StringBuilder ja3 = new StringBuilder();
    /** JA3's supported-groups and point-formats parts, appended after the extensions. */
    final StringBuilder ja3Groups = new StringBuilder();
    final StringBuilder ja3PointFormats = new StringBuilder();
    String ja3ExtensionDash = "";

    int version;
    int[] ciphers = new int[16];
    int cipherCount;
    int[] extensions = new int[16];
    int extensionCount;
    int[] sigAlgs = new int[16];
    int sigAlgCount;
    int highestSupportedVersion;
    boolean sni;
    byte[] firstAlpn;

    void cipher(int v) {
        if (!Vectors.isGrease(v) && cipherCount < MAX) {
            ciphers = grow(ciphers, cipherCount);
            ciphers[cipherCount++] = v;
        }
    }

    void extension(int v) {
        if (!Vectors.isGrease(v) && extensionCount < MAX) {
            extensions = grow(extensions, extensionCount);
            extensions[extensionCount++] = v;
        }
    }

    void sigAlg(int v) {
        if (!Vectors.isGrease(v) && sigAlgCount < MAX) {
            sigAlgs = grow(sigAlgs, sigAlgCount);
            sigAlgs[sigAlgCount++] = v;
        }
    }

    void supportedVersion(int v) {
        if (!Vectors.isGrease(v) && v > highestSupportedVersion) {
            highestSupportedVersion = v;
        }
    }

    private static int[] grow(int[] a, int n) {
        return n == a.length ? Arrays.copyOf(a, n * 2) : a;
    }

    static String md5(String s) {
        return hash("MD5", s, 32);
    }

    static String sha256Prefix(String s) {
        return hash("SHA-256", s, 12);
    }

    private static String hash(String alg, String s, int chars) {
        try {
            byte[] d = MessageDigest.getInstance(alg).digest(s.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(d).substring(0, chars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ JA4

    /** The JA4 fingerprint; {@code raw}: the unhashed form (JA4_r). */
    String ja4(char transport, boolean raw) {
        String prefix = ja4Prefix(transport);
        String cipherList = hexList(sorted(ciphers, cipherCount, false));
        int[] exts = sorted(extensions, extensionCount, true);
        String extList = hexList(exts);
        if (sigAlgCount > 0) {
            extList = extList + "_" + hexList(Arrays.copyOf(sigAlgs, sigAlgCount));
        }
        if (raw) {
            return prefix + "_" + cipherList + "_" + extList;
        }
        String c = cipherCount == 0 ? "000000000000" : sha256Prefix(cipherList);
        String e = exts.length == 0 ? "000000000000" : sha256Prefix(extList);
        return prefix + "_" + c + "_" + e;
    }

    private String ja4Prefix(char transport) {
        int v = highestSupportedVersion != 0 ? highestSupportedVersion : version;
        String ver = switch (v) {
            case 0x0304 -> "13";
            case 0x0303 -> "12";
            case 0x0302 -> "11";
            case 0x0301 -> "10";
            case 0x0300 -> "s3";
            case 0x0002 -> "s2";
            case 0xfeff -> "d1";
            case 0xfefd -> "d2";
            case 0xfefc -> "d3";
            default -> "00";
        };
        return transport + ver + (sni ? "d" : "i") + String.format("%02d", Math.min(99, cipherCount))
                + String.format("%02d", Math.min(99, extensionCount)) + alpnChars();
    }

    private String alpnChars() {
        if (firstAlpn == null || firstAlpn.length == 0) {
            return "00";
        }
        int first = firstAlpn[0] & 0xff;
        int last = firstAlpn[firstAlpn.length - 1] & 0xff;
        if (alnum(first) && alnum(last)) {
            return "" + (char) first + (char) last;
        }
        String hex = HexFormat.of().formatHex(firstAlpn);
        return "" + hex.charAt(0) + hex.charAt(hex.length() - 1);
    }

    private static boolean alnum(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The values sorted; {@code dropSniAlpn}: without SNI (0) and ALPN (16), as JA4's extension hash. */
    private static int[] sorted(int[] values, int n, boolean dropSniAlpn) {
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!dropSniAlpn || (values[i] != 0 && values[i] != 16)) {
                out[k++] = values[i];
            }
        }
        out = Arrays.copyOf(out, k);
        Arrays.sort(out);
        return out;
    }

    private static String hexList(int[] values) {
        StringBuilder sb = new StringBuilder(values.length * 5);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String h = Integer.toHexString(values[i]);
            sb.append("0000", h.length(), 4).append(h);
        }
        return sb.toString();
    }
}
