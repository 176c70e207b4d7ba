package io.sharkfin.dissect;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Text decoding as Wireshark does it for string fields: bad bytes become U+FFFD. */
public final class Strings {
    private Strings() {
    }

    /** Each byte above 0x7f becomes U+FFFD (Wireshark's ENC_ASCII). */
    public static String asciiWithReplacement(byte[] raw) {
        char[] out = new char[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = raw[i] >= 0 ? (char) raw[i] : '\uFFFD';
        }
        return new String(out);
    }

    /** UTF-8 where each invalid sequence becomes U+FFFD (Wireshark's ENC_UTF_8). */
    public static String utf8WithReplacement(byte[] raw) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\uFFFD");
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(raw));
            return cb.toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return asciiWithReplacement(raw);
        }
    }
}
