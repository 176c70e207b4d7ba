package io.sharkfin.repl.edit;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.repl.Command;
import io.sharkfin.repl.Commands;
import io.sharkfin.repl.FieldNames;
import io.sharkfin.repl.LoadedCapture;
import io.sharkfin.repl.Paths;
import io.sharkfin.repl.ValueSampler;
import io.sharkfin.repl.Workspace;
import io.sharkfin.repl.view.Stats;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What Tab offers at the cursor: command names, then each command's arguments (files, capture
 * numbers, statistics kinds, stream numbers); in a filter, field names level by level with type
 * and title, operators valid for the field's type, function names, the values the field takes in
 * the current capture, and logical operators. Independent of JLine ({@link ReplCompleter} adapts
 * it), so it can be tested directly.
 */
public final class CompletionEngine {

    /**
     * One suggestion.
     *
     * @param value       the text that replaces the word
     * @param description shown beside it (type and title, a value's count, a command's use)
     * @param group       heading of its group in the list
     * @param complete    whether a space should follow (false: more is typed after it, as
     *                    after {@code ip.} or a function's parenthesis)
     * @param rank        order in the list (lower first)
     */
    public record Suggestion(String value, String description, String group, boolean complete, int rank) {
    }

    /** The suggestions for the word at {@code [wordStart, wordEnd)}. */
    public record Completion(int wordStart, int wordEnd, List<Suggestion> suggestions) {
    }

    /** Where the word at the cursor lies, and how its suggestions are made (only when asked). */
    private record Target(int wordStart, int wordEnd, Supplier<List<Suggestion>> suggestions) {
        Completion complete() {
            return new Completion(wordStart, wordEnd, suggestions.get());
        }
    }

    private static final String[][] FUNCTIONS = {
        {"len(", "length of a field's value in bytes or characters"},
        {"count(", "number of occurrences of a field"},
        {"lower(", "a string in lower case"},
        {"upper(", "a string in upper case"},
        {"string(", "a field's value as a string"},
        {"max(", "the largest of its arguments"},
        {"min(", "the smallest of its arguments"},
        {"abs(", "absolute value"}};

    private final Workspace workspace;

    public CompletionEngine(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Suggestions for the line at the cursor. */
    public Completion complete(String line, int cursor) {
        return locate(line, cursor).complete();
    }

    /**
     * Where the word at the cursor starts and ends, without making suggestions (the line
     * parser needs this on every Tab before the completer runs).
     */
    public int[] wordBounds(String line, int cursor) {
        Target t = locate(line, cursor);
        return new int[] {t.wordStart(), t.wordEnd()};
    }

    private Target locate(String line, int cursor) {
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') {
            lead++;
        }
        if (lead < line.length() && line.charAt(lead) == ':') {
            return command(line, lead, cursor);
        }
        return filter(line, 0, cursor);
    }

    /** The end of the word the cursor is in (completion also replaces what follows the cursor). */
    static int wordEnd(String line, int cursor) {
        int end = cursor;
        while (end < line.length() && FilterContext.isWordChar(line.charAt(end))) {
            end++;
        }
        return end;
    }

    // ------------------------------------------------------------------ commands

    private Target command(String line, int colon, int cursor) {
        int nameEnd = colon + 1;
        while (nameEnd < line.length() && !Character.isWhitespace(line.charAt(nameEnd))) {
            nameEnd++;
        }
        if (cursor <= nameEnd) {
            return new Target(colon, nameEnd, () -> {
                List<Suggestion> out = new ArrayList<>();
                for (Command c : Commands.all()) {
                    out.add(new Suggestion(":" + c.name(), usage(c) + " — " + c.summary(), "commands", true, 0));
                }
                return out;
            });
        }
        Command c = Commands.byName(line.substring(colon + 1, nameEnd));
        int argStart = nameEnd;
        while (argStart < cursor && line.charAt(argStart) == ' ') {
            argStart++;
        }
        if (c == null) {
            return new Target(cursor, cursor, List::of);
        }
        int end = wordEnd(line, cursor);
        String arg = line.substring(argStart, cursor);
        return switch (c.arg()) {
            case FILE -> files(line, argStart, cursor);
            case FILTER -> filter(line, argStart, cursor);
            case FIELD -> new Target(argStart, end, () -> fieldSuggestions(FieldNames.standard(), arg, false));
            case CAPTURE -> new Target(argStart, end, this::captures);
            case STATS -> new Target(argStart, end, CompletionEngine::stats);
            case FOLLOW -> follow(line, argStart, cursor);
            case COMMAND -> new Target(argStart, end, () -> Commands.all().stream()
                    .map(x -> new Suggestion(x.name(), x.summary(), "commands", true, 0)).toList());
            case NONE, FRAME -> new Target(cursor, cursor, List::of);
        };
    }

