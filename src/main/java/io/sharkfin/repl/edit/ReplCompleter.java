package io.sharkfin.repl.edit;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.util.List;

/** Hands the {@link CompletionEngine}'s suggestions to JLine as candidates with descriptions. */
final class ReplCompleter implements Completer {

    private final CompletionEngine engine;

    ReplCompleter(CompletionEngine engine) {
        this.engine = engine;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        for (CompletionEngine.Suggestion s : engine.complete(line.line(), line.cursor()).suggestions()) {
            candidates.add(new Candidate(s.value(), s.value(), s.group(), s.description().isEmpty() ? null : s.description(),
                    null, null, s.complete(), s.rank()));
        }
    }
}
