package io.sharkfin.dissect.protocol.json;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.dissect.protocol.HttpBodyFrames;
import io.sharkfin.repl.view.ProtocolTree;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        return Arbitraries.of(PIECES).list().ofMaxSize(120).map(list -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (String s : list) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        }).injectDuplicates(0.05);
    }

    private static void check(byte[] body) {
        Frame frame = HttpBodyFrames.response(body, "application/json");
        Packet full = TestCaptures.dissect(Session.full(), frame);
        assertTrue(full.entryCount() <= 16L * body.length + 300, full.entryCount() + " entries for "
                + body.length + " bytes");
        for (ProtocolTree.Line line : ProtocolTree.of(full)) {
            assertNotNull(line.text());
        }
        List<List<String>> want = new ArrayList<>();
        for (String f : FEW) {
            want.add(HttpBodyFrames.values(full, f));
        }
        Packet few = TestCaptures.dissect(Session.needing(FEW), frame);
        List<List<String>> got = new ArrayList<>();
        for (String f : FEW) {
            got.add(HttpBodyFrames.values(few, f));
        }
        assertEquals(want, got);
    }
}
