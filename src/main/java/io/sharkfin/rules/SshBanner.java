package io.sharkfin.rules;

import io.sharkfin.filter.check.Typed;

import java.util.regex.Pattern;

/**
 * {@code ssh.protocol}, Wireshark's whole identification line ({@code SSH-2.0-OpenSSH_9.2p1
 * Debian-2}), for Suricata 7, which splits that line (rust/src/ssh/parser.rs,
 * {@code ssh_parse_banner}): {@code ssh.proto} holds what lies between {@code SSH-} and the next
 * {@code -}, {@code ssh.software} what follows up to the first space; the comments after it are
 * in no buffer. A test whose value or pattern names the line's start ({@code SSH-1.}, {@code
 * SSH-2.0-Go}, {@code ^SSH-[0-9.]+-paramiko}) becomes a test of each part; a string or pattern
 * without that start is looked for in the software version alone, which the loss report calls
 * narrower. Anything else is left out (wider).
 */
final class SshBanner {
    private static final String PREFIX = "SSH-";
    /** A protocol-version pattern that can match neither '-' nor anything past the version: digits, dots. */
    private static final Pattern VERSION_PATTERN =
            Pattern.compile("(?:[0-9]|\\\\\\.|\\[0-9\\.?\\]|\\[0-9\\]|[+*?]|\\{[0-9]+(?:,[0-9]*)?\\})+");

    private SshBanner() {
    }

    /**
     * Translates one test of ssh.protocol; {@code present}: the rule tests the line positively
     * elsewhere, so a negated match's need for the buffer loses nothing.
     */
    static void literal(SuricataDraft d, Atom a, boolean neg, String what, boolean present) {
        SuricataKeywords.Buffer proto = SuricataKeywords.BUFFERS.get("ssh.proto");
        SuricataKeywords.Buffer software = SuricataKeywords.BUFFERS.get("ssh.software");
        if (a.function() != null) {
            SuricataGenerator.drop(d, what, "Suricata has no buffer holding the whole identification line", neg);
            return;
        }
        switch (a.kind()) {
            case EXISTS -> {
                if (neg) {
                    SuricataGenerator.drop(d, what, "an SSH rule inspects SSH sessions, which have the line", true);
                    return;
                }
                d.match(proto, "ssh.proto; bsize:>0;");
            }
            case COMPARE -> {
                if (a.op() != Typed.Op.EQ || neg) {
                    SuricataGenerator.drop(d, what, "only == of a whole line becomes ssh.proto and ssh.software", neg);
                    return;
                }
                equal(d, Atom.text(a.values().getFirst()), what, proto, software);
            }
            case CONTAINS -> contains(d, Atom.text(a.values().getFirst()), neg && !present, neg, what, proto, software);
            case MATCHES -> matches(d, a.regex(), neg && !present, neg, what, proto, software);
            default -> SuricataGenerator.drop(d, what, "Suricata has no buffer holding the whole identification line", neg);
        }
    }

    /** {@code == "SSH-P-S[ comments]"}: both parts exactly. */
    private static void equal(SuricataDraft d, String line, String what, SuricataKeywords.Buffer proto,
                              SuricataKeywords.Buffer software) {
        int dash = line.startsWith(PREFIX) ? line.indexOf('-', PREFIX.length()) : -1;
        if (dash < 0) {
            SuricataGenerator.drop(d, what, "not a line of the form SSH-version-software", false);
            return;
        }
        String version = line.substring(PREFIX.length(), dash);
        String rest = line.substring(dash + 1);
        int space = rest.indexOf(' ');
        String sw = space < 0 ? rest : rest.substring(0, space);
        d.match(proto, "ssh.proto; content:\"" + SuricataText.content(version) + "\"; startswith; endswith;");
        d.match(software, "ssh.software; content:\"" + SuricataText.content(sw) + "\"; startswith; endswith;");
        d.losses.add(Loss.wider(what + " → ssh.proto and ssh.software: the comments after the software version ("
                + (space < 0 ? "here none" : "\"" + rest.substring(space + 1) + "\"") + ") are in no Suricata buffer,"
                + " so lines with other comments match too"));
    }

