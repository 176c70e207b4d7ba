package io.sharkfin.dissect.protocol.json;

import io.sharkfin.dissect.protocol.HttpBodyFrames;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.util.List;

/**
 * Hostile JSON bodies: random bytes, and soups of the pieces the tokenizer and the unescaping act
 * on (brackets, separators, quotes, escapes and broken \\u escapes, surrogates, numbers, literals,
 * blanks, non-ASCII and invalid bytes), nested deep or not. Whatever comes in, no exception
 * escapes, the items stay proportional to the body, the tree can be drawn, and a session that
 * wants a few json fields sees what a full session sees of them.
 */
class JsonRobustnessPropertiesTest {

    private static final List<String> FEW = List.of("json.member", "json.value.string",
            "json.member_with_value", "json.path", "json.value.number");
    private static final String[] PIECES = {"{", "}", "[", "]", ":", ",", "\"", "\"k\"", "\"v\"", "\\",
        "\\\"", "\\n", "\\u", "\\u00e9", "\\ud83d", "\\ude00", "\\u00", "d8", "0", "-", "12", ".5", "e+3",
        "true", "false", "null", "NaN", " ", "\r\n", "\t", "\u00e9", "\u0000", "{\"l\":", "suppFeat"};

    @Property(tries = 300)
    void randomBytesNeverEscape(@ForAll @Size(max = 600) byte[] body) {
        check(body);
    }

    @Property(tries = 1500)
    void soupsNeverEscape(@ForAll("soups") byte[] body) {
        check(body);
    }

    @Provide
    Arbitrary<byte[]> soups() {
        return HttpBodyFrames.soups(PIECES, 120);
    }

    private static void check(byte[] body) {
        HttpBodyFrames.checkBody(body, "application/json", FEW, 16);
    }
}
