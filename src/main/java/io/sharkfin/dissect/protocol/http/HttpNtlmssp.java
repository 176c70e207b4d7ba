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
 * NTLMSSP when it starts with NTLMSSP's signature, else by GSS-API. check_auth_kerberos: a value
 * "Kerberos token" likewise, its token in "Kerberos Data" and always to GSS-API.
 */
final class HttpNtlmssp {
    /** The source the decoded token is shown in, as packet-http.c names it. */
    static final String SOURCE = "NTLMSSP / GSSAPI Data";
    /** The source of a Kerberos scheme's token. */
    static final String KERBEROS_SOURCE = "Kerberos Data";
    private static final String KERBEROS = "Kerberos ";
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
                boolean ntlmssp = Arrays.equals(Arrays.copyOf(token, Math.min(token.length, 7)), SIGNATURE);
                dissectToken(p, item, token, SOURCE, bodies.byName(ntlmssp ? "ntlmssp" : "gss-api"), conv);
                return true;
            }
        }
        return false;
    }

    /** Dissects the value's token when it is the Kerberos scheme's; returns whether it was. */
    static boolean kerberos(Packet p, int item, String value, HttpConversation conv, BodyDissectors bodies) {
        if (!value.startsWith(KERBEROS)) {
            return false;
        }
        byte[] token = GlibBase64.decode(value.substring(KERBEROS.length()));
        dissectToken(p, item, token, KERBEROS_SOURCE, bodies.byName("gss-api"), conv);
        return true;
    }

    private static void dissectToken(Packet p, int item, byte[] token, String source, Dissector d,
                                     HttpConversation conv) {
        int buf = p.addBuffer(source, token);
        GssConversation.enter(p, conv.gss());
        int saved = p.openSubtree(item);
        try {
            p.call(d, buf, 0, token.length);
        } finally {
            p.closeSubtree(saved);
        }
    }
}
