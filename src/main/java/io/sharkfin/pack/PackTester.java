package io.sharkfin.pack;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.filter.FilterException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the tests of rules: the rules testing on the same capture share one pass over it (a
 * {@link PackRunner} per capture), and each test compares the frames its rule alerted on with
 * the frames (or count) it expects.
 */
public final class PackTester {
    private final CaptureLocator locator;
    private long passes;

    public PackTester(CaptureLocator locator) {
        this.locator = locator;
    }

    /** Passes over captures made so far. */
    public long passes() {
        return passes;
    }

    public List<TestOutcome> test(List<CompiledRule> rules) {
        Map<Path, List<CompiledRule>> byCapture = new LinkedHashMap<>();
        List<TestOutcome> outcomes = new ArrayList<>();
        for (CompiledRule r : rules) {
            for (RuleTest t : r.rule().tests()) {
                Path capture = locator.locate(t.capture(), r.pack().file());
                if (capture == null) {
                    outcomes.add(new TestOutcome(r, t, TestOutcome.Status.ERROR, List.of(),
                            "capture not found: " + t.capture()
                                    + " (not beside the pack nor among the project's test captures; name its folder"
                                    + " with --captures DIR)", undissected(r)));
                    continue;
                }
                List<CompiledRule> list = byCapture.computeIfAbsent(capture.toAbsolutePath().normalize(), c -> new ArrayList<>());
                if (!list.contains(r)) {
                    list.add(r);
                }
            }
        }
        Map<Path, RunResult> results = new LinkedHashMap<>();
        Map<Path, String> errors = new LinkedHashMap<>();
        for (Map.Entry<Path, List<CompiledRule>> e : byCapture.entrySet()) {
            PackRunner runner = new PackRunner(e.getValue());
            try {
                results.put(e.getKey(), runner.run(e.getKey(), AlertSink.none()));
            } catch (CaptureException ex) {
                errors.put(e.getKey(), ex.getMessage());
            }
            passes += runner.passes();
        }
        for (CompiledRule r : rules) {
            for (RuleTest t : r.rule().tests()) {
                Path capture = locator.locate(t.capture(), r.pack().file());
                if (capture == null) {
                    continue;
                }
                Path key = capture.toAbsolutePath().normalize();
                if (errors.containsKey(key)) {
                    outcomes.add(new TestOutcome(r, t, TestOutcome.Status.ERROR, List.of(), errors.get(key), undissected(r)));
                    continue;
                }
                RunResult rr = results.get(key);
                List<Long> actual = rr.hits().get(r);
                outcomes.add(compare(r, t, actual, rr.error()));
            }
        }
        return outcomes;
    }

    private static TestOutcome compare(CompiledRule r, RuleTest t, List<Long> actual, String captureError) {
        List<String> missing = undissected(r);
        String why = null;
        if (t.frames() != null && !t.frames().equals(actual)) {
            List<Long> extra = new ArrayList<>(actual);
            extra.removeAll(t.frames());
            List<Long> absent = new ArrayList<>(t.frames());
            absent.removeAll(actual);
            why = "expected frames " + brief(t.frames()) + ", got " + brief(actual)
                    + (absent.isEmpty() ? "" : "; missing " + brief(absent))
                    + (extra.isEmpty() ? "" : "; unexpected " + brief(extra));
        } else if (t.count() != null && t.count() != actual.size()) {
            why = "expected " + t.count() + " alerts, got " + actual.size();
        }
        if (why == null) {
            return new TestOutcome(r, t, TestOutcome.Status.PASS, actual, "", missing);
        }
        if (captureError != null) {
            why += " (the capture ended early: " + captureError + ")";
        }
        if (!missing.isEmpty()) {
            why += " [reads fields sharkfin does not dissect yet: " + String.join(", ", missing) + "]";
        }
        return new TestOutcome(r, t, TestOutcome.Status.FAIL, actual, why, missing);
    }

    private static String brief(List<Long> frames) {
        if (frames.size() <= 12) {
            return frames.toString();
        }
        return frames.subList(0, 12).toString().replace("]", ", ... (" + frames.size() + " in all)]");
    }

    /** Fields the rule reads that sharkfin does not dissect. */
    static List<String> undissected(CompiledRule r) {
        try {
            return CheckedFilter.of(r.rule().filter(), r.pack().macroTable()).undissected();
        } catch (FilterException e) {
            return List.of();
        }
    }
}
