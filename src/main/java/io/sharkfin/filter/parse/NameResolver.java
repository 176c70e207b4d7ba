package io.sharkfin.filter.parse;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Looks names up as {@code dfilter_resolve_unparsed} does (the registered name first, then a
 * deprecated alias) and keeps the deprecated tokens met on the way, in Wireshark's order.
 */
final class NameResolver {

    private record Deprecation(String token, long order) {
    }

    private final FieldRegistry registry;
    private final List<Deprecation> deprecations = new ArrayList<>();

    NameResolver(FieldRegistry registry) {
        this.registry = registry;
    }

    /** The name's definition without recording anything, or null. */
    ResolvedName lookup(String name) {
        if (!isNameSyntax(name)) {
            return null; // an address or a byte string: no field is called that
        }
        FieldDef direct = registry.lookup(name);
        if (direct != null) {
            return new ResolvedName(direct, false);
        }
        FieldDef aliased = registry.lookupAlias(name);
        return aliased == null ? null : new ResolvedName(aliased, true);
    }

    /** Registered names are made of letters, digits, '_', '-' and '.' (Wireshark refuses others). */
    private static boolean isNameSyntax(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(MacroTable.isAsciiAlnum(c) || c == '_' || c == '-' || c == '.')) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    /**
     * Resolves a name; an alias is recorded as deprecated. {@code order} places the record among
     * the others (Wireshark records scanner-time notices before the grammar's, see
     * {@link #deprecate}).
     */
    ResolvedName resolve(String name, long order) {
        ResolvedName r = lookup(name);
        if (r != null && r.viaAlias()) {
            deprecate(name, order);
        }
        return r;
    }

    /**
     * Records a deprecated token once (case-insensitively, like {@code add_deprecated_token}).
     * {@code order} is {@code 2 * index of the token being scanned} for scanner notices and
     * {@code 2 * index of the lookahead + 1} for notices of a grammar reduction, which Wireshark
     * performs after scanning its lookahead.
     */
    void deprecate(String token, long order) {
        for (Deprecation d : deprecations) {
            if (d.token().toLowerCase(Locale.ROOT).equals(token.toLowerCase(Locale.ROOT))) {
                return;
            }
        }
        deprecations.add(new Deprecation(token, order));
    }

    /** Forgets the grammar's notices (odd orders) before the same tokens are parsed again. */
    void forgetGrammarNotices() {
        deprecations.removeIf(d -> d.order() % 2 != 0);
    }

    List<String> deprecatedTokens() {
        return deprecations.stream()
                .sorted((a, b) -> Long.compare(a.order(), b.order()))
                .map(Deprecation::token)
                .toList();
    }
}
