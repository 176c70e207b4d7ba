package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.protocol.GlibBase64;

import java.util.Arrays;

import static io.sharkfin.dissect.protocol.http.HttpFields.*;

/**
 * The credentials HTTP decodes from an Authorization or Proxy-Authorization header, in
 * packet-http.c's order: NTLMSSP's and Negotiate's tokens ({@link HttpNtlmssp}), Basic (base64,
 * shown decoded in {@code http.authbasic}), Citrix's CitrixAGBasic, Kerberos's token (to GSS-API)
 * and Digest's parameters (as text items).
 */
final class HttpAuthorization {
    private HttpAuthorization() {
    }

    /** The header line starts at {@code lineOffset}, its value at {@code valueOffset}. */
    static void process(Packet p, HttpText t, int item, int lineOffset, int valueOffset, int valueLen,
                        HttpConversation conv, BodyDissectors bodies) {
        String value = t.ascii(valueOffset, valueLen);
        if (HttpNtlmssp.dissect(p, t, item, value, conv, bodies)) {
            return;
        }
        if (value.startsWith("Basic ")) {
            basic(p, t, item, value.substring(6));
            return;
        }
        if (value.startsWith("CitrixAGBasic ")) {
            citrix(p, t, item, lineOffset, value.substring(14));
            return;
        }
        if (HttpNtlmssp.kerberos(p, item, value, conv, bodies)) {
            return;
        }
        if (value.startsWith("Digest")) {
            digest(p, t, item, lineOffset, valueLen);
        }
    }

    /**
     * check_auth_digest: the text between commas, from 21 bytes into the line (the length of
     * "Authorization: Digest", whatever the header's name) over the value's length less 21, each
     * stretch after a comma searched one byte further, as packet-http.c counts; what follows the
     * last comma is not shown.
     */
    private static void digest(Packet p, HttpText t, int item, int lineOffset, int valueLen) {
        if (!p.wantsText()) {
            return;
        }
        int saved = p.openSubtree(item);
        int offset = lineOffset + 21;
        int len = valueLen - 21;
        int end = t.capEnd;
        while (len > 0 && offset < end) {
            int comma = -1;
            for (int i = offset, limit = Math.min(end, offset + len); i < limit; i++) {
                if (t.at(i) == ',') {
                    comma = i;
                    break;
                }
            }
            if (comma < 0) {
                break;
            }
            p.addText(t.buf, offset, comma - offset, t.formatted(offset, comma - offset), false);
            len -= comma - offset;
            offset = comma + 1;
        }
        p.closeSubtree(saved);
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

    /**
     * The username, domain, password and session parts, each base64 between quotes, as generated
     * items under a hidden {@code http.authcitrix}; their positions count from 15 bytes into the
     * line (the length of "Authorization: ", whatever the header's name), as packet-http.c's do.
     */
    private static void citrix(Packet p, HttpText t, int item, int lineOffset, String rest) {
        int saved = p.openSubtree(item);
        p.hide(p.addBoolean(AUTHCITRIX, t.buf, t.start, 0, true));
        String[] prefixes = {"username=\"", "; domain=\"", "; password=\"", "; AGESessionId=\""};
        FieldSpec[] fields = {AUTHCITRIX_USER, AUTHCITRIX_DOMAIN, AUTHCITRIX_PASSWORD, AUTHCITRIX_SESSION};
        int at = 0;
        int position = lineOffset + 15 + "CitrixAGBasic ".length();
        for (int k = 0; k < prefixes.length; k++) {
            if (!rest.startsWith(prefixes[k], at)) {
                continue;
            }
            at += prefixes[k].length();
            position += prefixes[k].length();
            int quote = rest.indexOf('"', at);
            if (quote < 0) {
                continue;
            }
            String part = rest.substring(at, quote + 1);
            String shown = part.length() > 1 ? base64(part) : part;
            p.markGenerated(HttpItems.string(p, fields[k], t.buf, position, part.length() - 1, shown));
            position += part.length();
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