    private static String usage(Command c) {
        return ":" + c.name() + (c.args().isEmpty() ? "" : " " + c.args());
    }

    private List<Suggestion> captures() {
        List<Suggestion> out = new ArrayList<>();
        List<LoadedCapture> all = workspace.captures();
        for (int i = 0; i < all.size(); i++) {
            out.add(new Suggestion(Integer.toString(i + 1), all.get(i).name(), "captures", true, i));
        }
        return out;
    }

    private static List<Suggestion> stats() {
        List<Suggestion> out = new ArrayList<>();
        String[] what = {"IP conversations: frames and bytes each way", "IP endpoints: frames and bytes sent and received",
            "protocol hierarchy (tshark -z io,phs)", "top DNS query names, types, response codes",
            "top HTTP hosts, methods, status codes, user agents", "top TLS server names, handshake types, versions",
            "expert findings by severity (tshark -z expert)",
            "destinations, then TCP/UDP, then ports (tshark -z dests,tree)",
            "user names sent in clear: HTTP Authorization, FTP, SMTP, POP3, IMAP (tshark -z credentials)"};
        for (int i = 0; i < Stats.KINDS.size(); i++) {
            out.add(new Suggestion(Stats.KINDS.get(i), what[i], "statistics", true, i));
        }
        return out;
    }

    private Target follow(String line, int argStart, int cursor) {
        String args = line.substring(argStart, cursor);
        int space = args.indexOf(' ');
        if (space < 0) {
            return new Target(argStart, wordEnd(line, cursor), () -> List.of(
                    new Suggestion("tcp", "a TCP stream (tcp.stream)", "protocols", true, 0),
                    new Suggestion("udp", "a UDP stream (udp.stream)", "protocols", true, 1),
                    new Suggestion("http", "the TCP stream of an HTTP conversation", "protocols", true, 2)));
        }
        String kind = args.substring(0, space).toLowerCase(Locale.ROOT);
        String field = kind.equals("udp") ? "udp.stream" : "tcp.stream";
        int start = argStart + space + 1;
        while (start < cursor && line.charAt(start) == ' ') {
            start++;
        }
        int from = start;
        return new Target(from, wordEnd(line, cursor), () -> values(field, false));
    }

    // ------------------------------------------------------------------ files

    private static Target files(String line, int argStart, int cursor) {
        String typed = line.substring(argStart, cursor);
        return new Target(argStart, cursor, () -> fileSuggestions(typed));
    }

