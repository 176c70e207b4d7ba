package io.sharkfin.filter.eval;

import io.sharkfin.dissect.FieldType;
import io.sharkfin.filter.check.Typed.Function;
import io.sharkfin.filter.value.FValue;
import io.sharkfin.filter.value.TypeRules;
import io.sharkfin.filter.value.ValueOps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The display-filter functions of Wireshark 4.0 ({@code dfunctions.c}) over argument value
 * lists. Empty means the function "failed" (Wireshark's FALSE return), which makes the relation
 * false. {@code len} is not here: the VM computes it inline, see {@link Evaluator}.
 */
final class Functions {
    private Functions() {
    }

    static Optional<List<FValue>> apply(Function fn, List<List<FValue>> args) {
        return switch (fn) {
            case COUNT -> args.getFirst().isEmpty() ? Optional.empty()
                    : Optional.of(List.of(new FValue.Unsigned(FieldType.UINT32, args.getFirst().size())));
            case STRING -> string(args.getFirst());
            case UPPER -> caseMap(args.getFirst(), true);
            case LOWER -> caseMap(args.getFirst(), false);
            case MAX -> extreme(args, true);
            case MIN -> extreme(args, false);
            case ABS -> abs(args.getFirst());
            case LEN -> throw new IllegalArgumentException("len is computed inline");
        };
    }

    /** Values of the types string() converts; the first other value ends the list (as 4.0). */
    private static Optional<List<FValue>> string(List<FValue> arg) {
        if (arg.isEmpty()) {
            return Optional.empty();
        }
        List<FValue> out = new ArrayList<>(arg.size());
        for (FValue v : arg) {
            if (!TypeRules.canString(v.type())) {
                break;
            }
            out.add(new FValue.Text(FieldType.STRING,
                    v.repr().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return Optional.of(out);
    }

    /** ASCII-only case mapping of string values, as {@code g_ascii_toupper}. */
    private static Optional<List<FValue>> caseMap(List<FValue> arg, boolean upper) {
        if (arg.isEmpty()) {
            return Optional.empty();
        }
        List<FValue> out = new ArrayList<>(arg.size());
        for (FValue v : arg) {
            if (v instanceof FValue.Text t) {
                byte[] b = t.utf8();
                for (int i = 0; i < b.length; i++) {
                    if (upper && b[i] >= 'a' && b[i] <= 'z') {
                        b[i] -= 32;
                    } else if (!upper && b[i] >= 'A' && b[i] <= 'Z') {
                        b[i] += 32;
                    }
                }
                out.add(new FValue.Text(FieldType.STRING, b));
            }
        }
        return Optional.of(out);
    }

    /** The greatest (or least) value over all arguments; absent arguments are skipped. */
    private static Optional<List<FValue>> extreme(List<List<FValue>> args, boolean max) {
        FValue best = null;
        for (List<FValue> arg : args) {
            for (FValue v : arg) {
                if (best == null) {
                    best = v;
                    continue;
                }
                var c = ValueOps.compare(v, best);
                if (c.isPresent() && (max ? c.getAsInt() > 0 : c.getAsInt() < 0)) {
                    best = v;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(List.of(best));
    }

    private static Optional<List<FValue>> abs(List<FValue> arg) {
        if (arg.isEmpty()) {
            return Optional.empty();
        }
        List<FValue> out = new ArrayList<>(arg.size());
        for (FValue v : arg) {
            boolean negative = switch (v) {
                case FValue.Signed s -> s.value() < 0;
                case FValue.Floating f -> f.value() < 0;
                default -> false;
            };
            if (negative) {
                ValueOps.evaluate(io.sharkfin.filter.syntax.Operand.ArithOp.UNARY_MINUS, v, null)
                        .ifPresent(out::add);
            } else {
                out.add(v);
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }
}
