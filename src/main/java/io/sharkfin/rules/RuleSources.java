package io.sharkfin.rules;

import io.sharkfin.filter.FilterException;
import io.sharkfin.pack.Pack;
import io.sharkfin.pack.PackLoader;
import io.sharkfin.pack.PackProblem;
import io.sharkfin.pack.PackRule;
import io.sharkfin.pack.PackSet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The sources named on the command line: pack files/directories, or one filter. */
final class RuleSources {
    private RuleSources() {
    }

    /** The rules of the packs (rules whose filters fail are reported in {@code problems}). */
    static List<RuleSource> fromPacks(List<Path> paths, List<String> problems) {
        List<RuleSource> out = new ArrayList<>();
        List<PackProblem> listing = new ArrayList<>();
        for (Path file : PackSet.expand(paths, listing)) {
            PackLoader.Loaded loaded = PackLoader.load(file);
            loaded.problems().forEach(p -> problems.add(p.toString()));
            Pack pack = loaded.pack();
            if (pack == null) {
                continue;
            }
            for (PackRule r : pack.rules()) {
                try {
                    out.add(RuleSource.of(pack, r));
                } catch (FilterException e) {
                    problems.add(r.filterText().position(0) + ": rule " + r.id() + ": " + e.getMessage());
                }
            }
        }
        listing.forEach(p -> problems.add(p.toString()));
        return out;
    }
}
