package io.sharkfin.repl;

import io.sharkfin.filter.Filter;
import io.sharkfin.repl.view.SavedFilters;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** {@code :save NAME [TITLE]}: keeps the last filter as a rule of the pack {@code filters/saved.yaml}. */
final class SaveCommand implements Command {

    @Override
    public String name() {
        return "save";
    }

    @Override
    public String args() {
        return "NAME [TITLE]";
    }

    @Override
    public String summary() {
        return "keep the last filter as rule NAME in the pack filters/saved.yaml";
    }

    @Override
    public Arg arg() {
        return Arg.NONE;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example(":save nxdomain Names that do not exist", "keep the last filter as rule nxdomain"));
    }

    @Override
    public void run(String args, Shell shell) throws ReplError {
        String[] parts = args.split("\\s+", 2);
        String id = parts[0];
        if (id.isEmpty() || !SavedFilters.validId(id)) {
            String lower = id.toLowerCase(Locale.ROOT);
            String hint = SavedFilters.validId(lower) ? ", e.g. " + lower : "";
            throw ReplError.usage("usage: :save NAME [TITLE] (NAME, a pack's rule id: lower-case letters, digits, '.', '_', '-'"
                    + hint + ")");
        }
        String title = parts.length > 1 ? parts[1].strip() : id;
        PendingResult last = shell.workspace().lastRun();
        Filter f = last == null ? null : last.filter();
        if (f == null || f.matchesAll()) {
            throw ReplError.usage("no filter to save: run one first");
        }
        SavedFilters pack = new SavedFilters(shell.savedFilters());
        try {
            boolean replaced = pack.save(id, title, f.text());
            shell.printSummary((replaced ? "replaced " : "saved ") + id + " in " + pack.file() + ": " + f.text());
        } catch (IOException e) {
            throw new ReplError(e.getMessage(), 2);
        }
    }
}
