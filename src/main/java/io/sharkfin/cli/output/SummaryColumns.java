package io.sharkfin.cli.output;

import io.sharkfin.capture.Frame;
import io.sharkfin.cli.output.summary.Columns;
import io.sharkfin.cli.output.summary.InfoColumns;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.NsTime;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;

import java.util.BitSet;

/**
 * tshark's summary columns of one frame — No., Time (seconds since the first frame), Source,
 * Destination, Protocol, Length, Info — as {@code tshark -r FILE} prints them, computed from the
 * fields of a dissected {@link Packet} ({@link InfoColumns}).
 *
 * <p>Shared by the {@code -T text} output and the REPL's result table. A session must record
 * {@link #fields()} for the columns to be filled, and {@link #observe} should see every frame
 * (shown or not) so that columns depending on earlier frames come out right.
 */
public final class SummaryColumns {

    /** One frame's columns; {@code time} is formatted as tshark shows it. */
    public record Row(long number, String time, String source, String destination, String protocol,
                      int length, String info) {
    }

    /**
     * The columns by the titles of tshark's default column preference, which name them as
     * {@code -e} fields: {@code _ws.col.No.}, {@code _ws.col.Info}, ...
     */
    public enum Column {
        NUMBER("No.", r -> Long.toString(r.number())),
        TIME("Time", Row::time),
        SOURCE("Source", Row::source),
        DESTINATION("Destination", Row::destination),
        PROTOCOL("Protocol", Row::protocol),
        LENGTH("Length", r -> Integer.toString(r.length())),
        INFO("Info", Row::info);

        /** What tshark's field names of columns start with (print.c's COLUMN_FIELD_FILTER). */
        public static final String FIELD_PREFIX = "_ws.col.";

        private final String title;
        private final java.util.function.Function<Row, String> text;

        Column(String title, java.util.function.Function<Row, String> text) {
            this.title = title;
            this.text = text;
        }

        public String title() {
            return title;
        }

        /** The column's {@code -e} name: the prefix and its title, as it is written (case counts). */
        public String fieldName() {
            return FIELD_PREFIX + title;
        }

        /** The column's text in {@code r}, as the summary line shows it. */
        public String text(Row r) {
            return text.apply(r);
        }

        /** The column {@code -e name} names, or null. */
        public static Column byFieldName(String name) {
            for (Column c : values()) {
                if (c.fieldName().equals(name)) {
                    return c;
                }
            }
            return null;
        }
    }

    private final InfoColumns info;
    private final BitSet fields;

    public SummaryColumns(FieldRegistry registry) {
        info = new InfoColumns(registry);
        fields = info.fields();
        for (String name : new String[] {"frame.time_relative", "frame.len"}) {
            var d = registry.lookup(name);
            if (d != null && d.dissected()) {
                fields.set(d.id());
            }
        }
    }

    /** Ids of the fields a session must record (a copy). */
    public BitSet fields() {
        return (BitSet) fields.clone();
    }

    /** Follows a frame that is not shown (see {@link InfoColumns#observe}). */
    public void observe(Packet p) {
        info.observe(p);
    }

    /** The columns of the packet just dissected. */
    public Row row(Packet p) {
        Columns c = info.compute(p);
        return new Row(p.number(), relativeTime(p, p.frame().timePrecision()), c.source(), c.destination(),
                c.protocol(), p.frame().originalLength(), c.info());
    }

    /** The row as tshark's text output prints it. */
    public static String line(Row r) {
        StringBuilder sb = new StringBuilder();
        pad(sb, Long.toString(r.number()), 5, true);
        sb.append(' ');
        pad(sb, r.time(), 10, true);
        sb.append(' ');
        pad(sb, r.source(), 12, true);
        sb.append(" → ");
        pad(sb, r.destination(), 12, false);
        sb.append(' ').append(r.protocol()).append(' ').append(r.length()).append(' ').append(r.info());
        return sb.toString();
    }

    private static void pad(StringBuilder sb, String value, int width, boolean right) {
        int gap = Math.max(0, width - value.length());
        if (right) {
            sb.append(" ".repeat(gap)).append(value);
        } else {
            sb.append(value).append(" ".repeat(gap));
        }
    }

    /**
     * Time since the first frame with {@code digits} decimals, cut (not rounded) as Wireshark
     * does, from exact seconds and nanoseconds.
     */
    static String relativeTime(Packet p, int digits) {
        Session s = p.session();
        Frame f = p.frame();
        long secs = NsTime.deltaSeconds(f.epochSeconds(), f.nanoOfSecond(), s.firstSeconds(), s.firstNanos());
        int nanos = NsTime.deltaNanos(f.epochSeconds(), f.nanoOfSecond(), s.firstSeconds(), s.firstNanos());
        return seconds(secs, nanos, digits);
    }

    /** {@code secs.fraction} with {@code digits} decimals (0 to 9), signed when either part is negative. */
    static String seconds(long secs, int nanos, int digits) {
        StringBuilder sb = new StringBuilder(24);
        FieldFormat.appendRelativeTime(secs, nanos, sb);
        // nine decimals, cut (not rounded) to the precision; none drops the point too
        int d = Math.max(0, Math.min(9, digits));
        sb.setLength(sb.length() - 9 + d - (d == 0 ? 1 : 0));
        return sb.toString();
    }
}
