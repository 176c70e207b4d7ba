package io.sharkfin.ioc.dga;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The DGA score separates the generated names of lab-c2-a (made by the corpus script's
 * {@code [a-z0-9]{10,16}} generator) from names people chose, and gives its reasons.
 */
class DgaScorerTest {

    static final List<String> LAB_DGA = List.of("c0o15n7sxqgeoa.net", "iw73caqhjkot4015.net", "2cgdnyvz7shmue.biz",
            "q7hdnqb7aj.biz", "q4xl5q5vakwl.com", "c79qhyh8w825kln.biz", "pcw6e3c2t3bwzp.info", "zq19eqvsz6.biz",
            "2nsv1oc8oqmxpv.biz", "0cscg745s51edsb.biz", "ay8kmw5drk.info", "3fcg1qd7obzejmo.top", "bv9bxlgkhqvl.biz",
            "uiw29kixrbk8k8vs.xyz", "qagio7jq5oqf.top");
    static final List<String> CHOSEN = List.of("www.example.test", "news.example.test", "google.com", "www.facebook.com",
            "stackoverflow.com", "wikipedia.org", "microsoft.com", "safebrowsing.googleapis.com", "cloudflare.com",
            "amazonaws.com", "apis.google.com", "ocsp.digicert.com", "detectportal.firefox.com", "yahoo.co.jp",
            "github.com", "youtube.com", "netflix.com", "doubleclick.net", "windowsupdate.com", "gstatic.com",
            "mozilla.org", "ubuntu.com", "debian.org", "wpad.example.test", "does-not-exist.example.test",
            "pcapplusplus.com", "baidu.com", "taobao.com", "yandex.ru", "kaspersky-labs.com", "akamaihd.net",
            "instagram.com", "linkedin.com", "salesforce.com", "sharepoint.com", "cloudfront.net");

    private final DgaScorer scorer = DgaScorer.shipped();

    @Test
    void generatedNamesScoreHigh() {
        for (String n : LAB_DGA) {
            var d = scorer.score(n);
            assertTrue(d.score() >= DgaScorer.LIKELY, n + " " + d);
            assertFalse(d.reasons().isEmpty());
        }
    }

    @Test
    void chosenNamesScoreLow() {
        for (String n : CHOSEN) {
            var d = scorer.score(n);
            assertTrue(d.score() < 40, n + " " + d);
        }
    }

    @Test
    void reasonsAreInPlainWords() {
        var d = scorer.score("bv9bxlgkhqvl.biz");
        assertEquals("bv9bxlgkhqvl", d.label());
        assertTrue(d.reasons().stream().anyMatch(r -> r.contains("consonants 'bxlgkhqvl'")), d.reasons().toString());
        assertTrue(d.reasons().stream().anyMatch(r -> r.contains("unlike English")), d.reasons().toString());
    }

    @Test
    void theRegisteredLabelIsScoredNotThePublicSuffix() {
        assertEquals("example", scorer.score("www.example.co.uk").label());
        assertEquals(2, PublicSuffixes.shipped().suffixLabels("a.example.co.uk"));
        assertEquals(1, PublicSuffixes.shipped().suffixLabels("example.test"));
        // a generated subdomain under an ordinary domain is still found
        assertTrue(scorer.score("x9qz7kv2lmpw.example.com").score() >= DgaScorer.LIKELY);
    }

    @Test
    void reverseLookupsAndLocalNamesAreNotScored() {
        assertEquals(0, scorer.score("10.0.0.127.in-addr.arpa").score());
        assertEquals(0, scorer.score("_services._dns-sd._udp.local").score());
        assertEquals(0, scorer.score("localhost").score());
        assertEquals(0, scorer.score("192.168.1.1").score());
        assertEquals(0, scorer.score("").score());
    }

    @Test
    void shippedModelIsTheOneTheBuilderMakesFromTheWordList() throws Exception {
        Path words = Path.of("/usr/share/dict/american-english");
        assumeTrue(Files.isReadable(words), "Debian package wamerican is not installed");
        long[] counts = new long[TrigramModel.N * TrigramModel.N * TrigramModel.N];
        TrigramModelBuilder.count(Files.readAllLines(words), counts);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        String s = TrigramModel.SYMBOLS;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                int a = i / (TrigramModel.N * TrigramModel.N);
                int b = (i / TrigramModel.N) % TrigramModel.N;
                int c = i % TrigramModel.N;
                text.writeBytes(("" + s.charAt(a) + s.charAt(b) + s.charAt(c) + ' ' + counts[i] + '\n').getBytes());
            }
        }
        TrigramModel rebuilt = TrigramModel.read(new ByteArrayInputStream(text.toByteArray()));
        TrigramModel shipped = TrigramModel.shipped();
        double[] a = new double[LAB_DGA.size() + CHOSEN.size()];
        double[] b = new double[a.length];
        int i = 0;
        for (String n : LAB_DGA) {
            a[i] = rebuilt.meanLogLikelihood(n);
            b[i++] = shipped.meanLogLikelihood(n);
        }
        for (String n : CHOSEN) {
            a[i] = rebuilt.meanLogLikelihood(n);
            b[i++] = shipped.meanLogLikelihood(n);
        }
        assertArrayEquals(a, b, 1e-9);
        try (InputStream in = TrigramModel.class.getResourceAsStream(TrigramModel.RESOURCE)) {
            String header = new String(in.readNBytes(400));
            assertTrue(header.contains("SCOWL") && header.contains("Kevin Atkinson"), "source and licence in the header");
        }
    }
}
