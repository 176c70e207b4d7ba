package io.sharkfin.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A libpcap capture-filter expression as a small tree, so that generated filters can be
 * simplified before they are printed. Every simplification keeps the set of frames the filter
 * accepts unchanged:
 * <ul>
 *   <li>constants fold ({@code x and false} is false, {@code x or true} is true);</li>
 *   <li>a conjunct implied by another conjunct is dropped ({@code tcp port 80 and tcp} is
 *       {@code tcp port 80}), and so is a disjunct that implies another disjunct
 *       ({@code tcp port 80 or tcp} is {@code tcp});</li>
 *   <li>primitives with the same qualifiers join into libpcap's id list
 *       ({@code tcp port 80 or tcp port 443} is {@code tcp port (80 or 443)}, which libpcap
 *       compiles to the same program);</li>
 *   <li>TCP flag tests in a conjunction merge into one mask test.</li>
 * </ul>
 * Implication is decided syntactically ({@link #implies}); it may miss an implication but never
 * claims a false one. All primitives of one tree are read at the same link-layer offsets: the
 * offset-shifting {@code vlan} keyword is only ever added around finished trees, as text.
 */
sealed interface BpfExpr {
    BpfExpr TRUE = new Const(true);
    BpfExpr FALSE = new Const(false);

    /** Always or never. */
    record Const(boolean value) implements BpfExpr {
    }

    /**
     * A primitive: {@code qualifier id} or, for several ids, {@code qualifier (id or id)};
     * with an empty qualifier the single id is the whole text ({@code tcp}, {@code ip[8] > 5}).
     *
     * @param implies    the protocol primitives this one implies ({@code tcp port 80} implies {@code tcp})
     * @param linkHeader whether it reads only the link header or the frame length, which no
     *                   VLAN tag shifts
     */
    record Prim(String qualifier, List<String> ids, Set<String> implies, boolean linkHeader) implements BpfExpr {
        public Prim {
            ids = List.copyOf(ids);
            implies = Set.copyOf(implies);
        }

        boolean joinable() {
            return !qualifier.isEmpty();
        }
    }

    /**
     * TCP flags under {@code mask} equal {@code value}, for IPv4 ({@code tcp[tcpflags]}) and for
     * IPv6 without extension headers ({@code ip6[53]}: libpcap's {@code tcp[]} reads IPv4 only).
     */
    record TcpFlags(int mask, int value) implements BpfExpr {
    }

    record And(List<BpfExpr> members) implements BpfExpr {
    }

    record Or(List<BpfExpr> members) implements BpfExpr {
    }

    record Not(BpfExpr operand) implements BpfExpr {
    }

    // ------------------------------------------------------------------ construction

    /** A whole primitive, such as {@code tcp} or {@code len > 1000}. */
    static BpfExpr prim(String text, String... implies) {
        return new Prim("", List.of(text), Set.of(implies), false);
    }

    /** {@code qualifier id}, joinable with others of the same qualifier. */
    static BpfExpr id(String qualifier, String id, String... implies) {
        return new Prim(qualifier, List.of(id), Set.of(implies), false);
    }

    /** A primitive no VLAN tag shifts: {@code len}, {@code ether ...}. */
    static BpfExpr linkHeader(String qualifier, String id) {
        return new Prim(qualifier, List.of(id), Set.of(), true);
    }

    static BpfExpr and(BpfExpr... members) {
        return and(List.of(members));
    }

    static BpfExpr or(BpfExpr... members) {
        return or(List.of(members));
    }

    static BpfExpr and(List<BpfExpr> members) {
        List<BpfExpr> flat = new ArrayList<>();
        TcpFlags flags = null;
        for (BpfExpr m : members) {
            for (BpfExpr x : m instanceof And a ? a.members() : List.of(m)) {
                if (x.equals(FALSE)) {
                    return FALSE;
                }
                if (x.equals(TRUE)) {
                    continue;
                }
                if (x instanceof TcpFlags f) {
                    if (flags != null && (f.mask() & flags.mask() & (f.value() ^ flags.value())) != 0) {
                        return FALSE; // one bit both set and clear
                    }
                    flags = flags == null ? f : new TcpFlags(f.mask() | flags.mask(), f.value() | flags.value());
                    continue;
                }
                flat.add(x);
            }
        }
        if (flags != null) {
            flat.addFirst(flags);
        }
        List<BpfExpr> kept = withoutRedundant(flat, (x, y) -> implies(y, x));
        return kept.isEmpty() ? TRUE : kept.size() == 1 ? kept.getFirst() : new And(kept);
    }

    static BpfExpr or(List<BpfExpr> members) {
        List<BpfExpr> flat = new ArrayList<>();
        for (BpfExpr m : members) {
            for (BpfExpr x : m instanceof Or o ? o.members() : List.of(m)) {
                if (x.equals(TRUE)) {
                    return TRUE;
                }
                if (!x.equals(FALSE)) {
                    join(flat, x);
                }
            }
        }
        List<BpfExpr> kept = withoutRedundant(flat, BpfExpr::implies);
        return kept.isEmpty() ? FALSE : kept.size() == 1 ? kept.getFirst() : new Or(kept);
    }

    static BpfExpr not(BpfExpr e) {
        return switch (e) {
            case Const c -> c.value() ? FALSE : TRUE;
            case Not n -> n.operand();
            default -> new Not(e);
        };
    }

    /** Adds a disjunct, joining it into an earlier primitive of the same qualifier. */
    private static void join(List<BpfExpr> disjuncts, BpfExpr x) {
        if (x instanceof Prim p && p.joinable()) {
            for (int i = 0; i < disjuncts.size(); i++) {
                if (disjuncts.get(i) instanceof Prim q && q.qualifier().equals(p.qualifier())
                        && q.linkHeader() == p.linkHeader() && q.implies().equals(p.implies())) {
                    Set<String> ids = new LinkedHashSet<>(q.ids());
                    ids.addAll(p.ids());
                    List<String> list = new ArrayList<>(ids);
                    if (list.stream().allMatch(v -> v.matches("\\d{1,9}"))) {
                        list.sort(java.util.Comparator.comparingInt(Integer::parseInt));
                    }
                    disjuncts.set(i, new Prim(q.qualifier(), list, q.implies(), q.linkHeader()));
                    return;
                }
            }
        }
        disjuncts.add(x);
    }

    /**
     * The members without those made redundant by another kept member; of two equivalent
     * members the later one stays.
     */
    private static List<BpfExpr> withoutRedundant(List<BpfExpr> members, java.util.function.BiPredicate<BpfExpr, BpfExpr> redundantBecause) {
        List<BpfExpr> kept = new ArrayList<>(members);
        for (int i = 0; i < kept.size(); ) {
            BpfExpr x = kept.get(i);
            boolean redundant = false;
            for (int j = 0; j < kept.size() && !redundant; j++) {
                redundant = j != i && redundantBecause.test(x, kept.get(j));
            }
            if (redundant) {
                kept.remove(i);
            } else {
                i++;
            }
        }
        return kept;
    }

    // ------------------------------------------------------------------ reasoning

    /** Whether every frame {@code a} accepts is accepted by {@code b} (sound, not complete). */
    static boolean implies(BpfExpr a, BpfExpr b) {
        if (a.equals(b) || b.equals(TRUE) || a.equals(FALSE)) {
            return true;
        }
        if (b instanceof Or o && o.members().stream().anyMatch(m -> implies(a, m))) {
            return true;
        }
        if (b instanceof And n && n.members().stream().allMatch(m -> implies(a, m))) {
            return true;
        }
        if (a instanceof And n && n.members().stream().anyMatch(m -> implies(m, b))) {
            return true;
        }
        if (a instanceof Or o && o.members().stream().allMatch(m -> implies(m, b))) {
            return true;
        }
        if (b instanceof Prim q && q.qualifier().isEmpty()) {
            String protocol = q.ids().getFirst();
            return (a instanceof Prim p && p.implies().contains(protocol))
                    || (a instanceof TcpFlags && protocol.equals("tcp"));
        }
        if (a instanceof Prim p && b instanceof Prim q && p.joinable() && p.qualifier().equals(q.qualifier())
                && p.linkHeader() == q.linkHeader()) {
            return q.ids().containsAll(p.ids());
        }
        if (a instanceof TcpFlags f && b instanceof TcpFlags g) {
            return (f.mask() & g.mask()) == g.mask() && (f.value() & g.mask()) == g.value();
        }
        return false;
    }

    /** Whether the expression reads only what no VLAN tag shifts (the link header, the length). */
    default boolean linkHeaderOnly() {
        return switch (this) {
            case Const c -> true;
            case Prim p -> p.linkHeader();
            case TcpFlags f -> false;
            case And a -> a.members().stream().allMatch(BpfExpr::linkHeaderOnly);
            case Or o -> o.members().stream().allMatch(BpfExpr::linkHeaderOnly);
            case Not n -> n.operand().linkHeaderOnly();
        };
    }

    /**
     * Whether a negated network-layer test can make the expression accept a frame none of whose
     * network-layer tests hold, as a tagged frame looks to a filter written for untagged ones.
     * (Link-header tests read a tagged frame correctly.)
     */
    default boolean acceptsUnreadableThroughNegation() {
        return negatesNetworkTest() && !unreadable().equals(FALSE);
    }

    private boolean negatesNetworkTest() {
        return switch (this) {
            case Not n -> !n.operand().linkHeaderOnly() || n.operand().negatesNetworkTest();
            case And a -> a.members().stream().anyMatch(BpfExpr::negatesNetworkTest);
            case Or o -> o.members().stream().anyMatch(BpfExpr::negatesNetworkTest);
            default -> false;
        };
    }

    /** The expression with every test past the link header false. */
    default BpfExpr unreadable() {
        return switch (this) {
            case Const c -> c;
            case Prim p -> p.linkHeader() ? p : FALSE;
            case TcpFlags f -> FALSE;
            case And a -> and(a.members().stream().map(BpfExpr::unreadable).toList());
            case Or o -> or(o.members().stream().map(BpfExpr::unreadable).toList());
            case Not n -> not(n.operand().unreadable());
        };
    }

    // ------------------------------------------------------------------ text

    /**
     * The expression in libpcap syntax. libpcap gives {@code and} and {@code or} the same
     * precedence, left to right, so a conjunction inside a disjunction (and the reverse) is
     * always parenthesised.
     */
    default String text() {
        return switch (this) {
            case Const c -> c.value() ? "" : "less 0"; // "less 0": no frame is shorter than 0 bytes
            case Prim p -> p.qualifier().isEmpty() ? p.ids().getFirst()
                    : p.qualifier() + " " + (p.ids().size() == 1 ? p.ids().getFirst() : "(" + String.join(" or ", p.ids()) + ")");
            case TcpFlags f -> TcpFlagNames.ipv4(f.mask(), f.value()) + " or (ip6[6] == 6 and "
                    + TcpFlagNames.ipv6(f.mask(), f.value()) + ")";
            case And a -> String.join(" and ", a.members().stream()
                    .map(m -> m instanceof Or || m instanceof TcpFlags ? "(" + m.text() + ")" : m.text()).toList());
            case Or o -> String.join(" or ", o.members().stream()
                    .map(m -> m instanceof And ? "(" + m.text() + ")" : m.text()).toList());
            case Not n -> "not " + (n.operand() instanceof Prim ? n.operand().text() : "(" + n.operand().text() + ")");
        };
    }

    /** libpcap's names of the TCP flag bits, for readable flag tests. */
    final class TcpFlagNames {
        private static final String[] NAMES = {"tcp-fin", "tcp-syn", "tcp-rst", "tcp-push", "tcp-ack", "tcp-urg", "tcp-ece", "tcp-cwr"};

        private TcpFlagNames() {
        }

        static String ipv4(int mask, int value) {
            return test("tcp[tcpflags]", mask, value);
        }

        static String ipv6(int mask, int value) {
            return test("ip6[53]", mask, value); // 40-byte IPv6 header + byte 13 of TCP
        }

        private static String test(String accessor, int mask, int value) {
            String m = names(mask);
            if (Integer.bitCount(mask) == 1) {
                return accessor + " & " + m + (value == 0 ? " == 0" : " != 0");
            }
            return accessor + " & (" + m + ") == " + (value == 0 ? "0" : Integer.bitCount(value) == 1 ? names(value) : "(" + names(value) + ")");
        }

        private static String names(int bits) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < NAMES.length; i++) {
                if ((bits & (1 << i)) != 0) {
                    out.add(NAMES[i]);
                }
            }
            return String.join("|", out);
        }
    }
}
