package io.sharkfin.rules;

import io.sharkfin.filter.check.Typed;

/** A test that is not and/or/not, possibly negated: the leaves of a normal form. */
record Literal(Typed.Test atom, boolean negated) {
}
