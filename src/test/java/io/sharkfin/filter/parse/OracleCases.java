package io.sharkfin.filter.parse;

import io.sharkfin.filter.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Expected results recorded from libwireshark 4.0.17 (files written by the generator scripts
 * next to them): filters with {@code \\ \t \r \n \xNN} escapes, messages, and locations in
 * bytes of the UTF-8 text, which {@link #charSpan} turns into the character spans sharkfin uses.
 */
final class OracleCases {

    private OracleCases() {
    }

    /** The rows of a TSV resource (comment lines and the header skipped), split into columns. */
    static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = OracleCases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cols = line.split("\t", -1);
                out.add(Arrays.copyOf(cols, Math.max(cols.length, 9)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Undoes the generator's escaping. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case '\\' -> sb.append('\\');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'n' -> sb.append('\n');
                case 'x' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> throw new IllegalArgumentException("bad escape in " + s);
            }
        }
        return sb.toString();
    }

    /** A Wireshark location (bytes of the UTF-8 text) as a span of characters of {@code text}. */
    static Span charSpan(String text, int byteStart, int byteLength) {
        if (byteStart < 0) {
            return Span.NONE;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int start = new String(bytes, 0, Math.min(byteStart, bytes.length), StandardCharsets.UTF_8).length();
        int end = new String(bytes, 0, Math.min(byteStart + byteLength, bytes.length), StandardCharsets.UTF_8).length();
        return new Span(start, end);
    }
}
