package io.sharkfin.ioc.dga;

import io.sharkfin.ioc.report.DnsReport.Dga;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much a domain name looks machine-generated (a domain generation algorithm), 0–100, with the
 * reasons in plain words. The labels left of the public suffix are scored (the registered label
 * and any subdomain labels; the highest wins) on five features:
 * <ul>
 *   <li>letter sequences unlike English words (mean trigram log-likelihood under
 *       {@link TrigramModel}), the strongest feature;</li>
 *   <li>character entropy close to the maximum for the label's length;</li>
 *   <li>digits mixed with letters;</li>
 *   <li>long runs of consonants;</li>
 *   <li>length.</li>
 * </ul>
 * Reverse look-ups ({@code .arpa}), link-local names ({@code .local}), service labels
 * ({@code _tcp}) and labels shorter than five characters are not scored.
 */
public final class DgaScorer {

    /** Names scoring at least this are called DGA-like in findings. */
    public static final int LIKELY = 55;

    private static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";
    private static final String[] SKIPPED_PREFIXES = {"www", "mail", "smtp", "imap", "pop", "ftp",
        "api", "cdn", "static", "img", "ns1", "ns2"};

    private final TrigramModel model;
    private final PublicSuffixes suffixes;

    public DgaScorer(TrigramModel model, PublicSuffixes suffixes) {
        this.model = model;
        this.suffixes = suffixes;
    }

    /** A scorer over the shipped model and suffix list. */
    public static DgaScorer shipped() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final DgaScorer INSTANCE = new DgaScorer(TrigramModel.shipped(), PublicSuffixes.shipped());
    }

    /** The score of a DNS name (or SNI, or Host). */
    public Dga score(String rawName) {
        String name = rawName.toLowerCase(Locale.ROOT);
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty()) {
            return new Dga(0, "", List.of("empty name: not scored"));
        }
        if (name.endsWith(".arpa")) {
            return new Dga(0, "", List.of("reverse look-up: not scored"));
        }
        if (name.endsWith(".local") || name.indexOf('.') < 0) {
            return new Dga(0, "", List.of("local or single-label name: not scored"));
        }
        if (name.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')) {
            return new Dga(0, "", List.of("an address, not a name: not scored"));
        }
        String[] labels = name.split("\\.");
        int registered = labels.length - suffixes.suffixLabels(name) - 1;
        if (registered < 0) {
            return new Dga(0, "", List.of("a public suffix only: not scored"));
        }
        Dga best = null;
        for (int i = registered; i >= 0; i--) {
            if (i < registered && isCommonPrefix(labels[i])) {
                continue;
            }
            Dga d = scoreLabel(labels[i]);
            if (best == null || d.score() > best.score()) {
                best = d;
            }
        }
        return best;
    }

    private static boolean isCommonPrefix(String label) {
        for (String p : SKIPPED_PREFIXES) {
            if (label.equals(p)) {
                return true;
            }
        }
        return false;
    }

    /** The score of one label. */
    public Dga scoreLabel(String label) {
        if (label.startsWith("_")) {
            return new Dga(0, label, List.of("service label: not scored"));
        }
        if (label.startsWith("xn--")) {
            return new Dga(0, label, List.of("internationalised label (punycode): not scored"));
        }
        int n = label.length();
        if (n < 5) {
            return new Dga(0, label, List.of("label of " + n + " characters: too short to judge"));
        }
        List<String> reasons = new ArrayList<>();

        double ll = model.meanLogLikelihood(label);
        double sNgram = clamp((-ll - 1.3) / 0.5);
        if (sNgram >= 0.4) {
            reasons.add(String.format(Locale.ROOT,
                    "letter sequences unlike English words (trigram log-likelihood %.2f per character; words average about -1.1)",
                    ll));
        }

        double h = entropy(label);
        double hMax = log2(Math.min(n, 36));
        // a short label of distinct letters always has near-maximal entropy: judge only long ones
        double sEntropy = n < 10 ? 0 : clamp((h / hMax - 0.82) / 0.13);
        if (sEntropy >= 0.5) {
            reasons.add(String.format(Locale.ROOT,
                    "high character entropy (%.2f bits per character, %.0f %% of the maximum for %d characters)",
                    h, 100 * h / hMax, n));
        }

        int digits = 0;
        int letters = 0;
        int switches = 0;
        for (int i = 0; i < n; i++) {
            char c = label.charAt(i);
            digits += Character.isDigit(c) ? 1 : 0;
            letters += Character.isLetter(c) ? 1 : 0;
            if (i > 0 && Character.isDigit(c) != Character.isDigit(label.charAt(i - 1))) {
                switches++;
            }
        }
        double sDigits = digits == 0 || letters == 0 ? 0 : clamp(digits * 3.0 / n + (switches >= 3 ? 0.4 : 0));
        if (sDigits >= 0.3) {
            reasons.add(digits + (digits == 1 ? " digit" : " digits") + " mixed with letters"
                    + (switches >= 3 ? " (" + switches + " switches between digits and letters)" : ""));
        }

        String run = longestConsonantRun(label);
        double sConsonants = clamp((run.length() - 3) / 3.0);
        if (run.length() >= 4) {
            reasons.add("run of " + run.length() + " consonants '" + run + "'");
        }

        double sLength = clamp((n - 8) / 8.0);
        if (n >= 12) {
            reasons.add("long label (" + n + " characters)");
        }

        double confidence = clamp((n - 4) / 6.0);
        double raw = 0.50 * sNgram + 0.10 * sEntropy + 0.15 * sDigits + 0.15 * sConsonants + 0.10 * sLength;
        int score = (int) Math.round(100 * raw * confidence);
        if (reasons.isEmpty()) {
            reasons.add("reads like words");
        } else if (confidence < 1) {
            reasons.add("short label (" + n + " characters): score damped");
        }
        return new Dga(score, label, List.copyOf(reasons));
    }

    private static String longestConsonantRun(String s) {
        int bestStart = 0;
        int bestLen = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            boolean cons = i < s.length() && CONSONANTS.indexOf(s.charAt(i)) >= 0;
            if (!cons) {
                if (i - start > bestLen) {
                    bestLen = i - start;
                    bestStart = start;
                }
                start = i + 1;
            }
        }
        return s.substring(bestStart, bestStart + bestLen);
    }

    static double entropy(String s) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double h = 0;
        int n = s.length();
        for (int c : counts) {
            if (c > 0) {
                double p = (double) c / n;
                h -= p * log2(p);
            }
        }
        if (other > 0) {
            double p = (double) other / n;
            h -= p * log2(p);
        }
        return h;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : Math.min(v, 1);
    }
}