    private static List<Suggestion> fileSuggestions(String typed) {
        String expanded = typed.equals("~") || typed.startsWith("~/")
                ? Paths.home() + typed.substring(1) : typed;
        int slash = expanded.lastIndexOf('/');
        Path dir = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : expanded.substring(0, slash));
        String namePrefix = expanded.substring(slash + 1);
        String typedDir = typed.substring(0, typed.lastIndexOf('/') + 1);
        List<Suggestion> out = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    String name = p.getFileName().toString();
                    if (!name.startsWith(namePrefix) || (name.startsWith(".") && !namePrefix.startsWith("."))) {
                        continue;
                    }
                    boolean isDir = Files.isDirectory(p);
                    out.add(new Suggestion(typedDir + name + (isDir ? "/" : ""), isDir ? "directory" : size(p),
                            "files", !isDir, isDir ? 0 : 1));
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable directory offers nothing
            }
        }
        return out;
    }

    private static String size(Path p) {
        try {
            long n = Files.size(p);
            return n < 10_000 ? n + " bytes" : n < 10_000_000 ? n / 1000 + " kB" : n / 1_000_000 + " MB";
        } catch (IOException e) {
            return "file";
        }
    }

    // ------------------------------------------------------------------ filters

    private Target filter(String line, int offset, int cursor) {
        String text = line.substring(offset);
        FieldRegistry registry = FieldRegistry.standard();
        FilterContext ctx = FilterContext.at(text, cursor - offset,
                n -> registry.lookup(n) != null || registry.lookupAlias(n) != null);
        int start = offset + ctx.wordStart();
        int end = ctx.kind() == FilterContext.Kind.VALUE && ctx.word().startsWith("\"") ? cursor : wordEnd(line, cursor);
        return new Target(start, end, () -> switch (ctx.kind()) {
            case FIELD -> fieldSuggestions(FieldNames.standard(), ctx.word(), true);
            case OPERATOR -> operators(FieldNames.standard(), ctx.field());
            case VALUE -> {
                List<Suggestion> v = new ArrayList<>(values(ctx.field(), true));
                if (!ctx.word().isEmpty() && Character.isLetter(ctx.word().charAt(0))) {
                    v.addAll(fieldSuggestions(FieldNames.standard(), ctx.word(), false));
                }
                yield v;
            }
            case LOGICAL -> Operators.LOGICAL.stream()
                    .map(o -> new Suggestion(o.text(), o.description(), "logic", true, 0)).toList();
        });
    }

    /** Field names one level below the word, with type and title; functions too at a test's start. */
    private static List<Suggestion> fieldSuggestions(FieldNames names, String word, boolean functions) {
        List<Suggestion> out = new ArrayList<>();
        String typed = word.startsWith(".") || word.startsWith("@") ? word.substring(1) : word;
        String sigil = word.length() > typed.length() ? word.substring(0, 1) : "";
        for (FieldNames.Child c : names.children(typed)) {
            FieldDef d = c.isField() ? names.describe(c.name()) : null;
            boolean dissected = names.isDissected(c.name());
            StringBuilder desc = new StringBuilder();
            if (d != null) {
                desc.append(d.type().prettyName());
                if (!d.title().isEmpty()) {
                    desc.append(" · ").append(d.title());
                }
                if (!dissected) {
                    desc.append(" (not dissected)");
                }
            }
            if (c.descendants() > 0) {
                desc.append(desc.isEmpty() ? "" : " · ").append(c.descendants()).append(" below");
            }
            String value = sigil + c.name() + (d == null ? "." : "");
            // fields sharkfin dissects first; a leaf takes a space after it
            out.add(new Suggestion(value, desc.toString(), "fields", d != null && c.descendants() == 0,
                    dissected ? 0 : 1));
        }
        if (functions && sigil.isEmpty() && !typed.contains(".")) {
            for (String[] f : FUNCTIONS) {
                if (f[0].startsWith(typed)) {
                    out.add(new Suggestion(f[0], f[1], "functions", false, 0));
                }
            }
        }
        return out;
    }

    private static List<Suggestion> operators(FieldNames names, String field) {
        FieldDef d = names.describe(field);
        if (d == null) {
            FieldDef alias = names.registry().lookupAlias(field);
            d = alias;
        }
        if (d == null) {
            return List.of();
        }
        List<Suggestion> out = new ArrayList<>();
        int rank = 0;
        for (Operators.Operator o : Operators.forType(d.type())) {
            boolean slice = o.text().equals("[");
            out.add(new Suggestion(o.text(), o.description(), "operators for " + d.type().prettyName(), !slice, rank++));
        }
        return out;
    }

    /** The values {@code field} takes in the current capture, commonest first. */
    private List<Suggestion> values(String field, boolean literals) {
        LoadedCapture c = workspace.current();
        if (c == null || field == null) {
            return List.of();
        }
        FieldNames names = FieldNames.standard();
        FieldDef d = names.isDissected(field) ? names.registry().lookup(field) : null;
        if (d == null) {
            return List.of();
        }
        ValueSampler.Sample s = c.values().sample(d);
        List<Suggestion> out = new ArrayList<>(s.values().size());
        int rank = 0;
        String group = "values of " + field + " in " + c.name() + (s.complete() ? "" : " (sampled)");
        for (ValueSampler.Value v : s.values()) {
            String desc = (v.name() == null ? "" : v.name() + " · ") + v.frames() + (v.frames() == 1 ? " time" : " times");
            out.add(new Suggestion(literals ? v.literal() : v.literal().replace("\"", ""), desc, group, true, rank++));
        }
        return out;
    }
}
