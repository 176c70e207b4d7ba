package io.sharkfin.filter.check;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.WiresharkCatalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The known names nearest a misspelled one, for the hint under an error tshark words without one
 * ({@code tcp.prot} → "Did you mean tcp.port?"). Near means at most one edit for names of up to
 * four characters and two for longer ones, an edit being a character inserted, deleted, changed
 * or two neighbours swapped. Only names whose first segment is itself near are compared, so a
 * hint costs a few hundred comparisons, not one per name of Wireshark's catalogue. Only the
 * nearest are offered; among them, names under the word's own first segment come first, then
 * names sharkfin dissects.
 */
public final class NameSuggestions {
    private static final int MAX = 3;
    // a word of three or more characters with a letter: shorter ones ("a", "80") are near too
    // many names to mean any of them
    private static final Pattern NAME_LIKE = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9_][A-Za-z0-9_.\\-]{2,}");

    private NameSuggestions() {
    }

    /** "Did you mean a, b or c?", or null when no known field or protocol is near {@code word}. */
    public static String hint(String word) {
        return sentence(near(word, FieldRegistry.standard()));
    }

    /**
     * "Did you mean a?" for the names of {@code known} nearest {@code word} (a function's name,
     * say), or null when none is near.
     */
    public static String hint(String word, Collection<String> known) {
        if (!nameLike(word)) {
            return null;
        }
        return sentence(nearest(word, known).stream().sorted().limit(MAX).toList());
    }

    /** Up to three known names near {@code word}, nearest first. */
    static List<String> near(String word, FieldRegistry registry) {
        if (!nameLike(word)) {
            return List.of();
        }
        WiresharkCatalog catalog = registry.catalog();
        String first = head(word);
        List<String> candidates = new ArrayList<>();
        for (String head : catalog.firstSegments()) {
            if (distance(first, head, budget(word)) <= budget(word)) {
                candidates.addAll(catalog.namesUnder(head));
            }
        }
        Set<String> dissected = new HashSet<>();
        for (FieldDef d : registry.dissected()) {
            dissected.add(d.name());
        }
        return nearest(word, candidates).stream()
                .sorted(Comparator.comparing((String n) -> !head(n).equals(first))
                        .thenComparing(n -> !dissected.contains(n))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(MAX).toList();
    }

    /**
     * The names at the least distance from {@code word}, if within its budget (only the nearest:
     * one edit away, names two edits away are mostly noise); {@code word} itself left out.
     */
    private static List<String> nearest(String word, Collection<String> names) {
        int best = budget(word);
        List<String> out = new ArrayList<>();
        for (String name : names) {
            int d = distance(word, name, best);
            if (d > best || name.equals(word)) {
                continue;
            }
            if (d < best) {
                out.clear();
                best = d;
            }
            out.add(name);
        }
        return out;
    }

    private static boolean nameLike(String word) {
        return word != null && NAME_LIKE.matcher(word).matches();
    }

    private static String head(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String sentence(List<String> near) {
        if (near.isEmpty()) {
            return null;
        }
        String list = near.size() == 1 ? near.get(0)
                : String.join(", ", near.subList(0, near.size() - 1)) + " or " + near.getLast();
        return "Did you mean " + list + "?";
    }

    private static int budget(String word) {
        return word.length() <= 4 ? 1 : 2;
    }

    /**
     * The edits between {@code a} and {@code b} (optimal string alignment: insert, delete,
     * change, swap of neighbours), or {@code budget + 1} as soon as it must exceed it.
     */
    static int distance(String a, String b, int budget) {
        if (Math.abs(a.length() - b.length()) > budget) {
            return budget + 1;
        }
        int n = a.length();
        int m = b.length();
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > budget) {
                return budget + 1;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return Math.min(previous[m], budget + 1);
    }
}
