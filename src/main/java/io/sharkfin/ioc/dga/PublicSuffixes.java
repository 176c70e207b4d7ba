package io.sharkfin.ioc.dga;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The public suffixes of the ICANN section of the Public Suffix List (Mozilla Public License 2.0;
 * shipped as {@link #RESOURCE}, copied from Debian's {@code publicsuffix} package), used to find the
 * label a registrant chose: in {@code a.b.example.co.uk} the suffix is {@code co.uk} and the
 * registered label {@code example}. Unlisted top-level domains (such as {@code .test}) count as
 * suffixes of one label, as the list's algorithm says.
 */
public final class PublicSuffixes {

    public static final String RESOURCE = "/io/sharkfin/ioc/dga/public-suffixes-icann.dat";

    private final Set<String> rules = new HashSet<>();
    private final Set<String> wildcards = new HashSet<>();
    private final Set<String> exceptions = new HashSet<>();

    private PublicSuffixes() {
    }

    private static final class Shipped {
        static final PublicSuffixes INSTANCE = load();

        private static PublicSuffixes load() {
            try (InputStream in = PublicSuffixes.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static PublicSuffixes shipped() {
        return Shipped.INSTANCE;
    }

    static PublicSuffixes read(InputStream in) throws IOException {
        PublicSuffixes s = new PublicSuffixes();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            if (line.startsWith("!")) {
                s.exceptions.add(ascii(line.substring(1)));
            } else if (line.startsWith("*.")) {
                s.wildcards.add(ascii(line.substring(2)));
            } else {
                s.rules.add(ascii(line));
            }
        }
        return s;
    }

    private static String ascii(String rule) {
        try {
            return IDN.toASCII(rule, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return rule.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The number of trailing labels of a (lower-case, dot-separated, no trailing dot) name that
     * are its public suffix: at least 1.
     */
    public int suffixLabels(String name) {
        String[] labels = name.split("\\.", -1);
        int best = 1;
        for (int k = labels.length; k >= 1; k--) {
            String tail = join(labels, labels.length - k);
            if (exceptions.contains(tail)) {
                return k - 1;
            }
            if (rules.contains(tail)) {
                best = Math.max(best, k);
            }
            if (k < labels.length && wildcards.contains(tail)) {
                best = Math.max(best, k + 1);
            }
        }
        return Math.min(best, labels.length);
    }

    private static String join(String[] labels, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < labels.length; i++) {
            if (i > from) {
                sb.append('.');
            }
            sb.append(labels[i]);
        }
        return sb.toString();
    }
}
