package io.sharkfin.rules;

import io.sharkfin.rules.SuricataKeywords.Buffer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * sharkfin's own check of Suricata rules, beyond what a parser sees: every keyword known, every
 * sticky buffer one sharkfin writes and used in a rule of its protocol, content modifiers only
 * after a content and allowed by the buffer ({@code nocase} never on the lower-cased
 * {@code http.host}, whose content must be lower-case), {@code dns.query} only in rules that can
 * inspect requests, the hash buffers holding hashes, integers in range, and msg/sid/rev present
 * with sids unique.
 */
public final class SuricataLint {
    private static final Pattern RULE = Pattern.compile("^alert (\\S+) (\\S+) (\\S+) (->|<>) (\\S+) (\\S+) \\((.*)\\)$");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{32}");

    private SuricataLint() {
    }

    /** Problems of a file of rules (comment lines ignored); empty when clean. */
    public static List<String> check(String rules) {
        List<String> problems = new ArrayList<>();
        Set<String> sids = new HashSet<>();
        for (String line : rules.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            for (String p : checkRule(line, sids)) {
                problems.add(p + ": " + line);
            }
        }
        return problems;
    }

    private static List<String> checkRule(String rule, Set<String> sids) {
        List<String> problems = new ArrayList<>();
        Matcher m = RULE.matcher(rule);
        if (!m.matches()) {
            problems.add("not 'alert PROTO SRC SPORT DIR DST DPORT (OPTIONS)'");
            return problems;
        }
        String proto = m.group(1);
        if (!SuricataKeywords.PROTOCOLS.contains(proto)) {
            problems.add("unknown protocol " + proto);
        }
        List<String[]> options = options(m.group(7), problems);
        String buffer = null;
        boolean afterContent = false;
        boolean toClient = false;
        boolean hasMsg = false;
        boolean hasRev = false;
        String sid = null;
        for (String[] o : options) {
            String name = o[0];
            String value = o[1];
            if (name.equals("flow") && value != null && value.contains("to_client")) {
                toClient = true;
            }
            if (SuricataKeywords.BUFFERS.containsKey(name)) {
                Buffer b = SuricataKeywords.BUFFERS.get(name);
                if (value != null) {
                    problems.add("sticky buffer " + name + " takes no value");
                }
                if (!b.protocol().equals(proto)) {
                    problems.add(name + " needs an 'alert " + b.protocol() + "' rule, not " + proto);
                }
                buffer = name;
                afterContent = false;
                continue;
            }
            if (SuricataKeywords.BUFFER_MATCHES.contains(name)) {
                if (buffer == null) {
                    problems.add(name + " outside a sticky buffer");
                } else if (name.equals("content")) {
                    content(buffer, value, problems);
                } else if (name.equals("pcre")) {
                    pcre(buffer, value, problems);
                }
                afterContent = name.equals("content");
                continue;
            }
            if (SuricataKeywords.CONTENT_MODIFIERS.contains(name)) {
                if (!afterContent) {
                    problems.add(name + " not after a content");
                }
                if (name.equals("nocase") && buffer != null && SuricataKeywords.BUFFERS.get(buffer).lowercase()) {
                    problems.add("nocase on " + buffer + ", which Suricata lower-cases");
                }
                continue;
            }
            if (!SuricataKeywords.OTHER_KEYWORDS.containsKey(name)) {
                problems.add("unknown keyword " + name);
                continue;
            }
            String needs = SuricataKeywords.OTHER_KEYWORDS.get(name);
            if (!needs.isEmpty() && !needs.equals(proto)) {
                problems.add(name + " needs an 'alert " + needs + "' rule, not " + proto);
            }
            switch (name) {
                case "msg" -> hasMsg = value != null && value.startsWith("\"") && value.endsWith("\"");
                case "rev" -> hasRev = value != null && value.matches("\\d+");
                case "sid" -> sid = value;
                case "classtype" -> {
                    if (!SuricataKeywords.CLASSTYPES.contains(value)) {
                        problems.add("classtype " + value + " is not in Suricata's classification.config");
                    }
                }
                case "dns.rcode" -> range(name, value, 0, 15, problems);
                case "dns.rrtype" -> range(name, value, 0, 65535, problems);
                default -> {
                }
            }
        }
        if (toClient && options.stream().anyMatch(o -> o[0].equals("dns.query"))) {
            problems.add("dns.query inspects requests only, the rule looks at to_client traffic");
        }
        if (!hasMsg) {
            problems.add("no msg");
        }
        if (!hasRev) {
            problems.add("no rev");
        }
        if (sid == null || !sid.matches("[1-9]\\d*")) {
            problems.add("no sid");
        } else if (!sids.add(sid)) {
            problems.add("sid " + sid + " used twice");
        }
        return problems;
    }

    private static void range(String name, String value, int lo, int hi, List<String> problems) {
        try {
            int v = Integer.parseInt(value.replaceFirst("^[<>!]", ""));
            if (v < lo || v > hi) {
                problems.add(name + " " + value + " out of " + lo + ".." + hi);
            }
        } catch (NumberFormatException e) {
            problems.add(name + " takes a number, not " + value);
        }
    }

    private static void content(String buffer, String value, List<String> problems) {
        if (value == null || !(value.startsWith("\"") || value.startsWith("!\"")) || !value.endsWith("\"")) {
            problems.add("content must be quoted");
            return;
        }
        String text = value.substring(value.indexOf('"') + 1, value.length() - 1).replaceAll("\\|[0-9a-fA-F ]*\\|", "");
        if (SuricataKeywords.BUFFERS.get(buffer).lowercase() && !text.equals(text.toLowerCase(Locale.ROOT))) {
            problems.add(buffer + " content must be lower-case");
        }
        if ((buffer.equals("ja3.hash") || buffer.equals("ja3s.hash")) && !HASH.matcher(text).matches()) {
            problems.add(buffer + " content must be an MD5 in lower-case hex");
        }
    }

    private static void pcre(String buffer, String value, List<String> problems) {
        if (value == null || !value.matches("!?\"/.*/[ismxAEGRUB]*\"")) {
            problems.add("pcre must be \"/regex/flags\"");
            return;
        }
        if (SuricataKeywords.BUFFERS.get(buffer).lowercase() && value.matches("!?\"/.*/[a-zA-Z]*i[a-zA-Z]*\"")) {
            problems.add("pcre /i on " + buffer + ", which Suricata lower-cases");
        }
    }

    /** Splits the options at unescaped ';' outside quotes, into name and value. */
    private static List<String[]> options(String body, List<String> problems) {
        List<String[]> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                cur.append(c).append(body.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                String opt = cur.toString().trim();
                cur.setLength(0);
                if (opt.isEmpty()) {
                    continue;
                }
                int colon = opt.indexOf(':');
                out.add(colon < 0 ? new String[] {opt, null}
                        : new String[] {opt.substring(0, colon).trim(), opt.substring(colon + 1).trim()});
                continue;
            }
            cur.append(c);
        }
        if (quoted) {
            problems.add("unterminated quote");
        }
        if (!cur.toString().isBlank()) {
            problems.add("option without a closing ';': " + cur.toString().trim());
        }
        return out;
    }
}
