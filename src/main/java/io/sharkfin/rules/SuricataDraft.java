package io.sharkfin.rules;

import io.sharkfin.rules.SuricataKeywords.Buffer;
import io.sharkfin.rules.SuricataKeywords.Side;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Suricata rule being assembled from the literals of one conjunction: header parts,
 * per-buffer matches, other keywords, and what could not be expressed.
 */
final class SuricataDraft {
    /** TCP flags in Suricata's letters. */
    enum TcpFlag {
        F, S, R, P, A, U, C, E
    }

    String appProto;
    String l4;
    final List<String> src = new ArrayList<>();
    final List<String> dst = new ArrayList<>();
    final List<String> either = new ArrayList<>();
    final List<String> srcPort = new ArrayList<>();
    final List<String> dstPort = new ArrayList<>();
    final List<String> eitherPort = new ArrayList<>();
    boolean negatedEither;
    final Map<String, List<String>> buffers = new LinkedHashMap<>();
    final List<String> keywords = new ArrayList<>();
    final Set<TcpFlag> flagsSet = EnumSet.noneOf(TcpFlag.class);
    final Set<TcpFlag> flagsClear = EnumSet.noneOf(TcpFlag.class);
    /**
     * The rule reads the DNS message at the start of the UDP payload (Suricata 7 has no keyword
     * for some DNS header fields): an {@code alert udp} rule of app-layer protocol dns.
     */
    boolean dnsOverUdp;
    Side side;
    boolean sideConflict;
    /** Literals written as matches or keywords: what makes the rule select anything. */
    int expressed;
    /** Literals written as the header's protocol or the flow's side only: context, not a match. */
    int context;
    int dropped;
    final List<Loss> losses = new ArrayList<>();

    /** Sets the rule's protocol; false when it conflicts with the one already set. */
    boolean protocol(String p) {
        if (p.equals("dns") || p.equals("http") || p.equals("tls") || p.equals("ssh")) {
            if (appProto != null && !appProto.equals(p)) {
                return false;
            }
            appProto = p;
            return true;
        }
        if (l4 != null && !l4.equals(p) && !p.equals("ip")) {
            if (l4.equals("ip")) {
                l4 = p;
                return true;
            }
            return false;
        }
        if (l4 == null || l4.equals("ip")) {
            l4 = p;
        }
        return true;
    }

    void side(Side s) {
        if (s == Side.EITHER) {
            return;
        }
        if (side != null && side != s) {
            sideConflict = true;
        }
        side = s;
    }

    void match(Buffer b, String option) {
        buffers.computeIfAbsent(b.keyword(), k -> new ArrayList<>()).add(option);
        side(b.side());
        expressed++;
    }

    void keyword(String option) {
        keywords.add(option);
        expressed++;
    }

    /** The header protocol: the app-layer one if any (but udp for DNS payload tests), else the transport's, else ip. */
    String headerProtocol() {
        if (dnsOverUdp) {
            return "udp";
        }
        if (appProto != null) {
            return appProto;
        }
        return l4 == null ? "ip" : l4;
    }

    /** Header and options up to (not including) msg. */
    String header() {
        String dir = either.isEmpty() && eitherPort.isEmpty() ? "->" : "<>";
        String s = addr(src, either);
        String d = addr(dst, List.of());
        String sp = port(srcPort, List.of());
        String dp = port(dstPort, eitherPort);
        if (negatedEither) {
            dir = "->";
        }
        return "alert " + headerProtocol() + " " + s + " " + sp + " " + dir + " " + d + " " + dp;
    }

    private static String addr(List<String> own, List<String> more) {
        List<String> all = new ArrayList<>(own);
        all.addAll(more);
        return group(all);
    }

    private static String port(List<String> own, List<String> more) {
        List<String> all = new ArrayList<>(own);
        all.addAll(more);
        return group(all);
    }

    private static String group(List<String> items) {
        if (items.isEmpty()) {
            return "any";
        }
        if (items.size() == 1) {
            return items.getFirst();
        }
        return "[" + String.join(",", items) + "]";
    }

    /** The flow keyword, when the buffers tie the rule to one side. */
    String flow() {
        if (sideConflict || side == null) {
            return null;
        }
        boolean stream = "http".equals(appProto) || "tls".equals(appProto) || "ssh".equals(appProto) || "tcp".equals(l4);
        return (stream ? "established," : "") + (side == Side.REQUEST ? "to_server" : "to_client");
    }

    /** Suricata's {@code flags} for the required and forbidden TCP flags. */
    String flags() {
        if (flagsSet.isEmpty() && flagsClear.isEmpty()) {
            return null;
        }
        StringBuilder set = new StringBuilder();
        flagsSet.forEach(f -> set.append(f.name()));
        if (flagsClear.isEmpty()) {
            return set + "+";
        }
        StringBuilder clear = new StringBuilder();
        flagsClear.forEach(f -> clear.append(f.name()));
        if (flagsSet.isEmpty()) {
            return "!" + clear;
        }
        // exact on the named flags: every other flag goes into the ignore mask
        StringBuilder ignore = new StringBuilder();
        for (TcpFlag f : TcpFlag.values()) {
            if (!flagsSet.contains(f) && !flagsClear.contains(f)) {
                ignore.append(f.name());
            }
        }
        return set + (ignore.isEmpty() ? "" : "," + ignore);
    }
}
