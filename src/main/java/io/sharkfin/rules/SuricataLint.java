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
 * sharkfin's own check of Suricata 7 rules, beyond what a parser sees: every keyword known (and
 * none that only Suricata 8 has), every sticky buffer one sharkfin writes and used in a rule of
 * its protocol (or of its {@code app-layer-protocol}), content modifiers only after a content
 * and allowed by the buffer ({@code nocase} never on the lower-cased {@code http.host}, whose
 * content must be lower-case; serials upper-case), payload matches outside a buffer only in
 * {@code udp}/{@code tcp} rules, {@code dns.query} only in rules that can inspect requests (not
 * beside a response's rcode), the
 * hash buffers holding hashes, {@code byte_test} well formed, and msg/sid/rev present with sids
 * unique.
 */
public final class SuricataLint {
    private static final Pattern RULE = Pattern.compile("^alert (\\S+) (\\S+) (\\S+) (->|<>) (\\S+) (\\S+) \\((.*)\\)$");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern BYTE_TEST = Pattern.compile("[1-8],!?(=|<|>|<=|>=|&|\\^),\\d+,\\d+(,bitmask 0x[0-9a-f]+)?");
    /** Suricata 7 parses detection_filter's track as by_src or by_dst, and refuses a count or seconds of 0. */
    private static final Pattern DETECTION_FILTER = Pattern.compile("track by_(src|dst), count [1-9]\\d*, seconds [1-9]\\d*");

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
        String appLayer = options.stream().filter(o -> o[0].equals("app-layer-protocol")).map(o -> o[1])
                .findFirst().orElse(null);
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
                if (!b.protocol().equals(proto) && !b.protocol().equals(appLayer)) {
                    problems.add(name + " needs an 'alert " + b.protocol() + "' rule, not " + proto);
                }
                buffer = name;
                afterContent = false;
                continue;
            }
            if (SuricataKeywords.BUFFER_MATCHES.contains(name)) {
                if (buffer == null) {
                    if (!proto.equals("udp") && !proto.equals("tcp")) {
                        problems.add(name + " outside a sticky buffer");
                    }
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
            if (SuricataKeywords.SURICATA_8_ONLY.containsKey(name)) {
                problems.add(name + " needs Suricata 8 (Suricata 7 has no such keyword)");
                continue;
            }
            if (!SuricataKeywords.OTHER_KEYWORDS.containsKey(name)) {
                problems.add("unknown keyword " + name);
                continue;
            }
            String needs = SuricataKeywords.OTHER_KEYWORDS.get(name);
            if (!SuricataKeywords.protocolFits(needs, proto)) {
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
                case "byte_test" -> {
                    if (value == null || !BYTE_TEST.matcher(value).matches()) {
                        problems.add("byte_test is 'bytes,[!]operator,value,offset[,bitmask 0xNN]', not " + value);
                    }
                }
                case "detection_filter" -> {
                    if (value == null || !DETECTION_FILTER.matcher(value).matches()) {
                        problems.add("detection_filter is 'track by_src|by_dst, count N, seconds N' (N >= 1), not " + value);
                    }
                }
                case "app-layer-protocol" -> {
                    if (!List.of("dns", "http", "tls").contains(value)) {
                        problems.add("app-layer-protocol " + value + " is not one sharkfin writes");
                    }
                }
                default -> {
                }
            }
        }
        if (toClient && options.stream().anyMatch(o -> o[0].equals("dns.query"))) {
            problems.add("dns.query inspects requests only, the rule looks at to_client traffic");
        }
        if (options.stream().anyMatch(o -> o[0].equals("dns.query"))
                && options.stream().anyMatch(o -> o[0].equals("byte_test") && o[1] != null && o[1].endsWith(",3,bitmask 0x0f"))) {
            problems.add("dns.query inspects requests only, the rcode byte_test is about responses");
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

    private static void content(String buffer, String value, List<String> problems) {
        if (value == null || !(value.startsWith("\"") || value.startsWith("!\"")) || !value.endsWith("\"")) {
            problems.add("content must be quoted");
            return;
        }
        String text = value.substring(value.indexOf('"') + 1, value.length() - 1).replaceAll("\\|[0-9a-fA-F ]*\\|", "");
        if (SuricataKeywords.BUFFERS.get(buffer).lowercase() && !text.equals(text.toLowerCase(Locale.ROOT))) {
            problems.add(buffer + " content must be lower-case");
        }
        if (SuricataKeywords.BUFFERS.get(buffer).letters() == SuricataKeywords.Case.UPPER
                && !text.equals(text.toUpperCase(Locale.ROOT))) {
            problems.add(buffer + " content must be upper-case");
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
