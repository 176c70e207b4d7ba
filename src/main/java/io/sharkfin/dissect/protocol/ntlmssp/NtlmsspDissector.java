package io.sharkfin.dissect.protocol.ntlmssp;

import static io.sharkfin.dissect.protocol.ntlmssp.NtlmsspFields.*;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.Truncated;
import io.sharkfin.dissect.ValueStrings;
import io.sharkfin.dissect.WiresharkCatalog;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * NTLMSSP as packet-ntlmssp.c 4.0 dissects its messages: NEGOTIATE (flags, version), CHALLENGE
 * (flags, the server's challenge, version; the flags are remembered for the connection) and
 * AUTHENTICATE (the LM and NT responses, with an NTLMv2 response's NTProofStr, the domain, user
 * and host names, Unicode or not by the flags, the session key, flags and version), with the
 * message type and "User: DOMAIN\\user" in the Info column and the AUTHENTICATE's names for SMB2
 * ({@link NtlmAuthentications}). A 16-byte token starting with 1 is a signature (SPNEGO's
 * mechListMIC): a layer without a protocol item, as packet-ntlmssp.c's verifier adds its own.
 * An exception inside a message is shown and ends it.
 *
 * <p>Not read: the challenge's target information and the NTLMv2 response's attributes (their
 * fields are not among those sharkfin dissects), and nothing is decrypted (no password is
 * configured, as by default).
 */
public final class NtlmsspDissector implements Dissector {
    static final int NEGOTIATE = 1;
    static final int CHALLENGE = 2;
    static final int AUTHENTICATE = 3;
    static final long NEGOTIATE_UNICODE = 0x00000001L;
    static final long NEGOTIATE_VERSION = 0x02000000L;

    private static final ValueStrings MESSAGE_TYPES = ValueStrings.deferred(() -> {
        ValueStrings vs = WiresharkCatalog.shipped().valueStrings("ntlmssp.messagetype");
        return vs == null ? ValueStrings.values(new long[0], new String[0]) : vs;
    });

    private static final List<FieldSpec> FIELDS;

    static {
        List<FieldSpec> all = new ArrayList<>();
        all.add(NTLMSSP);
        all.addAll(NtlmsspFields.ALL);
        FIELDS = List.copyOf(all);
    }

    private static final FieldGroup OWN = FieldGroup.of(NtlmsspFields.ALL);

    @Override
    public FieldSpec protocol() {
        return NTLMSSP;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public String shortName() {
        return "NTLMSSP";
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        Tvb t = Tvb.of(p, buf, offset, length);
        NtlmsspColumns columns = new NtlmsspColumns(p);
        try {
            return message(p, t, columns);
        } finally {
            columns.done();
        }
    }

    private int message(Packet p, Tvb t, NtlmsspColumns columns) {
        if (t.capturedLength() >= 16 && t.reportedLength() == 16 && t.u8(0) == 0x01) {
            // dissect_ntlmssp_verf: a signature, under an item of its own
            p.dropProtocolItem();
            return 16;
        }
        Items it = new Items(p, OWN);
        String account = null;
        String domain = null;
        String host = null;
        long type = 0;
        try {
            it.add(IDENTIFIER, t, 0, 8);
            type = t.u32(8, true);
            it.add(MESSAGETYPE, t, 8, 4, true);
            String name = MESSAGE_TYPES.nameOf(type);
            columns.append(name != null ? name : "Unknown NTLMSSP message type");
            GssConversation conv = GssConversation.current(p);
            if (type == NEGOTIATE) {
                negotiate(t, it);
            } else if (type == CHALLENGE) {
                challenge(t, it, conv);
            } else if (type == AUTHENTICATE) {
                Authenticate a = new Authenticate(t, it, conv, columns);
                try {
                    a.dissect();
                } finally {
                    account = a.account;
                    domain = a.domain;
                    host = a.host;
                }
            }
        } catch (Truncated e) {
            if (!e.isMalformed()) {
                throw e;
            }
            p.showExceptionBesideProtocol(e, t.buf, t.at(0));
            columns.exceptionShown(e);
        } finally {
            if (type == AUTHENTICATE) {
                NtlmAuthentications.record(p, new NtlmAuthentications.Auth(account, domain, host));
            }
        }
        return t.capturedLength();
    }

    /** dissect_ntlmssp_negotiate: flags, the domain and workstation (not kept), the version. */
    private static void negotiate(Tvb t, Items it) {
        long flags = t.u32(12, true);
        it.add(NEGOTIATEFLAGS, t, 12, 4, true);
        StringRef domain = string(t, it, 16, false, null);
        StringRef workstation = string(t, it, 24, false, null);
        int dataStart = Math.min(domain.start, workstation.start);
        if (32 < dataStart && (flags & NEGOTIATE_VERSION) != 0) {
            version(t, it, 32);
        }
    }

    /**
     * dissect_ntlmssp_challenge: the target name, flags and server challenge (the flags kept for
     * an AUTHENTICATE without its own), the target information's place, the version.
     */
    private static void challenge(Tvb t, Items it, GssConversation conv) {
        long flags = 0;
        boolean unicode = false;
        if (t.capturedRemaining(20) >= 4) {
            flags = t.u32(20, true);
            unicode = (flags & NEGOTIATE_UNICODE) != 0;
        }
        StringRef target = string(t, it, 12, unicode, null);
        int dataStart = target.start;
        it.add(NEGOTIATEFLAGS, t, 20, 4, true);
        byte[] challenge = t.bytes(24, 8);
        it.add(NTLMSERVERCHALLENGE, t, 24, 8);
        if (conv.serverChallenge == null || !java.util.Arrays.equals(conv.serverChallenge, challenge)) {
            conv.serverChallenge = challenge;
            conv.ntlmFlags = flags;
            conv.sawChallenge = true;
        }
        int offset = 32;
        if (offset >= dataStart) {
            return;
        }
        t.check(offset, 8);
        offset += 8;
        if (offset < dataStart) {
            int len = t.u16(offset, true);
            long blobOffset = t.u32(offset + 4, true);
            if (len != 0) {
                t.ensureBytes((int) Math.min(blobOffset, Integer.MAX_VALUE), len);
            }
            offset += 8;
        }
        if (offset < dataStart && (flags & NEGOTIATE_VERSION) != 0) {
            version(t, it, offset);
        }
    }

    /**
     * dissect_ntlmssp_version: major, minor, build and revision under a text item. The C code
     * reads them only when it builds a tree; they are read always here, so that whether a cut
     * message is malformed does not depend on the fields a session asks for (as with a tree).
     */
    static int version(Tvb t, Items it, int offset) {
        t.check(offset, 8);
        it.add(VERSION_MAJOR, t, offset, 1, true);
        it.add(VERSION_MINOR, t, offset + 1, 1, true);
        it.add(VERSION_BUILD_NUMBER, t, offset + 2, 2, true);
        it.add(VERSION_NTLM_CURRENT_REVISION, t, offset + 7, 1, true);
        return offset + 8;
    }

    /** Where a string's bytes start and end, and its value ("" for an empty one). */
    record StringRef(int start, int end, String value) {
    }

    /**
     * dissect_ntlmssp_string: length, maximum length and offset at {@code offset}; an empty string
     * is the text "NULL"; a Unicode one starts on an even offset. Its start is taken as the end of
     * the message when it lies inside the header.
     */
    static StringRef string(Tvb t, Items it, int offset, boolean unicode, FieldSpec field) {
        int length = (short) t.u16(offset, true);
        t.check(offset + 2, 2);
        int stringOffset = (int) t.u32(offset + 4, true);
        int start = stringOffset > offset + 8 ? stringOffset : t.reportedLength();
        if (length == 0) {
            if (field != null) {
                it.string(field, t, offset, 8, "NULL");
            }
            return new StringRef(start, start, "");
        }
        if (unicode && (stringOffset & 1) != 0) {
            stringOffset++;
        }
        t.ensureBytes(stringOffset, length);
        byte[] raw = t.bytes(stringOffset, length);
        String value = Strings.cString(unicode ? new String(raw, StandardCharsets.UTF_16LE)
                : Strings.asciiWithReplacement(raw));
        if (field != null) {
            it.string(field, t, stringOffset, length, value);
        }
        return new StringRef(start, stringOffset + length, value);
    }

    /** Where a blob's bytes end, and its length. */
    record BlobRef(int end, int length) {
    }

    /**
     * dissect_ntlmssp_blob: length, maximum length and offset; an empty blob is shown as "Empty"
     * over its header. An NT response longer than 24 bytes is an NTLMv2 response.
     */
    static BlobRef blob(Tvb t, Items it, int offset, FieldSpec field) {
        int length = t.u16(offset, true);
        t.check(offset + 2, 2);
        long blobOffset = t.u32(offset + 4, true);
        if (length == 0) {
            int end = (int) Math.min(blobOffset > offset + 8L ? blobOffset : offset + 8L, Integer.MAX_VALUE);
            // "Empty", its value the descriptor's own bytes
            it.add(field, t, offset, 8);
            return new BlobRef(end, 0);
        }
        if (blobOffset > Integer.MAX_VALUE) {
            throw Truncated.MALFORMED;
        }
        int at = (int) blobOffset;
        // added with or without a tree (C adds it with one only, then copies the bytes if
        // shorter than its buffer): the same bytes are checked either way
        it.add(field, t, at, length);
        if (field == AUTH_NTRESPONSE && length > 24) {
            it.add(NTLMV2_RESPONSE_NTPROOFSTR, t, at, 16);
        }
        return new BlobRef(at + length, length);
    }
}
