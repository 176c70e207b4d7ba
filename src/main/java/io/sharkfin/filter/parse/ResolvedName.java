package io.sharkfin.filter.parse;

import io.sharkfin.dissect.FieldDef;

/**
 * A name found in the field registry, directly or through a deprecated alias
 * ({@code bootp} → {@code dhcp}); Wireshark's {@code dfilter_resolve_unparsed}.
 */
record ResolvedName(FieldDef field, boolean viaAlias) {
}