    /** {@code contains}: the parts a value starting with "SSH-" names, else the software version. */
    private static void contains(SuricataDraft d, String value, boolean needsLine, boolean neg, String what,
                                 SuricataKeywords.Buffer proto,
                                 SuricataKeywords.Buffer software) {
        String not = neg ? "!" : "";
        if (!value.startsWith(PREFIX)) {
            if (value.indexOf(' ') >= 0 || value.isEmpty()) {
                SuricataGenerator.drop(d, what, "a space ends ssh.software; the comments are in no buffer", neg);
                return;
            }
            d.match(software, "ssh.software; content:" + not + "\"" + SuricataText.content(value) + "\";");
            searchedLess(d, what, "ssh.software: looked for in the software version only, not in the protocol version or"
                    + " the comments after it", neg, needsLine);
            return;
        }
        int dash = value.indexOf('-', PREFIX.length());
        if (dash < 0) {
            String version = value.substring(PREFIX.length());
            d.match(proto, version.isEmpty() ? "ssh.proto; bsize:>0;"
                    : "ssh.proto; content:" + not + "\"" + SuricataText.content(version) + "\"; startswith;");
            searchedLess(d, what, "ssh.proto: \"SSH-\" is matched at the start of the line only", neg, needsLine);
            return;
        }
        if (neg) {
            SuricataGenerator.drop(d, what, "negating a test of two Suricata buffers needs two rules", true);
            return;
        }
        String version = value.substring(PREFIX.length(), dash);
        String rest = value.substring(dash + 1);
        int space = rest.indexOf(' ');
        d.match(proto, "ssh.proto; content:\"" + SuricataText.content(version) + "\"; startswith; endswith;");
        String sw = space < 0 ? rest : rest.substring(0, space);
        if (!sw.isEmpty()) {
            d.match(software, "ssh.software; content:\"" + SuricataText.content(sw) + "\"; startswith"
                    + (space < 0 ? "" : "; endswith") + ";");
        }
        if (space >= 0) {
            d.losses.add(Loss.wider(what + " → ssh.proto and ssh.software: the comments (\"" + rest.substring(space + 1)
                    + "\") are in no Suricata buffer and are not compared"));
        }
        d.losses.add(Loss.narrower(what + " → ssh.proto and ssh.software: \"SSH-\" is matched at the start of the line only"));
    }

    /**
     * {@code matches}: a pattern {@code ^SSH-V-S} whose version part V can only match digits and
     * dots becomes a pcre on each buffer; an unanchored pattern is looked for in ssh.software.
     */
    private static void matches(SuricataDraft d, String regex, boolean needsLine, boolean neg, String what,
                                SuricataKeywords.Buffer proto,
                                SuricataKeywords.Buffer software) {
        String flags = "";
        String r = regex;
        if (r.startsWith("(?i)")) {
            r = r.substring(4);
            flags = "i";
        }
        String not = neg ? "!" : "";
        if (!r.startsWith("^")) {
            if (r.contains(" ") || r.contains("\\s") || r.contains("$")) {
                SuricataGenerator.drop(d, what, "ssh.software ends at the first space; the comments are in no buffer", neg);
                return;
            }
            d.match(software, "ssh.software; pcre:" + not + "\"/" + SuricataText.pcre(r) + "/" + flags + "\";");
            searchedLess(d, what, "ssh.software: looked for in the software version only, not in the protocol version or"
                    + " the comments after it", neg, needsLine);
            return;
        }
        int dash = r.startsWith("^" + PREFIX) ? topLevelDash(r, PREFIX.length() + 1) : -1;
        String version = dash < 0 ? null : r.substring(PREFIX.length() + 1, dash);
        if (version == null || !VERSION_PATTERN.matcher(version).matches()) {
            SuricataGenerator.drop(d, what, "only a pattern ^SSH-version-software whose version part matches digits and"
                    + " dots splits into ssh.proto and ssh.software", neg);
            return;
        }
        String rest = r.substring(dash + 1);
        if (neg && !rest.isEmpty()) {
            SuricataGenerator.drop(d, what, "negating a test of two Suricata buffers needs two rules", true);
            return;
        }
        d.match(proto, "ssh.proto; pcre:" + not + "\"/^" + SuricataText.pcre(version) + "$/\";");
        if (rest.isEmpty()) {
            if (needsLine) {
                d.losses.add(Loss.narrower(what + ": a negated match in Suricata needs ssh.proto to be present;"
                        + " traffic without it is not matched"));
            }
            return;
        }
        if (rest.contains(" ") || rest.contains("\\s")) {
            SuricataGenerator.drop(d, what + " (its software part)", "ssh.software ends at the first space", false);
            return;
        }
        d.match(software, "ssh.software; pcre:\"/^" + SuricataText.pcre(rest) + "/" + flags + "\";");
        if (rest.endsWith("$") && !rest.endsWith("\\$")) {
            d.losses.add(Loss.wider(what + " → ssh.software: $ ends the software version, so a line with comments after"
                    + " it matches too"));
        }
    }

    /**
     * The loss of a test Suricata makes on part of the line only: it finds less (narrower), so a
     * negated test fires where the text is elsewhere in the line (wider), and needs the line.
     */
    private static void searchedLess(SuricataDraft d, String what, String where, boolean neg, boolean needsLine) {
        if (!neg) {
            d.losses.add(Loss.narrower(what + " → " + where));
            return;
        }
        d.losses.add(Loss.wider(what + " → " + where + ", so a line with it elsewhere is not excluded"));
        if (needsLine) {
            d.losses.add(Loss.narrower(what + ": a negated match in Suricata needs the line to be there"));
        }
    }

    /** Where the first '-' outside brackets, groups and escapes is, from {@code from}, or -1. */
    private static int topLevelDash(String r, int from) {
        int depth = 0;
        boolean inClass = false;
        for (int i = from; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '-' && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
