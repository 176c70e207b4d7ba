package io.sharkfin.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The arguments of a plain capture read ({@code -r FILE -Y FILTER -T fields -e F ...}) taken
 * without picocli, whose reflection over the annotated commands costs a fifth of a second at
 * every start: a run over a capture should start at once.
 *
 * <p>Only the plain spellings of {@link ReadCommand}'s options are taken: {@code -X VALUE} and
 * flags on their own. Anything else (no {@code -r}, live capture, help, a subcommand, clustered
 * or attached options, a value that does not convert, an option given twice) is declined and goes
 * through picocli, so that every message and the usage text stay picocli's. A test checks that
 * both read the same argument lists into the same options.
 */
final class QuickReadArguments {
    private QuickReadArguments() {
    }

    /** Options that take a value; the value's conversion is in {@link #set}. */
    static final Set<String> WITH_VALUE = Set.of("-r", "-Y", "--display-filter", "-c", "-s", "-T", "-e",
            "-E", "-w", "-F", "--macros", "-z");
    /** Flags. */
    static final Set<String> FLAGS = Set.of("-q", "-n", "-p", "-P", "-l");
    /** Options that may be given more than once. */
    private static final Set<String> REPEATABLE = Set.of("-e", "-E", "-z");

    /**
     * Fills {@code target}'s options from {@code args}; false (with {@code target} in an
     * unspecified state) when the arguments are not a plain read.
     */
    static boolean parse(String[] args, ReadCommand target) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a.equals("--display-filter") ? "-Y" : a;
            if (FLAGS.contains(a)) {
                if (!seen.add(name)) {
                    return false;
                }
                setFlag(a, target);
                continue;
            }
            if (!WITH_VALUE.contains(a) || i + 1 >= args.length) {
                return false;
            }
            String value = args[++i];
            // picocli may read a value that looks like an option as one: leave it to picocli
            boolean optionLike = value.startsWith("-") && value.length() > 1;
            if (optionLike || (!seen.add(name) && !REPEATABLE.contains(name)) || !set(name, value, target)) {
                return false;
            }
        }
        return target.readFile != null;
    }

    private static void setFlag(String flag, ReadCommand t) {
        switch (flag) {
            case "-q" -> t.quiet = true;
            case "-n" -> t.noResolve = true;
            case "-p" -> t.noPromiscuous = true;
            case "-P" -> t.printWhileWriting = true;
            case "-l" -> t.flushEachFrame = true;
            default -> throw new IllegalArgumentException(flag);
        }
    }

    /** Sets one option as picocli would; false when the value does not convert. */
    private static boolean set(String name, String value, ReadCommand t) {
        try {
            switch (name) {
                case "-r" -> t.readFile = Path.of(value);
                case "-Y" -> t.displayFilter = value;
                case "-c" -> t.count = Long.valueOf(value);
                case "-s" -> t.snaplen = Integer.parseInt(value);
                case "-T" -> t.format = value;
                case "-e" -> t.fields.add(value);
                case "-E" -> t.fieldOptions.add(value);
                case "-z" -> t.statisticArgs.add(value);
                case "-w" -> t.writeFile = Path.of(value);
                case "-F" -> t.writeFormat = value;
                case "--macros" -> t.macrosFile = Path.of(value);
                default -> {
                    return false;
                }
            }
            return true;
        } catch (NumberFormatException | InvalidPathException e) {
            return false;
        }
    }
}
