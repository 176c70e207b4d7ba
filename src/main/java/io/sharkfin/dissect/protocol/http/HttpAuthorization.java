package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.protocol.GlibBase64;

import java.util.Arrays;

import static io.sharkfin.dissect.protocol.http.HttpFields.*;

/**
 * The credentials HTTP decodes from an Authorization or Proxy-Authorization header: NTLMSSP's
 * and Negotiate's tokens ({@link HttpNtlmssp}), Basic (base64, shown decoded in
 * {@code http.authbasic}) and Citrix's CitrixAGBasic. Kerberos and Digest credentials are not
 * dissected.
 */
final class HttpAuthorization {
    private HttpAuthorization() {
    }

    static void process(Packet p, HttpText t, int item, int valueOffset, int valueLen, HttpConversation conv,
                        BodyDissectors bodies) {
        String value = t.ascii(valueOffset, valueLen);
        if (HttpNtlmssp.dissect(p, t, item, value, conv, bodies)) {
            return;
        }
        if (value.startsWith("Basic ")) {
            basic(p, t, item, value.substring(6));
            return;
        }
        if (value.startsWith("CitrixAGBasic ")) {
            citrix(p, t, item, value.substring(14));
        }
    }

    private static void basic(Packet p, HttpText t, int item, String credentials) {
        if (!p.wants(AUTHBASIC)) {
            return;
        }
        String decoded = credentials.length() > 1 ? base64(credentials) : credentials;
        int saved = p.openSubtree(item);
        HttpItems.string(p, AUTHBASIC, t.buf, t.start, 0, decoded);
        p.closeSubtree(saved);
    }

    /** The username, domain, password and session parts, each base64 between quotes. */
    private static void citrix(Packet p, HttpText t, int item, String rest) {
        int saved = p.openSubtree(item);
        p.addBoolean(AUTHCITRIX, t.buf, t.start, 0, true);
        String[] prefixes = {"username=\"", "; domain=\"", "; password=\"", "; AGESessionId=\""};
        FieldSpec[] fields = {AUTHCITRIX_USER, AUTHCITRIX_DOMAIN, AUTHCITRIX_PASSWORD, AUTHCITRIX_SESSION};
        int at = 0;
        for (int k = 0; k < prefixes.length; k++) {
            if (!rest.startsWith(prefixes[k], at)) {
                continue;
            }
            at += prefixes[k].length();
            int quote = rest.indexOf('"', at);
            if (quote < 0) {
                continue;
            }
            String part = rest.substring(at, quote + 1);
            String shown = part.length() > 1 ? base64(part) : part;
            HttpItems.string(p, fields[k], t.buf, t.start, 0, shown);
            at = quote + 1;
        }
        p.closeSubtree(saved);
    }

    /**
     * glib's lenient base64 decoding ({@code g_base64_decode_inplace}, {@link GlibBase64}), the
     * result read as a C string.
     */
    static String base64(String s) {
        byte[] out = GlibBase64.decode(s);
        int len = 0;
        while (len < out.length && out[len] != 0) {
            len++;
        }
        return Strings.utf8WithReplacement(Arrays.copyOf(out, len));
    }
}
