package io.sharkfin.dissect.protocol.ntlmssp;

import static io.sharkfin.dissect.protocol.ntlmssp.NtlmsspFields.*;

import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;

/**
 * dissect_ntlmssp_auth: an AUTHENTICATE message. Whether its strings are Unicode is read from its
 * own flags when the header has room for them before the data (the data starts at the first
 * string or blob), else from the connection's CHALLENGE. The session key, flags, version and MIC
 * follow the names only while the header has room.
 */
final class Authenticate {
    private final Tvb t;
    private final Items it;
    private final GssConversation conv;
    private final NtlmsspColumns columns;
    String account;
    String domain;
    String host;

    Authenticate(Tvb t, Items it, GssConversation conv, NtlmsspColumns columns) {
        this.t = t;
        this.it = it;
        this.conv = conv;
        this.columns = columns;
    }

    void dissect() {
        int offset = 12;
        boolean unicode = unicode(offset);
        int dataStart = (int) t.u32(offset + 4, true);
        NtlmsspDissector.BlobRef lm = NtlmsspDissector.blob(t, it, offset, AUTH_LMRESPONSE);
        int dataEnd = lm.end();
        offset += 8;
        int itemStart = (int) t.u32(offset + 4, true);
        NtlmsspDissector.BlobRef nt = NtlmsspDissector.blob(t, it, offset, AUTH_NTRESPONSE);
        dataStart = Math.min(dataStart, itemStart);
        dataEnd = Math.max(dataEnd, nt.end());
        offset += 8;
        NtlmsspDissector.StringRef d = NtlmsspDissector.string(t, it, offset, unicode, AUTH_DOMAIN);
        domain = d.value();
        dataStart = Math.min(dataStart, d.start());
        offset += 8;
        NtlmsspDissector.StringRef u = NtlmsspDissector.string(t, it, offset, unicode, AUTH_USERNAME);
        account = u.value();
        dataStart = Math.min(dataStart, u.start());
        offset += 8;
        columns.append("User: " + domain + "\\" + account);
        NtlmsspDissector.StringRef h = NtlmsspDissector.string(t, it, offset, unicode, AUTH_HOSTNAME);
        host = h.value();
        dataStart = Math.min(dataStart, h.start());
        offset += 8;
        if (offset < dataStart) {
            NtlmsspDissector.blob(t, it, offset, AUTH_SESSKEY);
            offset += 8;
        }
        long flags = 0;
        if (offset < dataStart) {
            flags = t.u32(offset, true);
            it.add(NEGOTIATEFLAGS, t, offset, 4, true);
            offset += 4;
            if (conv.ntlmFlags == 0) {
                conv.ntlmFlags = flags;
            }
        }
        if (offset < dataStart) {
            if ((flags & NtlmsspDissector.NEGOTIATE_VERSION) != 0) {
                offset = NtlmsspDissector.version(t, it, offset);
            } else {
                t.check(offset, 8);
                offset += 8;
            }
        }
        if (offset < dataStart) {
            t.check(offset, 16);
        }
    }

    /**
     * Whether the strings are Unicode: this message's flags when the six descriptors leave room
     * for the session key and flags before the data, else the CHALLENGE's.
     */
    private boolean unicode(int offset) {
        if (t.capturedRemaining(offset + 48) >= 4) {
            // C's int arithmetic: an offset above 2^31 is negative
            int dataStart = (int) t.u32(offset + 4, true);
            for (int i = 1; i <= 4; i++) {
                dataStart = Math.min(dataStart, (int) t.u32(offset + 8 * i + 4, true));
            }
            if (offset + 40 < dataStart) {
                return (t.u32(offset + 48, true) & NtlmsspDissector.NEGOTIATE_UNICODE) != 0;
            }
        }
        return conv.sawChallenge && (conv.ntlmFlags & NtlmsspDissector.NEGOTIATE_UNICODE) != 0;
    }
}
