package io.sharkfin.rules;

import io.sharkfin.filter.check.Typed;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Translates a checked filter into a libpcap capture filter that keeps a superset of the frames
 * the filter matches: a pre-filter for live capture.
 *
 * <p><b>Plain frames and escapes.</b> A display filter also sees the headers quoted inside ICMP
 * errors, carried in tunnels or behind IPv6 extension headers, and reassembled from fragments; a
 * capture filter reads the outermost headers only. Each leaf test is therefore translated for
 * <em>plain</em> frames, and records which {@link BpfEscape kinds of frame} it cannot read
 * ({@link BpfLeaves}): a frame is plain for a leaf when none of those escapes accepts it. The
 * result is {@code PLAIN or ESCAPES}, where {@code ESCAPES} is the union of the escapes the
 * leaves of the superset need (none for {@code frame.len > 1000}).
 *
 * <p><b>Why it is a superset.</b> Each leaf has a superset and a subset translation, each valid
 * on the frames outside its own escapes ({@link BpfTranslation}). By induction on the filter:
 * {@code and} and {@code or} combine supersets with supersets and subsets with subsets, valid
 * outside the union of the escapes of both sides; {@code not} complements the subset into a
 * superset and the superset into a subset, exchanging their escapes. So the root's superset
 * {@code PLAIN} keeps every matching frame that none of the root's superset escapes accepts,
 * and every other frame passes through {@code ESCAPES}. Negation stays right because a
 * negated leaf uses the subset: {@code !(ip.addr == 10.0.0.5)} becomes
 * {@code not ip host 10.0.0.5} and needs no escape, since a frame whose outer header carries
 * the address certainly matches {@code ip.addr == 10.0.0.5}.
 *
 * <p><b>VLAN.</b> libpcap's {@code vlan} moves every later test past one tag, so the body is
 * repeated untagged, after one tag and after two ({@code BODY or (vlan and (BODY or (vlan and
 * (BODY or vlan))))}); the last {@code vlan} keeps frames with three or more tags. Under a tag
 * the display filter's {@code vlan} is known to exist; untagged, its fields are absent. Parts
 * that read only the link header or the length ({@code ether host}, {@code len}) need no
 * repetition.
 *
 * <p>Before printing, expressions are simplified without changing what they accept
 * ({@link BpfExpr}): {@code tcp port 80 or tcp port 443} becomes {@code tcp port (80 or 443)},
 * and a {@code tcp or udp} implied by a port test disappears.
 */
public final class BpfGenerator {
    /** libpcap stops at this many VLAN tags when repeating the filter; deeper frames are kept. */
    private static final int VLAN_DEPTHS = 3;

    private BpfGenerator() {
    }

    /**
     * A capture filter for Ethernet links ({@code wrapped}: VLAN tags included) and one for links
     * without Ethernet headers ({@code plain}: loopback, raw IP, Linux cooked), where libpcap
     * knows neither {@code vlan} nor {@code ether}.
     */
    public record Expression(String plain, String wrapped) {
        /** Whether it keeps every frame of an Ethernet link (the empty filter). */
        public boolean all() {
            return wrapped.isEmpty();
        }

        /** The filter for a link type. */
        public String forLinkType(int linkType) {
            return linkType == ETHERNET ? wrapped : plain;
        }
    }

    private static final int ETHERNET = 1;

    /** The rule: the VLAN-wrapped expression and the loss report. */
    public static GeneratedRule generate(RuleSource source) {
        List<Loss> losses = new ArrayList<>();
        Expression e = expression(source, losses);
        if (e.all()) {
            losses.add(Loss.wider("nothing of the filter can be tested by BPF: the capture filter keeps every frame"));
        }
        return new GeneratedRule(GeneratedRule.Target.BPF, source.qualifiedId(), e.all() ? "" : e.wrapped(), losses);
    }

    /** The capture filter of a source; what it cannot express is added to {@code losses}. */
    public static Expression expression(RuleSource source, List<Loss> losses) {
        if (source.filter().root() == null) {
            return new Expression("", "");
        }
        Typed.Test root = NormalForms.nnf(source.filter().root());
        Set<Loss> found = new LinkedHashSet<>();
        List<BpfTranslation> depths = new ArrayList<>();
        for (int d = 0; d < VLAN_DEPTHS; d++) {
            depths.add(translate(root, new BpfLeaves.Link(true, d), found));
        }
        // other links add losses only for Ethernet and VLAN fields, and say so
        String other = Text.strip(body(translate(root, BpfLeaves.Link.OTHER, found)));
        if (depths.getFirst().superset().equals(BpfExpr.TRUE)) {
            losses.addAll(found);
            return new Expression(other, "");
        }
        Set<BpfEscape> escapes = EnumSet.noneOf(BpfEscape.class);
        depths.forEach(t -> escapes.addAll(t.supersetEscapes()));
        if (!escapes.isEmpty()) {
            found.add(Loss.wider("keeps whole the frames whose inner headers a capture filter cannot read: "
                    + String.join(", ", BpfEscape.describe(escapes))));
        }
        String wrapped = wrap(depths);
        if (wrapped.contains("vlan")) {
            found.add(Loss.wider("keeps whole the frames with more than two VLAN tags (the test is repeated after one and after two tags)"));
        }
        if (depths.stream().anyMatch(t -> t.superset().acceptsUnreadableThroughNegation())) {
            found.add(Loss.wider("a negated test may also keep VLAN-tagged frames (it reads their headers as if untagged)"));
        }
        losses.addAll(found);
        return new Expression(other, wrapped);
    }

    // ------------------------------------------------------------------ translation

