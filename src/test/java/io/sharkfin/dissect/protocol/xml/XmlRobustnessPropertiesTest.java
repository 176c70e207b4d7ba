package io.sharkfin.dissect.protocol.xml;

import io.sharkfin.dissect.protocol.HttpBodyFrames;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.util.List;

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
        // each also with a UTF-16 byte-order mark, as a document of the other encoding
        return HttpBodyFrames.soups(PIECES, 80).flatMap(b -> Arbitraries.of(b, utf16(b)));
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
        HttpBodyFrames.checkBody(body, "text/xml", FEW, 12);
    }
}
