package io.sharkfin.rules;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.filter.check.Typed;
import io.sharkfin.filter.value.FValue;
import io.sharkfin.pack.Threshold;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Translates a checked filter into Sigma rules over Zeek's dns, http and x509 logs and the proxy
 * and firewall categories, with the field names of {@code sigma-fields.tsv}. Each leaf of the
 * filter becomes one selection and the condition keeps the filter's and/or/not; a leaf the log
 * source has no field for becomes "true" (the rule is wider). A rule with a threshold also gets
 * an {@code event_count} correlation rule. HTTP filters give a Zeek rule and a proxy rule.
 *
 * <p>Zeek writes one log entry per transaction (a DNS query with its answer, an HTTP request
 * with its response), so a client's address is {@code id.orig_h} whichever packet the filter
 * was about.
 */
public final class SigmaGenerator {
    private SigmaGenerator() {
    }

    public static GeneratedRule generate(RuleSource source) {
        List<Loss> losses = new ArrayList<>();
        if (source.filter().root() == null) {
            return new GeneratedRule(GeneratedRule.Target.SIGMA, source.qualifiedId(), "",
                    List.of(Loss.wider("the filter is empty")));
        }
        List<SigmaLogsource> targets = logsources(source);
        if (targets.isEmpty()) {
            losses.add(Loss.narrower("no Sigma taxonomy log source has fields for "
                    + String.join(", ", source.filter().fields().stream().map(FieldDef::name).toList())
                    + (source.filter().fields().stream().anyMatch(f -> f.name().startsWith("tls"))
                    ? " (there is no zeek/ssl service in the taxonomy)" : "") + ": no rule"));
            return new GeneratedRule(GeneratedRule.Target.SIGMA, source.qualifiedId(), "", losses);
        }
        StringBuilder text = new StringBuilder();
        for (SigmaLogsource ls : targets) {
            SigmaMapping map = new SigmaMapping(ls, responseSide(source.filter().root()));
            Selections sel = new Selections(map, losses);
            String condition = sel.condition(NormalForms.nnf(source.filter().root()));
            if (condition.equals(Selections.TRUE) && source.threshold() != null) {
                // a counting rule over every entry: Sigma still needs a selection to count
                condition = sel.everyEntry(ls);
                losses.add(Loss.note(ls.key() + ": the filter holds for every log entry; the base rule selects all entries"));
            }
            if (condition.equals(Selections.TRUE) || Selections.dropped(condition)) {
                losses.add(Loss.narrower(ls.key() + ": nothing of the filter maps to this log source's fields; no rule"
                        + (Selections.dropped(condition) ? " (" + condition.substring(Selections.DROPPED.length()) + ")" : "")));
                continue;
            }
            if (condition.equals(Selections.FALSE)) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append("---\n");
            }
            text.append(dump(rule(source, ls, sel.selections(), condition)));
            if (source.threshold() != null) {
                text.append("---\n").append(dump(correlation(source, ls, map, losses)));
            }
        }
        if (source.threshold() != null) {
            losses.add(Loss.note("the count is an event_count correlation rule; Sigma counts log entries "
                    + "(transactions), the pack counts packets"));
        }
        return new GeneratedRule(GeneratedRule.Target.SIGMA, source.qualifiedId(), text.toString(), losses);
    }

    /** Log sources whose fields the filter's fields map to, most specific first. */
    private static List<SigmaLogsource> logsources(RuleSource source) {
        boolean dns = false;
        boolean http = false;
        boolean x509 = false;
        boolean net = false;
        for (FieldDef f : source.filter().fields()) {
            String n = f.name();
            dns |= n.equals("dns") || n.startsWith("dns.");
            http |= n.equals("http") || n.startsWith("http.");
            x509 |= n.startsWith("x509");
            net |= SigmaMapping.NETWORK.contains(n);
        }
        List<SigmaLogsource> out = new ArrayList<>();
        if (dns) {
            out.add(SigmaLogsource.ZEEK_DNS);
        } else if (http) {
            out.add(SigmaLogsource.ZEEK_HTTP);
            out.add(SigmaLogsource.PROXY);
        } else if (x509) {
            out.add(SigmaLogsource.ZEEK_X509);
        } else if (net && source.filter().fields().stream().allMatch(f -> SigmaMapping.NETWORK.contains(f.name())
                || f.isProtocol())) {
            out.add(SigmaLogsource.FIREWALL);
        }
        return out;
    }

    /** Whether the filter is about responses (then the client is the destination of the packet). */
    static boolean responseSide(Typed.Test t) {
        return switch (t) {
            case Typed.And a -> responseSide(a.left()) || responseSide(a.right());
            case Typed.Or o -> responseSide(o.left()) && responseSide(o.right());
            case Typed.Not n -> false;
            default -> {
                Atom a = Atom.of(t);
                String n = a.name();
                if (n == null) {
                    yield false;
                }
                if (n.equals("dns.flags.response") && a.kind() == Atom.Kind.COMPARE && Atom.numeric(a.values().getFirst())) {
                    yield Atom.number(a.values().getFirst()) == 1;
                }
                yield n.equals("dns.flags.rcode") || n.startsWith("http.response") || n.startsWith("dns.resp")
                        || n.equals("dns.a") || n.equals("dns.aaaa");
            }
        };
    }

    private static Map<String, Object> rule(RuleSource s, SigmaLogsource ls, Map<String, Object> selections,
                                            String condition) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", s.title());
        m.put("id", uuid(s, ls, "rule"));
        if (s.threshold() != null) {
            m.put("name", name(s, ls));
        }
        m.put("status", "experimental");
        // a bare filter's title is the filter itself: do not say it twice
        String origin = "Generated by sharkfin from the display filter: " + s.filter().expandedText().strip();
        m.put("description", s.description().isBlank() ? origin : s.description().strip() + " " + origin);
        if (!s.references().isEmpty()) {
            m.put("references", s.references());
        }
        m.put("author", "sharkfin rules --to sigma (" + s.qualifiedId() + ")");
        List<String> tags = tags(s.tags());
        if (!tags.isEmpty()) {
            m.put("tags", tags);
        }
        m.put("logsource", ls.yaml());
        Map<String, Object> detection = new LinkedHashMap<>(selections);
        detection.put("condition", condition);
        m.put("detection", detection);
        m.put("falsepositives", s.falsePositives().isEmpty() ? List.of("Unknown") : s.falsePositives());
        m.put("level", s.severity().label());
        return m;
    }

    private static Map<String, Object> correlation(RuleSource s, SigmaLogsource ls, SigmaMapping map, List<Loss> losses) {
        Threshold t = s.threshold();
        Set<String> groupBy = new LinkedHashSet<>();
        for (String f : t.groupBy()) {
            List<String> mapped = map.groupField(f);
            if (mapped.isEmpty()) {
                losses.add(Loss.wider(ls.key() + ": the count cannot be grouped by " + f + " (no field): counted across it"));
            }
            groupBy.addAll(mapped);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", s.title() + " (" + t.count() + " in " + t.seconds() + "s)");
        m.put("id", uuid(s, ls, "correlation"));
        m.put("status", "experimental");
        m.put("author", "sharkfin rules --to sigma (" + s.qualifiedId() + ")");
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("type", "event_count");
        c.put("rules", List.of(name(s, ls)));
        if (!groupBy.isEmpty()) {
            c.put("group-by", new ArrayList<>(groupBy));
        }
        c.put("timespan", t.seconds() + "s");
        c.put("condition", Map.of("gte", t.count()));
        m.put("correlation", c);
        m.put("level", s.severity().label());
        return m;
    }

    private static String name(RuleSource s, SigmaLogsource ls) {
        return ("sharkfin_" + s.pack() + "_" + s.id() + "_" + ls.key()).replaceAll("[^A-Za-z0-9_]", "_");
    }

    /**
     * A stable id: a name-based UUID of the source's id seed (a pack rule's qualified id, a
     * filter's normalised text), so the same source always gives the same id and two filters
     * different ones.
     */
    private static String uuid(RuleSource s, SigmaLogsource ls, String kind) {
        return UUID.nameUUIDFromBytes(("sharkfin:" + s.idSeed() + ":" + ls.key() + ":" + kind)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** ATT&amp;CK ids and tactics in Sigma's tag namespace ({@code attack.t1071.004}). */
    static List<String> tags(List<String> tags) {
        List<String> out = new ArrayList<>();
        for (String t : tags) {
            if (t.matches("T\\d{4}(\\.\\d{3})?")) {
                out.add("attack." + t.toLowerCase(Locale.ROOT));
            } else if (SigmaValidator.TACTICS.contains(t)) {
                out.add("attack." + t);
            }
        }
        return out;
    }

    static String dump(Map<String, Object> doc) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setIndicatorIndent(2);
        o.setIndentWithIndicator(true);
        o.setWidth(120);
        o.setSplitLines(false);
        return new Yaml(o).dump(doc);
    }

    /** Builds one selection per leaf and the condition over them. */
    private static final class Selections {
        static final String TRUE = "\u0001true";
        static final String FALSE = "\u0001false";
        /** A leaf with no field here: true under "and" (wider), left out of an "or" (narrower). */
        static final String DROPPED = "\u0001dropped";

        private final SigmaMapping map;
        private final List<Loss> losses;
        private final Map<String, Object> selections = new LinkedHashMap<>();

        Selections(SigmaMapping map, List<Loss> losses) {
            this.map = map;
            this.losses = losses;
        }

        Map<String, Object> selections() {
            return selections;
        }

        String condition(Typed.Test t) {
            return switch (t) {
                case Typed.And a -> and(condition(a.left()), condition(a.right()));
                case Typed.Or o -> or(condition(o.left()), condition(o.right()));
                case Typed.Not n -> {
                    String inner = leaf(n.operand(), true);
                    yield inner.equals(TRUE) || dropped(inner) ? inner : inner.equals(FALSE) ? TRUE : "not " + inner;
                }
                case Typed.Fixed f -> f.value() ? TRUE : FALSE;
                default -> leaf(t, false);
            };
        }

        private String leaf(Typed.Test t, boolean negated) {
            Atom a = Atom.of(t);
            SigmaMapping.Result r = map.selection(a, negated);
            if (r.selection() == null && r.loss() != null && r.loss().effect() != Loss.Effect.NOTE) {
                // wider under "and", narrower under "or": decided where it is combined
                return DROPPED + r.loss().what();
            }
            if (r.loss() != null) {
                losses.add(r.loss());
            }
            if (r.selection() == null) {
                return TRUE;
            }
            String name = "selection_" + (selections.size() + 1);
            selections.put(name, r.selection());
            return name;
        }

        /** A selection every entry of the log source passes. */
        String everyEntry(SigmaLogsource ls) {
            String field = switch (ls) {
                case ZEEK_DNS -> "query";
                case ZEEK_HTTP -> "uri";
                case PROXY -> "c-uri";
                case ZEEK_X509 -> "certificate.subject";
                case FIREWALL -> "dst_ip";
            };
            String name = "selection_" + (selections.size() + 1);
            selections.put(name, Map.of(field + "|exists", true));
            return name;
        }

        static boolean dropped(String s) {
            return s.startsWith(DROPPED);
        }

        private String and(String a, String b) {
            if (dropped(a)) {
                losses.add(Loss.wider(a.substring(DROPPED.length())));
                a = TRUE;
            }
            if (dropped(b)) {
                losses.add(Loss.wider(b.substring(DROPPED.length())));
                b = TRUE;
            }
            if (a.equals(FALSE) || b.equals(FALSE)) {
                return FALSE;
            }
            if (a.equals(TRUE)) {
                return b;
            }
            if (b.equals(TRUE)) {
                return a;
            }
            return paren(a, " or ") + " and " + paren(b, " or ");
        }

        private String or(String a, String b) {
            if (dropped(a) && dropped(b)) {
                return a + "; " + b.substring(DROPPED.length());
            }
            if (dropped(a) || dropped(b)) {
                String d = dropped(a) ? a : b;
                losses.add(Loss.narrower(d.substring(DROPPED.length()) + " — an alternative of an 'or': left out"));
                return dropped(a) ? b : a;
            }
            if (a.equals(TRUE) || b.equals(TRUE)) {
                return TRUE;
            }
            if (a.equals(FALSE)) {
                return b;
            }
            if (b.equals(FALSE)) {
                return a;
            }
            return a + " or " + b;
        }

        private static String paren(String s, String op) {
            return s.contains(op) ? "(" + s + ")" : s;
        }
    }

    /** A constant for a Sigma value: numbers as numbers, text as text. */
    static Object value(FValue v) {
        return Atom.numeric(v) ? (Object) Atom.number(v) : Atom.text(v);
    }
}
