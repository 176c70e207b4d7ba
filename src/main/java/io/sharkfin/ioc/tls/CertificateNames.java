package io.sharkfin.ioc.tls;

import java.util.List;
import java.util.Locale;

/** Whether a certificate's names cover a server name (RFC 6125: exact, or one wildcard label). */
final class CertificateNames {
    private CertificateNames() {
    }

    static boolean covers(String cn, List<String> san, String serverName) {
        String want = serverName.toLowerCase(Locale.ROOT);
        if (!san.isEmpty()) {
            for (String s : san) {
                if (matches(s, want)) {
                    return true;
                }
            }
            return false;
        }
        return cn != null && matches(cn, want);
    }

    static boolean matches(String pattern, String name) {
        String p = pattern.toLowerCase(Locale.ROOT);
        if (p.equals(name)) {
            return true;
        }
        if (p.startsWith("*.")) {
            int dot = name.indexOf('.');
            return dot > 0 && name.substring(dot).equals(p.substring(1));
        }
        return false;
    }
}