    private static BpfTranslation translate(Typed.Test t, BpfLeaves.Link link, Set<Loss> losses) {
        return switch (t) {
            case Typed.And a -> translate(a.left(), link, losses).and(translate(a.right(), link, losses));
            case Typed.Or o -> translate(o.left(), link, losses).or(translate(o.right(), link, losses));
            case Typed.Not n -> negated(n.operand(), link, losses);
            case Typed.Fixed f -> BpfTranslation.exact(f.value() ? BpfExpr.TRUE : BpfExpr.FALSE, Set.of(), Set.of());
            default -> {
                BpfLeaves.Leaf leaf = BpfLeaves.of(t, link);
                BpfExpr superset = leaf.translation().superset();
                if (leaf.approximation() != null) {
                    losses.add(Loss.wider(superset.equals(BpfExpr.TRUE)
                            ? "left out " + Atom.describe(t) + " (" + leaf.approximation() + ")"
                            : Atom.describe(t) + " is tested as " + superset.text() + " (" + leaf.approximation() + ")"));
                }
                yield leaf.translation();
            }
        };
    }

    /** After negation normal form a negation sits on a leaf; a leaf it cannot test is left out. */
    private static BpfTranslation negated(Typed.Test operand, BpfLeaves.Link link, Set<Loss> losses) {
        if (operand instanceof Typed.And || operand instanceof Typed.Or || operand instanceof Typed.Not) {
            return translate(operand, link, losses).not();
        }
        BpfLeaves.Leaf leaf = BpfLeaves.of(operand, link);
        BpfTranslation t = leaf.translation();
        if (t.subset().equals(BpfExpr.FALSE) && !t.superset().equals(BpfExpr.FALSE)) {
            losses.add(Loss.wider("left out !" + Atom.describe(operand) + " ("
                    + (leaf.approximation() != null ? leaf.approximation() : "a capture filter cannot exclude it") + ")"));
        }
        return t.not();
    }

    // ------------------------------------------------------------------ text

    /** {@code PLAIN or ESCAPES} as text. */
    private static String body(BpfTranslation t) {
        return Text.or(Text.part(t.superset()), Text.part(BpfEscape.filterOf(t.supersetEscapes())));
    }

    /**
     * {@code BODY or (vlan and (BODY or (vlan and (BODY or vlan))))}, where each BODY is the
     * depth's {@code PLAIN or ESCAPES}; a part reading only the link header stays outside.
     */
    private static String wrap(List<BpfTranslation> depths) {
        BpfExpr first = depths.getFirst().superset();
        boolean linkOnly = first.linkHeaderOnly() && depths.stream().allMatch(t -> t.superset().equals(first));
        List<String> bodies = new ArrayList<>();
        for (BpfTranslation t : depths) {
            bodies.add(linkOnly ? Text.part(BpfEscape.filterOf(t.supersetEscapes())) : body(t));
        }
        String common = linkOnly ? Text.part(first) : Text.FALSE;
        // libpcap's network tests all check the EtherType, so on a tagged frame every one of
        // them is false; when the untagged body then holds anyway, it keeps every tagged frame
        BpfExpr untagged = BpfExpr.or(first, BpfEscape.filterOf(depths.getFirst().supersetEscapes()));
        if (bodies.stream().allMatch(Text.FALSE::equals) || untagged.unreadable().equals(BpfExpr.TRUE)) {
            return Text.strip(Text.or(common, bodies.getFirst()));
        }
        return Text.strip(Text.or(common, Text.tagged(bodies, 0)));
    }

    /**
     * Capture-filter text as a chain of {@code or}s whose members are parenthesised unless
     * they are one primitive (libpcap gives {@code and} and {@code or} the same precedence, left
     * to right); {@link #TRUE} and {@link #FALSE} stand for the constants.
     */
    private static final class Text {
        static final String TRUE = "\u0001true";
        static final String FALSE = "\u0001false";

        static String part(BpfExpr e) {
            if (e instanceof BpfExpr.Const c) {
                return c.value() ? TRUE : FALSE;
            }
            boolean compound = e instanceof BpfExpr.And || e instanceof BpfExpr.Or || e instanceof BpfExpr.TcpFlags;
            return compound ? "(" + e.text() + ")" : e.text();
        }

        /** The bodies from depth {@code d} on, each under one more tag. */
        static String tagged(List<String> bodies, int d) {
            String deeper = d + 1 < bodies.size() ? tagged(bodies, d + 1) : TRUE;
            String underTag = deeper.equals(FALSE) ? FALSE : deeper.equals(TRUE) ? "vlan"
                    : "(vlan and " + (deeper.equals("vlan") ? deeper : "(" + deeper + ")") + ")";
            return or(bodies.get(d), underTag);
        }

        static String or(String a, String b) {
            if (a.equals(TRUE) || b.equals(TRUE)) {
                return TRUE;
            }
            if (a.equals(FALSE)) {
                return b;
            }
            return b.equals(FALSE) ? a : a + " or " + b;
        }

        /** The final text: the constants as libpcap writes them, a lone group unwrapped. */
        static String strip(String s) {
            if (s.equals(TRUE)) {
                return "";
            }
            if (s.equals(FALSE)) {
                return "less 0"; // no frame is shorter than 0 bytes
            }
            return enclosed(s) ? s.substring(1, s.length() - 1) : s;
        }

        /** Whether the text is one parenthesised group. */
        private static boolean enclosed(String s) {
            if (!s.startsWith("(")) {
                return false;
            }
            int depth = 0;
            for (int i = 0; i < s.length(); i++) {
                depth += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
                if (depth == 0 && i < s.length() - 1) {
                    return false;
                }
            }
            return true;
        }
    }
}
