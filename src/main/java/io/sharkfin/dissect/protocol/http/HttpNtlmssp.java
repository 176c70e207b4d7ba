package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.ntlmssp.GssConversation;

import java.util.Arrays;
import java.util.List;

/**
 * check_auth_ntlmssp: an Authorization, Proxy-Authorization, WWW-Authenticate or
 * Proxy-Authenticate value "NTLM token" or "Negotiate token" carries a base64 token, decoded into
 * a data source of its own ("NTLMSSP / GSSAPI Data") and dissected under the header's item: by
 * NTLMSSP when it starts with NTLMSSP's signature, else by GSS-API.
 */
final class HttpNtlmssp {
    /** The source the decoded token is shown in, as packet-http.c names it. */
    static final String SOURCE = "NTLMSSP / GSSAPI Data";
    private static final List<String> SCHEMES = List.of("NTLM ", "Negotiate ");
    private static final byte[] SIGNATURE = {'N', 'T', 'L', 'M', 'S', 'S', 'P'};

    private HttpNtlmssp() {
    }

    /** The protocols a token may reach, for HTTP's {@link Dissector#calls()}. */
    static final List<String> PROTOCOLS = List.of("ntlmssp", "gss-api", "spnego");

    /** Dissects the value's token when it is NTLM's or Negotiate's; returns whether it was. */
    static boolean dissect(Packet p, HttpText t, int item, String value, HttpConversation conv, BodyDissectors bodies) {
        for (String scheme : SCHEMES) {
            if (value.startsWith(scheme)) {
                byte[] token = base64(value.substring(scheme.length()));
                int buf = p.addBuffer(SOURCE, token);
                Dissector d = Arrays.equals(Arrays.copyOf(token, Math.min(token.length, 7)), SIGNATURE)
                        ? bodies.byName("ntlmssp") : bodies.byName("gss-api");
                GssConversation.enter(p, conv.gss());
                int saved = p.openSubtree(item);
                try {
                    p.call(d, buf, 0, token.length);
                } finally {
                    p.closeSubtree(saved);
                }
                return true;
            }
        }
        return false;
    }

    /**
     * base64_to_tvb: glib's lenient decoding of the rest of the value (characters outside the
     * alphabet skipped, '=' ending a quantum), every byte kept.
     */
    static byte[] base64(String s) {
        byte[] out = new byte[s.length()];
        int n = 0;
        int acc = 0;
        int pad = 0;
        int quantum = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = HttpAuthorization.base64Value(s.charAt(i));
            if (v < 0) {
                continue;
            }
            if (s.charAt(i) == '=') {
                pad++;
            }
            acc = (acc << 6) | v;
            quantum++;
            if (quantum == 4) {
                int bytes = 3 - Math.min(pad, 2);
                for (int k = 0; k < bytes; k++) {
                    out[n++] = (byte) (acc >> (16 - 8 * k));
                }
                acc = 0;
                quantum = 0;
                pad = 0;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
