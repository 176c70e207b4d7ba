package io.sharkfin.ioc.dga;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Makes the trigram counts of {@link TrigramModel} from a word list, one word per line. Words with
 * anything but ASCII letters (possessives, accents) are skipped; case is folded.
 *
 * <pre>
 * java -cp target/classes io.sharkfin.ioc.dga.TrigramModelBuilder \
 *     /usr/share/dict/american-english src/main/resources/io/sharkfin/ioc/dga/english-trigrams.txt
 * </pre>
 *
 * The shipped file was made from Debian's {@code wamerican} package (SCOWL word list by Kevin
 * Atkinson; permissive licence, quoted in the file's header).
 */
public final class TrigramModelBuilder {
    private TrigramModelBuilder() {
    }

    static final String HEADER = """
            # Character trigram counts of English words, for the DGA-likeness score of sharkfin iocs.
            # Made by io.sharkfin.ioc.dga.TrigramModelBuilder from /usr/share/dict/american-english of
            # Debian's wamerican package (version 2020.12.07-2): SCOWL (Spell Checker Oriented Word
            # Lists), Copyright 2000-2011 by Kevin Atkinson. Licence of the word list:
            #   Permission to use, copy, modify, distribute and sell these word lists, the associated
            #   scripts, the output created from the scripts, and its documentation for any purpose is
            #   hereby granted without fee, provided that the above copyright notice appears in all
            #   copies and that both that copyright notice and this permission notice appear in
            #   supporting documentation. Kevin Atkinson makes no representations about the
            #   suitability of this array for any purpose. It is provided "as is" without express or
            #   implied warranty.
            # (parts of SCOWL come from the public-domain Moby lexicon and other permissively licensed
            # lists; see /usr/share/doc/wamerican/copyright on Debian.)
            # Format: three symbols (a-z; '^' before a word; '$' after it) and the count.
            """;

    /** Counts the trigrams of the words; returns the number of words used. */
    static long count(List<String> words, long[] counts) {
        long used = 0;
        for (String raw : words) {
            String w = raw.strip().toLowerCase(Locale.ROOT);
            if (w.isEmpty() || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                continue;
            }
            used++;
            int a = TrigramModel.START;
            int b = TrigramModel.START;
            for (int i = 0; i <= w.length(); i++) {
                int c = i < w.length() ? w.charAt(i) - 'a' : TrigramModel.END;
                counts[TrigramModel.index(a, b, c)]++;
                a = b;
                b = c;
            }
        }
        return used;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TrigramModelBuilder WORDLIST OUT");
            System.exit(1);
        }
        long[] counts = new long[TrigramModel.N * TrigramModel.N * TrigramModel.N];
        long used = count(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8), counts);
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.US_ASCII)) {
            w.write(HEADER);
            w.write("# Words used: " + used + "\n");
            String s = TrigramModel.SYMBOLS;
            for (int a = 0; a < TrigramModel.N; a++) {
                for (int b = 0; b < TrigramModel.N; b++) {
                    for (int c = 0; c < TrigramModel.N; c++) {
                        long n = counts[TrigramModel.index(a, b, c)];
                        if (n > 0) {
                            w.write("" + s.charAt(a) + s.charAt(b) + s.charAt(c) + ' ' + n + '\n');
                        }
                    }
                }
            }
        }
    }
}
