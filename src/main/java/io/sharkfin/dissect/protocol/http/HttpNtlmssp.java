package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.GlibBase64;
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
                byte[] token = GlibBase64.decode(value.substring(scheme.length()));
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
}
