package io.sharkfin.dissect.protocol.xml;

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
 * Hostile XML bodies: random bytes, and soups of the pieces the tokenizer acts on (tag and end-tag
 * starts, attributes with either quote and escapes, comments, CDATA sections, processing
 * instructions, DOCTYPEs and DTD tags, byte-order marks, non-ASCII bytes), terminated or not.
 * Whatever comes in, no exception escapes, the items stay proportional to the body, the tree can
 * be drawn, and a session that wants a few xml fields sees what a full session sees of them.
 */
class XmlRobustnessPropertiesTest {

    private static final List<String> FEW = List.of("xml.tag", "xml.cdata", "xml.attribute",
            "xml.xmlpi.xml.version", "xml.unknown");
    private static final String[] PIECES = {"<", ">", "</", "/>", "<a", "<s:b", "</a>", "</s:b>", "<?xml",
        "<?pi", "?>", " version=\"1.0\"", " x=\"", " y='", "\"", "'", "\\\"", "=", "=7", " z=name",
        "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE d [", "<!DOCTYPE d SYSTEM \"x\">", "<!ELEMENT e ANY>",
        "]>", "<!", "text", " ", "\r\n", "\t", "caf\u00e9", "<rss>", "<TITLE>", "&amp;", "\u0000",
        "\ufeff"};

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
        return Arbitraries.of(PIECES).list().ofMaxSize(80).map(list -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (String s : list) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        }).injectDuplicates(0.05)
                // with a UTF-16 byte-order mark, as a document of the other encoding
                .flatMap(b -> Arbitraries.of(b, utf16(b)));
    }

    private static byte[] utf16(byte[] utf8) {
        byte[] text = new String(utf8, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[text.length + 2];
        out[0] = (byte) 0xff;
        out[1] = (byte) 0xfe;
        System.arraycopy(text, 0, out, 2, text.length);
        return out;
    }

    private static void check(byte[] body) {
        Frame frame = HttpBodyFrames.response(body, "text/xml");
        Packet full = TestCaptures.dissect(Session.full(), frame);
        assertTrue(full.entryCount() <= 12L * body.length + 300, full.entryCount() + " entries for " + body.length
                + " bytes");
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
