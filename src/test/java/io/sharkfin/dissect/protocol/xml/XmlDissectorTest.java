package io.sharkfin.dissect.protocol.xml;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.dissect.protocol.HttpBodyFrames;
import io.sharkfin.dissect.protocol.TokenParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the recorded tshark trees (details/xml.pcapng.all.txt and the corpus's UPnP documents)
 * cannot show: documents Wireshark reads with its DTDs, nesting past its tree depth, and bodies
 * built to make the tokenizer search again and again.
 */
class XmlDissectorTest {

    private static Packet dissect(String body, String mediaType) {
        return dissect(body.getBytes(StandardCharsets.UTF_8), mediaType);
    }

    private static Packet dissect(byte[] body, String mediaType) {
        return TestCaptures.dissect(Session.full(), HttpBodyFrames.response(body, mediaType));
    }

    @Test
    void aDocumentWithoutDtdHasItsTagsAttributesAndText() {
        Packet p = dissect("<?xml version=\"1.0\"?><a x=\"1\"><b>t</b></a>", "text/xml");
        assertEquals(List.of("<a x=\"1\">", "<b>"), HttpBodyFrames.values(p, "xml.tag"));
        assertEquals(List.of("x=\"1\""), HttpBodyFrames.values(p, "xml.attribute"));
        assertEquals(List.of("t"), HttpBodyFrames.values(p, "xml.cdata"));
        assertEquals(List.of("1.0"), HttpBodyFrames.values(p, "xml.xmlpi.xml.version"));
    }

    /** Wireshark reads these into protocols of its own (rss, smil, ...); sharkfin leaves the layer bare. */
    @Test
    void documentsOfWiresharksDtdsKeepTheBareLayer() {
        for (Packet p : List.of(
                dissect("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><x>y</x></channel></rss>", "text/xml"),
                dissect("<feed><entry><TITLE>t</TITLE></entry></feed>", "application/atom+xml"),
                dissect("<smil><body/></smil>", "application/smil"))) {
            assertTrue(p.protocols().endsWith(":http:xml"), p.protocols());
            assertEquals(List.of(), HttpBodyFrames.values(p, "xml.tag"));
            assertEquals(List.of(), HttpBodyFrames.values(p, "xml.xmlpi.xml"));
        }
        // a prefix is looked up as written, an element name in lower case
        assertEquals(1, HttpBodyFrames.values(dissect("<x:RSS/>", "text/xml"), "xml.tag").size());
    }

    /** Wireshark's tree ends at a depth of 500, where its dissection of the document stops. */
    @Test
    void nestingStopsAtTheTreesDepth() {
        String deep = "<n>".repeat(5000) + "text" + "</n>".repeat(5000);
        Packet p = dissect(deep, "text/xml");
        assertEquals(XmlTree.MAX_DEPTH, HttpBodyFrames.values(p, "xml.tag").size());
        assertEquals(List.of(), HttpBodyFrames.values(p, "xml.cdata"));
    }

    /**
     * Every unterminated {@code <!--} and {@code <!x} starts a search to the end of the document;
     * Wireshark searches again for each (hours for these 2 MB), sharkfin once. The limit guards
     * against that, it is not a measure of speed.
     */
    @Test
    void unterminatedCommentsAreSearchedOnce() {
        byte[] doc = "<!-- <!x ".repeat(230_000).getBytes(StandardCharsets.US_ASCII);
        int tokens = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            TokenParser<XmlTree> parser = new TokenParser<>(doc, 0, doc.length, new XmlTree(null, 0, 0, doc, -1),
                    XmlGrammar.IGNORE);
            int n = 0;
            while (parser.get(XmlGrammar.ITEM)) {
                n++;
            }
            assertEquals(doc.length, parser.offset() + 1); // all but the last blank
            return n;
        });
        // each "<!--" and "<!x" is unrecognized text
        assertEquals(2 * 230_000, tokens);
        // in a frame: the same, as findings
        Packet p = dissect("<!-- <!x ".repeat(6_000), "text/xml");
        assertEquals(12_000, HttpBodyFrames.values(p, "xml.unrecognized_text").size());
        assertEquals(List.of(), HttpBodyFrames.values(p, "xml.comment"));
    }
}
