package io.sharkfin.dissect.protocol.http;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The chunk-size line read as the reassembly reads it ({@code sscanf("%x")}) and as the chunk
 * dissection reads it ({@code strtol(…, 16)} cast to 32 bits); the expected values are what those
 * C calls return for the same text.
 */
class ChunkSizeLineTest {
    private static final int UNDISSECTED_LINK_TYPE = 147; // LINKTYPE_USER0

    @ParameterizedTest(name = "''{0}'' -> scanned {1}, strtol {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1a            | 26         | 26",
        "\"  1A;ext=1\" | 26         | 26",
        "0x10          | 16         | 16",
        "0X10          | 16         | 16",
        "0x            | 0          | 0",
        "0xg           | 0          | 0",
        "+ff           | 255        | 255",
        "-1            | 4294967295 | 4294967295",
        "zz            | -1         | 0",
        "\"\"          | -1         | 0",
        ";1            | -1         | 0",
        "123456789     | 591751049  | 591751049",
        "fffffffffffffffff | 4294967295 | 4294967295",
        "-fffffffffffffffff | 1 | 0",
    })
    void readsTheNumberAsEachCallDoes(String line, long scanned, long strtol) {
        HttpText t = text(line);
        assertEquals(scanned, ChunkSizeLine.scanned(t, t.start, t.end), "sscanf(\"%x\")");
        assertEquals(strtol, ChunkSizeLine.strtol(t, t.start, t.end), "strtol");
    }

    @ParameterizedTest
    @CsvSource({"1a, 26", "7, 7"})
    void stopsAtANul(String digits, long size) {
        byte[] withNul = (digits + "\0" + "ff").getBytes(StandardCharsets.US_ASCII);
        HttpText t = text(withNul);
        assertEquals(size, ChunkSizeLine.scanned(t, t.start, t.end));
        assertEquals(size, ChunkSizeLine.strtol(t, t.start, t.end));
    }

    private static HttpText text(String line) {
        return text(line.getBytes(StandardCharsets.US_ASCII));
    }

    private static HttpText text(byte[] bytes) {
        // the bytes as a frame of a link type nothing dissects: only the frame's buffer is read
        Packet p = Session.full().dissect(Frame.of(1, 0, UNDISSECTED_LINK_TYPE, bytes));
        return new HttpText().over(p, Packet.FRAME_BUFFER, 0, bytes.length);
    }
}
