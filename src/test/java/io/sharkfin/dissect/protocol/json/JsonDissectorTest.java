package io.sharkfin.dissect.protocol.json;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.dissect.protocol.HttpBodyFrames;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the recorded tshark trees (details/json.pcapng.all.txt and the corpus's Elasticsearch reply)
 * do not single out: the path-based fields an analyst filters a C2 task list on, the 3GPP
 * documents Wireshark decodes into fields of their own, and the escapes packet-json.c undoes its
 * own way.
 */
class JsonDissectorTest {

    private static Packet dissect(String body) {
        return TestCaptures.dissect(Session.full(),
                HttpBodyFrames.response(body.getBytes(StandardCharsets.UTF_8), "application/json"));
    }

    @Test
    void membersCarryTheirPathsAndValues() {
        Packet p = dissect("{\"task\": {\"action\": \"upload\", \"args\": [7, \"x\"]}, \"ok\": true}");
        assertEquals(List.of("task", "action", "args", "ok"), HttpBodyFrames.values(p, "json.member"));
        assertEquals(List.of("action:upload", "[]:7", "[]:x", "ok:true"),
                HttpBodyFrames.values(p, "json.member_with_value"));
        assertEquals(List.of("/task/action:upload", "/task/args/[]:7", "/task/args/[]:x", "/ok:true"),
                HttpBodyFrames.values(p, "json.path_with_value"));
        // a member's path comes after its value's items, the outer member's last
        assertEquals(List.of("/task/action", "/task/args", "/task", "/ok"), HttpBodyFrames.values(p, "json.path"));
        assertEquals(List.of("7"), HttpBodyFrames.values(p, "json.value.number"));
        assertEquals(List.of("upload", "x"), HttpBodyFrames.values(p, "json.value.string"));
    }

    @Test
    void escapesAreUndoneAsPacketJsonDoes() {
        Packet p = dissect("{\"a\": \"caf\\u00e9 \\ud83d\\ude00 x\\ud800y \\u0007!\", \"b\": \"end\\u00e9\"}");
        // a surrogate pair joined, a lone one replaced (and the byte after it passed over), a
        // control character left out, and an escape that ends the string left out too
        assertEquals(List.of("café \ud83d\ude00 x\ufffd !", "end"), HttpBodyFrames.values(p, "json.value.string"));
    }

    /** Wireshark decodes these keys with fields of its own: sharkfin leaves the layer bare. */
    @Test
    void documentsWithDecodedKeysKeepTheBareLayer() {
        Packet p = dissect("{\"supi\": \"imsi-1\", \"suppFeat\": \"1f\"}");
        assertTrue(p.protocols().endsWith(":http:json"), p.protocols());
        assertEquals(List.of(), HttpBodyFrames.values(p, "json.member"));
    }

    /** Past tvbparse's depth limit no document is read: the body is text, as in Wireshark. */
    @Test
    void nestingPastTheParsersDepthIsText() {
        Packet p = dissect("{\"l\":".repeat(40) + "1" + "}".repeat(40));
        assertTrue(p.protocols().endsWith(":json:data-text-lines"), p.protocols());
        assertEquals(List.of(), HttpBodyFrames.values(p, "json.object"));
        Packet shallow = dissect("{\"l\":".repeat(12) + "1" + "}".repeat(12));
        assertEquals(12, HttpBodyFrames.values(shallow, "json.object").size());
    }

    /** Past TokenParser.MAX_BODY a body is not tokenized (its tokens would take gigabytes). */
    @Test
    void bodiesPastTheTokenizersLimitKeepTheBareLayer() {
        Packet big = reassembled("[" + "1,".repeat(150_000) + "1]");
        assertTrue(big.protocols().endsWith(":http:json"), big.protocols());
        assertEquals(List.of(), HttpBodyFrames.values(big, "json.value.number"));
        Packet below = reassembled("[" + "1,".repeat(100_000) + "1]");
        assertEquals(100_001, HttpBodyFrames.values(below, "json.value.number").size());
    }

    private static Packet reassembled(String body) {
        Session s = Session.needing(List.of("json.value.number", "frame.protocols"));
        Packet last = null;
        for (Frame f : HttpBodyFrames.responseInSegments(body.getBytes(StandardCharsets.US_ASCII), "application/json")) {
            last = TestCaptures.dissect(s, f);
        }
        return last;
    }
}
