package io.sharkfin.ioc.dga;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    /** The three kinds of rule, as ASCII (IDNA) names in lower case. */
    private record Rules(Set<String> rules, Set<String> wildcards, Set<String> exceptions) {
        Rules copy() {
            return new Rules(new HashSet<>(rules), new HashSet<>(wildcards), new HashSet<>(exceptions));
        }

        void add(String line) {
            if (line.startsWith("!")) {
                exceptions.add(ascii(line.substring(1)));
            } else if (line.startsWith("*.")) {
                wildcards.add(ascii(line.substring(2)));
            } else {
                rules.add(ascii(line));
            }
        }
    }

    private volatile Rules rules = new Rules(new HashSet<>(), new HashSet<>(), new HashSet<>());
    // the rules written in Unicode (6 % of the list) as read, until a name could match one: their
    // conversion (IDN.toASCII) took 60 ms of every start of iocs, most of it to load its tables
    private final List<String> unicodeRules = new ArrayList<>();
    private volatile boolean unicodeAdded;

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
            if (isAscii(line)) {
                s.rules.add(line);
            } else {
                s.unicodeRules.add(line);
            }
        }
        s.unicodeAdded = s.unicodeRules.isEmpty();
        return s;
    }

    /** The rules written in Unicode, as the list has them. */
    List<String> unicodeRules() {
        return List.copyOf(unicodeRules);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The ASCII form of a rule: IDN.toASCII's, which for a rule in ASCII is the rule itself (or
     * a failure: a label too long or empty), lower-cased.
     */
    static String ascii(String rule) {
        if (isAscii(rule)) {
            return rule.toLowerCase(Locale.ROOT);
        }
        try {
            return IDN.toASCII(rule, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return rule.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The rules for {@code name}: with those written in Unicode once a name could match one. The
     * ASCII form of such a rule has a label that starts {@code xn--} (PublicSuffixesTest checks
     * it for the shipped list), so a name without one matches none of them.
     */
    private Rules rulesFor(String name) {
        if (!unicodeAdded && name.contains("xn--")) {
            addUnicodeRules();
        }
        return rules;
    }

    private synchronized void addUnicodeRules() {
        if (unicodeAdded) {
            return;
        }
        Rules all = rules.copy();
        for (String line : unicodeRules) {
            all.add(line);
        }
        rules = all;
        unicodeAdded = true;
    }

    /**
     * The number of trailing labels of a (lower-case, dot-separated, no trailing dot) name that
     * are its public suffix: at least 1.
     */
    public int suffixLabels(String name) {
        Rules r = rulesFor(name);
        String[] labels = name.split("\\.", -1);
        int best = 1;
        for (int k = labels.length; k >= 1; k--) {
            String tail = join(labels, labels.length - k);
            if (r.exceptions().contains(tail)) {
                return k - 1;
            }
            if (r.rules().contains(tail)) {
                best = Math.max(best, k);
            }
            if (k < labels.length && r.wildcards().contains(tail)) {
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
