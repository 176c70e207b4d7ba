package io.sharkfin.filter.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Display-filter macros, as in Wireshark 4.0's "Display Filter Macros" table (the profile file
 * {@code dfilter_macros}): a name and a text in which {@code $1}, {@code $2}, ... stand for the
 * arguments of {@code ${name:arg1;arg2}}. A table is an immutable value.
 */
public final class MacroTable {

    /** A table that cannot be built: a bad name, text or file line; the message is Wireshark's. */
    public static final class MacroTableException extends Exception {
        private static final long serialVersionUID = 1L;

        public MacroTableException(String message) {
            super(message);
        }
    }

    /**
     * One macro. Its text is cut at each {@code $n}: {@code parts} has one more element than
     * {@code argumentOrder}, which gives the (0-based) argument put between two parts.
     *
     * @param argc how many arguments a use must give: the highest {@code $n} in the text
     */
    public record Macro(String name, String text, List<String> parts, List<Integer> argumentOrder, int argc) {

        public Macro {
            parts = List.copyOf(parts);
            argumentOrder = List.copyOf(argumentOrder);
        }

        /** The text with the arguments put in; {@code args.size()} must be {@link #argc()}. */
        String apply(List<String> args) {
            StringBuilder sb = new StringBuilder(parts.getFirst());
            for (int i = 0; i < argumentOrder.size(); i++) {
                sb.append(args.get(argumentOrder.get(i))).append(parts.get(i + 1));
            }
            return sb.toString();
        }
    }

    private static final MacroTable EMPTY = new MacroTable(Map.of());

    private final Map<String, Macro> macros;

    private MacroTable(Map<String, Macro> macros) {
        this.macros = Collections.unmodifiableMap(new LinkedHashMap<>(macros));
    }

    /** No macros: every {@code ${name}} that is not a field reference fails. */
    public static MacroTable empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The macros Wireshark 4.0 ships in its global {@code dfilter_macros} file
     * ({@code private_ipv4}, {@code private_ethernet}, {@code private_ipv6}), which tshark uses
     * when the profile has none.
     */
    public static MacroTable wiresharkDefaults() {
        try (InputStream in = MacroTable.class.getResourceAsStream("dfilter_macros")) {
            if (in == null) {
                throw new IllegalStateException("dfilter_macros resource is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MacroTableException e) {
            throw new IllegalStateException("bundled dfilter_macros: " + e.getMessage(), e);
        }
    }

    /** Reads a {@code dfilter_macros} file. */
    public static MacroTable load(Path file) throws IOException, MacroTableException {
        // a UAT file is bytes; ISO-8859-1 keeps each byte as one char for the printable check
        return parse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
    }

    /** Reads the text of a {@code dfilter_macros} file: lines {@code "name","text"}. */
    public static MacroTable parse(String fileText) throws MacroTableException {
        Builder b = builder();
        for (UatRecords.Record r : UatRecords.parse(fileText, List.of("name", "text"))) {
            try {
                b.define(r.fields().get(0), r.fields().get(1));
            } catch (MacroTableException e) {
                throw new MacroTableException("line " + r.line() + ": " + e.getMessage());
            }
        }
        return b.build();
    }

    public Optional<Macro> lookup(String name) {
        return Optional.ofNullable(macros.get(name));
    }

    /** The macros in definition order. */
    public List<Macro> macros() {
        return List.copyOf(macros.values());
    }

    /** Collects macros; refuses what Wireshark's macro table refuses. */
    public static final class Builder {
        private final Map<String, Macro> macros = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a macro. The name is letters, digits and {@code _}; the text printable ASCII (both
         * checked as the Wireshark table editor does); {@code $0} is refused (4.0 would read
         * before its argument list).
         */
        public Builder define(String name, String text) throws MacroTableException {
            if (name.isEmpty()) {
                throw new MacroTableException("invalid name");
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (!(c == '_' || isAsciiAlnum(c))) {
                    throw new MacroTableException("invalid char in name");
                }
            }
            if (macros.containsKey(name)) {
                throw new MacroTableException("macro '" + name + "' already exists");
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 || c > 0x7e) {
                    throw new MacroTableException(String.format("invalid char pos=%d value=%02x", i, (int) c & 0xff));
                }
            }
            macros.put(name, compile(name, text));
            return this;
        }

        public MacroTable build() {
            return new MacroTable(macros);
        }
    }

    /**
     * Cuts a text at its {@code $n} references like Wireshark's {@code macro_update}: a
     * backslash keeps the next character as it is (so {@code \$1} is no reference), and both stay
     * in the text.
     */
    private static Macro compile(String name, String text) throws MacroTableException {
        List<String> parts = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int argc = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                part.append(c);
                if (i + 1 < text.length()) {
                    part.append(text.charAt(i + 1));
                }
                i += 2;
            } else if (c == '$' && i + 1 < text.length() && isDigit(text.charAt(i + 1))) {
                int j = i + 1;
                long n = 0;
                while (j < text.length() && isDigit(text.charAt(j))) {
                    n = Math.min(n * 10 + (text.charAt(j) - '0'), Integer.MAX_VALUE);
                    j++;
                }
                if (n == 0) {
                    throw new MacroTableException("macro '" + name + "': $0 is not an argument");
                }
                argc = (int) Math.max(argc, n);
                order.add((int) n - 1);
                parts.add(part.toString());
                part.setLength(0);
                i = j;
            } else {
                part.append(c);
                i++;
            }
        }
        parts.add(part.toString());
        return new Macro(name, text, parts, order, argc);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c);
    }
}
