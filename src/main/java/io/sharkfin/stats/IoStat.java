package io.sharkfin.stats;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.filter.FilterException;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code -z io,stat,INTERVAL[,COLUMN]...}: frames, bytes or a field's values per interval of
 * the capture (0: the whole capture), one column per filter or calculation, counted as
 * ui/cli/tap-iostat.c counts them and printed in its box-drawn table ({@link IoStatText}).
 *
 * <p>As in tshark, a calculation sees a field only when some filter of the run names it (the
 * column's own, another column's, another {@code -z}'s or {@code -Y}): tshark keeps only such
 * fields in the tree it gives the tap. Hence {@code COUNT(tcp.len)tcp.len}, not
 * {@code COUNT(tcp.len)}, counts {@code tcp.len}.
 */
public final class IoStat implements Statistic {

    static final String FORM = "io,stat,INTERVAL[,COLUMN]... with INTERVAL in seconds (0: the whole capture) and "
            + "COLUMN a filter, FRAMES|BYTES[()FILTER] or COUNT|SUM|MIN|MAX|AVG|LOAD(FIELD)[FILTER]";

    /** The whole capture as one interval (tshark's G_MAXUINT64). */
    static final long WHOLE = -1L;

    /** What C's sscanf {@code %lf} takes here (without hex, inf and nan, which sharkfin refuses). */
    private static final Pattern NUMBER = Pattern.compile("[ \\t\\n\\x0B\\f\\r]*[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

    /** Microseconds, unsigned; {@link #WHOLE} for the whole capture. */
    final long interval;
    /** The decimals of times in the table, as the interval was written. */
    final int precision;
    final List<IoColumn> columns;
    private final int relative;
    private final BitSet fields = new BitSet();
    /** The longest relative time of a frame so far (cfile.elapsed_time), seconds and nanoseconds. */
    long elapsedSeconds;
    int elapsedNanos;
    /** The time of the last counted frame that was not before the first (last_relative_time). */
    private long lastRelative;

    private IoStat(long interval, int precision, List<IoColumn> columns, FieldRegistry registry) {
        this.interval = interval;
        this.precision = precision;
        this.columns = columns;
        relative = registry.dissectedId("frame.time_relative");
        if (relative >= 0) {
            fields.set(relative);
        }
        BitSet named = new BitSet();
        for (IoColumn c : columns) {
            c.fields(fields);
            c.filterFields(named);
        }
        primed(named, false);
    }

    /**
     * The statistic of an {@code io,stat,...} argument, read as iostat_init reads it, or null
     * when {@code arg} is not one.
     *
     * @throws IllegalArgumentException for an argument tshark refuses or sharkfin does not read
     * @throws FilterException for a column's filter that does not compile
     */
    static IoStat parse(String arg, FieldRegistry registry) throws FilterException {
        if (!arg.startsWith("io,stat")) {
            return null;
        }
        Matcher m = NUMBER.matcher(arg);
        if (arg.length() <= 8 || arg.charAt(7) != ',' || arg.endsWith(",") || !m.region(8, arg.length()).lookingAt()
                || m.end() < arg.length() && arg.charAt(m.end()) != ',') {
            throw new IllegalArgumentException("invalid \"-z io,stat,<interval>[,<filter>][,<filter>]...\" argument \""
                    + arg + "\" (sharkfin reads " + FORM + ")");
        }
        double seconds = Double.parseDouble(m.group().strip());
        if (seconds < 0 || Double.isNaN(seconds)) {
            throw new IllegalArgumentException("io,stat interval must be >= 0 seconds, not " + m.group().strip()
                    + " (sharkfin reads " + FORM + ")");
        }
        long interval;
        int precision;
        double micros = seconds * 1_000_000.0 + 0.5;
        if (seconds == 0 || micros >= 0x1p62) {
            // an interval longer than any capture counts the whole capture, as 0 does
            interval = WHOLE;
            precision = 0;
        } else {
            interval = (long) micros;
            if (interval < 1) {
                throw new IllegalArgumentException("\"-z\" interval must be >=0.000001 seconds or \"0\" for the "
                        + "entire capture duration, not " + m.group().strip());
            }
            precision = precision(interval, arg.substring(8));
        }
        List<IoColumn> columns = new ArrayList<>();
        for (String text : columnTexts(m.end() < arg.length() ? arg.substring(m.end() + 1) : null)) {
            columns.add(IoColumn.parse(text, registry, interval));
        }
        return new IoStat(interval, precision, columns, registry);
    }

    /**
     * The decimals iostat_init shows: those the interval needs, or for a whole number of seconds
     * as many as were written after the point (up to 6: "1.00" shows 2). With no column after
     * the interval tshark reads past the text there; it shows 6 when it does not crash.
     */
    private static int precision(long interval, String written) {
        int precision = 6;
        for (long i = 10; i < 10_000_000; i *= 10) {
            if (interval % i > 0) {
                break;
            }
            precision--;
        }
        if (precision == 0) {
            int comma = written.indexOf(',');
            int dot = written.indexOf('.');
            if (comma < 0 && dot >= 0) {
                return 6;
            }
            if (dot >= 0 && dot < comma && comma - dot - 1 > 0) {
                return Math.min(comma - dot - 1, 6);
            }
        }
        return precision;
    }

    /** The columns' texts after the interval, split at every comma and trimmed; null: an empty column. */
    private static List<String> columnTexts(String rest) {
        List<String> texts = new ArrayList<>();
        if (rest == null) {
            texts.add(null);
            return texts;
        }
        String[] pieces = rest.split(",", -1);
        for (int i = 0; i < pieces.length; i++) {
            String t = strip(pieces[i]);
            boolean last = i == pieces.length - 1;
            // an empty piece is an empty column; a blank one too, but for a middle one, which keeps ""
            texts.add(pieces[i].isEmpty() || last && t.isEmpty() ? null : t);
        }
        return texts;
    }

    /** g_strstrip: without C's white space at either end. */
    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    @Override
    public BitSet fields() {
        return (BitSet) fields.clone();
    }

    /** Always: tap-iostat.c registers its taps with TL_REQUIRES_PROTO_TREE. */
    @Override
    public boolean needsTree() {
        return true;
    }

    @Override
    public BitSet filterFields() {
        BitSet named = new BitSet();
        for (IoColumn c : columns) {
            c.filterFields(named);
        }
        return named;
    }

    @Override
    public void primed(BitSet named, boolean drawnTree) {
        for (IoColumn c : columns) {
            c.primed(named);
        }
    }

    @Override
    public void accept(Packet p) {
        int t = relative < 0 ? -1 : p.first(relative);
        long seconds = t < 0 ? 0 : p.timeSeconds(t);
        int nanos = t < 0 ? 0 : p.timeNanos(t);
        if (seconds > elapsedSeconds || seconds == elapsedSeconds && nanos > elapsedNanos) {
            elapsedSeconds = seconds;
            elapsedNanos = nanos;
        }
        for (IoColumn c : columns) {
            if (c.passes(p)) {
                long rt;
                if (seconds >= 0 && nanos >= 0) {
                    rt = seconds * 1_000_000L + (nanos + 500) / 1000;
                    lastRelative = rt;
                } else {
                    // a frame before the first counts at the time of the last one counted
                    rt = lastRelative;
                }
                c.count(p, rt);
            }
        }
    }

    @Override
    public void print(PrintWriter out) {
        new IoStatText(this).print(out);
    }
}
