package io.sharkfin.rules;

import io.sharkfin.filter.runtime.Bytes;
import io.sharkfin.filter.value.FValue;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * The addresses one end of a Suricata rule header may have: the intersection of the positive
 * conditions on that end (each a set of CIDR blocks; null when there is none, any address), less
 * the negated blocks. Suricata reads a bracketed group as the union of its positive entries less
 * its negated ones, as it does ports ({@link PortSet}), so the conditions of a conjunction are
 * intersected here before they are written. Two CIDR blocks are either nested or disjoint, so
 * two sets of blocks intersect in the inner block of each nested pair.
 */
record AddressBlocks(List<FValue> positives, List<FValue> negatives) {
    static final AddressBlocks ANY = new AddressBlocks(null, List.of());

    /** Only addresses in one of the blocks. */
    AddressBlocks and(List<FValue> blocks) {
        if (positives == null) {
            return new AddressBlocks(List.copyOf(blocks), negatives);
        }
        List<FValue> out = new ArrayList<>();
        for (FValue a : positives) {
            for (FValue b : blocks) {
                FValue inner = within(a, b) ? a : within(b, a) ? b : null;
                if (inner != null && !out.contains(inner)) {
                    out.add(inner);
                }
            }
        }
        return new AddressBlocks(out, negatives);
    }

    /** No address in any of the blocks. */
    AddressBlocks andNot(List<FValue> blocks) {
        List<FValue> out = new ArrayList<>(negatives);
        out.addAll(blocks);
        return new AddressBlocks(positives, out);
    }

    boolean isAny() {
        return positives == null && negatives.isEmpty();
    }

    /** Whether no address is left: every positive block lies in a negated one. */
    boolean isEmpty() {
        return positives != null && positives.stream().allMatch(p -> negatives.stream().anyMatch(n -> within(p, n)));
    }

    /** Whether every address this end may have is in one of the blocks. */
    boolean within(List<FValue> blocks) {
        return positives != null && positives.stream().allMatch(p -> blocks.stream().anyMatch(b -> within(p, b)));
    }

    /** Whether no address this end may have is in any of the blocks. */
    boolean disjoint(List<FValue> blocks) {
        return positives != null && positives.stream().allMatch(p -> blocks.stream().allMatch(b -> !overlap(p, b)));
    }

    /**
     * The end as a Suricata header address: {@code any}, a block, a negated block or group, or
     * a group of the positive blocks and the negated ones ({@code [10.0.0.0/8,!10.1.0.0/16]}).
     */
    String suricata() {
        if (isAny()) {
            return "any";
        }
        if (positives == null) {
            return "!" + group(negatives.stream().map(Atom::text).toList());
        }
        List<String> items = new ArrayList<>(positives.stream().map(Atom::text).toList());
        negatives.forEach(n -> items.add("!" + Atom.text(n)));
        return group(items);
    }

    static String group(List<String> items) {
        return items.size() == 1 ? items.getFirst() : "[" + String.join(",", items) + "]";
    }

    private static boolean overlap(FValue a, FValue b) {
        return within(a, b) || within(b, a);
    }

    /** Whether CIDR block {@code inner} lies in block {@code outer} (of the same address family). */
    static boolean within(FValue inner, FValue outer) {
        return switch (inner) {
            case FValue.Ipv4 i when outer instanceof FValue.Ipv4 o -> i.prefix() >= o.prefix()
                    && (o.prefix() == 0 || (i.address() ^ o.address()) >>> (32 - o.prefix()) == 0);
            case FValue.Ipv6 i when outer instanceof FValue.Ipv6 o -> i.prefix() >= o.prefix()
                    && Bytes.comparePrefix(MemorySegment.ofArray(i.address()), 0, 16, o.address(), o.prefix()) == 0;
            default -> false;
        };
    }
}
