package io.sharkfin.pack;

import io.sharkfin.filter.Filter;

/** A rule whose filter compiled, with the pack it belongs to. */
public record CompiledRule(Pack pack, PackRule rule, Filter filter) {

    /** {@code pack/rule}, unique across packs. */
    public String qualifiedId() {
        return pack.name() + "/" + rule.id();
    }
}
