package io.sharkfin.dissect.protocol.http;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Brotli bodies beyond what the HTTP truth (synthetic/http-brotli.pcap, compared with tshark)
 * shows: a long stream cut anywhere (tshark shows what it decoded; sharkfin cannot trust its
 * decoder's output then), bytes after the end, a bomb, mutated streams. The streams
 * are made by src/test/resources/http/brotli/make-brotli.py.
 */
class BrotliBodyTest {
    private static final Path DIR = Path.of("src/test/resources/http/brotli");

    private static byte[] words() throws IOException {
        return Files.readAllBytes(DIR.resolve("words.br"));
    }

    @Test
    void aStreamOfSeveralWindowsDecodesWhole() throws Exception {
        byte[] text = BrotliBody.decode(words());
        assertEquals(388_105, text.length);
        String s = new String(text, StandardCharsets.US_ASCII);
        assertTrue(s.matches("[a-z ]+\n"), s.substring(0, 80));
    }

    @Test
    void aStreamCutShortIsAFailure() throws Exception {
        // the decoder reads on past a cut as if zeros followed: what it gives then is not the text
        byte[] words = words();
        for (int cut = 1; cut < words.length; cut += 997) {
            assertNull(BrotliBody.decode(Arrays.copyOf(words, cut)), "cut at " + cut);
        }
        assertNull(BrotliBody.decode(Arrays.copyOf(words, words.length - 1)));
    }

    @Test
    void bytesAfterTheEndMakeTheBodyAFailure() throws Exception {
        byte[] words = words();
        byte[] more = Arrays.copyOf(words, words.length + 3);
        assertNull(BrotliBody.decode(more));
    }

    @Test
    void whatIsNotBrotliIsAFailure() {
        assertNull(BrotliBody.decode(new byte[0]));
        assertNull(BrotliBody.decode("\u001b\0garbage that is not brotli".getBytes(StandardCharsets.US_ASCII)));
        assertNull(BrotliBody.decode("<html>plain text labelled br</html>".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aBombIsCutAtTheCap() throws Exception {
        byte[] bomb = Files.readAllBytes(DIR.resolve("bomb.br"));
        byte[] out = BrotliBody.decode(bomb);
        assertEquals(BodyInflater.MAX_OUTPUT, out.length);
        for (int i = 0; i < out.length; i += 4096) {
            assertEquals(0, out[i]);
        }
    }

    @Test
    void mutatedStreamsNeverEscape() throws Exception {
        byte[] words = words();
        byte[] head = Arrays.copyOf(words, 4000);
        Random rnd = new Random(7);
        int decoded = 0;
        for (int i = 0; i < 400; i++) {
            byte[] m = (i % 2 == 0 ? head : words).clone();
            for (int k = rnd.nextInt(1, 6); k > 0; k--) {
                m[rnd.nextInt(m.length)] = (byte) rnd.nextInt(256);
            }
            byte[] out = BrotliBody.decode(m);
            decoded += out != null ? 1 : 0;
            assertTrue(out == null || out.length <= BodyInflater.MAX_OUTPUT);
        }
        assertTrue(decoded < 400, decoded + " of 400 mutated streams decoded");
    }
}
