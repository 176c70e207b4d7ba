package io.sharkfin.repl;

import io.sharkfin.filter.CompileOptions;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles filter text as it is typed and remembers the last results, so the highlighter (called
 * on every redisplay), the status line and Enter share one compilation per distinct text. The
 * compilation is the real one ({@link Filter#compile}), so what the user sees coloured green is
 * exactly what runs.
 */
public final class LiveValidator {

    /** Wireshark's filter-bar colours. */
    public enum State {
        /** Nothing typed. */
        EMPTY,
        /** Compiles cleanly: green. */
        VALID,
        /** Compiles, with warnings (deprecated tokens, fields that never occur): yellow. */
        WARNING,
        /** Does not compile: red. */
        INVALID
    }

    /**
     * The outcome for one text.
     *
     * @param state    the colour
     * @param filter   the compiled filter (null unless valid or warning)
     * @param error    the compile error (null unless invalid)
     * @param nanos    how long the compilation took
     */
    public record Verdict(State state, Filter filter, FilterException error, long nanos) {
        public List<String> warnings() {
            return filter == null ? List.of() : filter.warnings();
        }
    }

    private static final int REMEMBERED = 32;

    private final CompileOptions options;
    private final Map<String, Verdict> cache = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Verdict> eldest) {
            return size() > REMEMBERED;
        }
    };

    public LiveValidator(CompileOptions options) {
        this.options = options;
    }

    public LiveValidator() {
        this(CompileOptions.defaults());
    }

    /** The verdict for {@code text}, compiling it unless it was seen recently. */
    public synchronized Verdict check(String text) {
        Verdict v = cache.get(text);
        if (v == null) {
            v = compile(text);
            cache.put(text, v);
        }
        return v;
    }

    /** Compiles without looking at the cache (what the keystroke benchmark times). */
    public Verdict compile(String text) {
        long t0 = System.nanoTime();
        if (text.isBlank()) {
            return new Verdict(State.EMPTY, Filter.matchAll(), null, System.nanoTime() - t0);
        }
        try {
            Filter f = Filter.compile(text, options);
            State s = f.warnings().isEmpty() ? State.VALID : State.WARNING;
            return new Verdict(s, f, null, System.nanoTime() - t0);
        } catch (FilterException e) {
            return new Verdict(State.INVALID, null, e, System.nanoTime() - t0);
        } catch (RuntimeException e) {
            // a compiler bug must not take the line editor down with it
            FilterException fe = new FilterException("Internal error: " + e, text, null);
            return new Verdict(State.INVALID, null, fe, System.nanoTime() - t0);
        }
    }
}
