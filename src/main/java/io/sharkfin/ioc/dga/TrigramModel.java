package io.sharkfin.ioc.dga;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A character trigram model of English words: how likely each letter is after the two before it.
 * Domain labels made of words (or word-like syllables) score well; the random strings of domain
 * generation algorithms do not. The counts ship in the jar ({@link #RESOURCE}), made by
 * {@link TrigramModelBuilder} from a public word list (see the resource's header for its source
 * and licence).
 *
 * <p>Symbols: {@code a}–{@code z}, {@code #} for a digit (or any other character), {@code ^} before
 * the first letter and {@code $} after the last; a hyphen ends one word and starts the next.
 */
public final class TrigramModel {

    /** Class-path location of the shipped counts. */
    public static final String RESOURCE = "/io/sharkfin/ioc/dga/english-trigrams.txt";

    static final String SYMBOLS = "abcdefghijklmnopqrstuvwxyz#^$";
    static final int N = SYMBOLS.length();
    static final int START = SYMBOLS.indexOf('^');
    static final int END = SYMBOLS.indexOf('$');
    static final int OTHER = SYMBOLS.indexOf('#');
    // symbols that can follow a context: everything but the start marker
    private static final int OUTCOMES = N - 1;
    private static final double SMOOTHING = 0.5;

    private final float[] logProb = new float[N * N * N];

    private TrigramModel(long[] counts) {
        for (int a = 0; a < N; a++) {
            for (int b = 0; b < N; b++) {
                long total = 0;
                for (int c = 0; c < N; c++) {
                    total += counts[index(a, b, c)];
                }
                for (int c = 0; c < N; c++) {
                    double p = (counts[index(a, b, c)] + SMOOTHING) / (total + SMOOTHING * OUTCOMES);
                    logProb[index(a, b, c)] = (float) Math.log10(p);
                }
            }
        }
    }

    private static final class Shipped {
        static final TrigramModel INSTANCE = load();

        private static TrigramModel load() {
            try (InputStream in = TrigramModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The model shipped in the jar. */
    public static TrigramModel shipped() {
        return Shipped.INSTANCE;
    }

    /** Reads counts in the shipped format: {@code # comment} lines, then {@code xyz COUNT} lines. */
    public static TrigramModel read(InputStream in) throws IOException {
        long[] counts = new long[N * N * N];
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("# ")) {
                continue;
            }
            int sp = line.indexOf(' ');
            if (sp != 3) {
                throw new IOException("bad trigram line: " + line);
            }
            int a = symbol(line.charAt(0));
            int b = symbol(line.charAt(1));
            int c = symbol(line.charAt(2));
            counts[index(a, b, c)] += Long.parseLong(line.substring(4).trim());
        }
        return new TrigramModel(counts);
    }

    static TrigramModel of(long[] counts) {
        return new TrigramModel(counts);
    }

    static int index(int a, int b, int c) {
        return (a * N + b) * N + c;
    }

    /** The model symbol of a character (a digit or anything else but a letter is {@code #}). */
    static int symbol(char ch) {
        if (ch >= 'a' && ch <= 'z') {
            return ch - 'a';
        }
        if (ch >= 'A' && ch <= 'Z') {
            return ch - 'A';
        }
        int i = SYMBOLS.indexOf(ch);
        return i >= 0 ? i : OTHER;
    }

    /**
     * The mean log10-probability per symbol of a label (each hyphen-separated part is a word with
     * its own start and end), or NaN for an empty label.
     */
    public double meanLogLikelihood(String label) {
        double sum = 0;
        int n = 0;
        for (String part : label.split("-")) {
            if (part.isEmpty()) {
                continue;
            }
            int a = START;
            int b = START;
            for (int i = 0; i <= part.length(); i++) {
                int c = i < part.length() ? symbol(part.charAt(i)) : END;
                sum += logProb[index(a, b, c)];
                n++;
                a = b;
                b = c;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
