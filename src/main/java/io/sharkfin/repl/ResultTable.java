package io.sharkfin.repl;

import io.sharkfin.cli.output.SummaryColumns.Row;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.util.Locale;

/**
 * The table of matching frames: No., Time, Source, Destination, Protocol, Length, Info. Rows are
 * printed as they arrive, so column widths cannot be measured beforehand: each column starts at a
 * width that fits the usual values (an IPv4 address, a protocol name) and widens for a longer
 * value, keeping later rows aligned. On a terminal the Info column is cut at the screen's edge.
 */
final class ResultTable {

    private static final String[] HEADERS = {"No.", "Time", "Source", "Destination", "Protocol", "Length", "Info"};
    private static final AttributedStyle HEADER = AttributedStyle.BOLD.underline();

    private final int width;
    private final int[] widths = {5, 11, 15, 15, 8, 6};

    /**
     * @param width       the screen width, or 0 for no limit
     * @param totalFrames the capture's frame count when known (sizes the No. column), else -1
     */
    ResultTable(int width, long totalFrames) {
        this.width = width;
        if (totalFrames > 0) {
            widths[0] = Math.max(widths[0], Long.toString(totalFrames).length());
        }
    }

    AttributedString header() {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        sb.style(HEADER);
        sb.append(cells(HEADERS[0], HEADERS[1], HEADERS[2], HEADERS[3], HEADERS[4], HEADERS[5], HEADERS[6]));
        return sb.toAttributedString();
    }

    AttributedString row(Row r) {
        String line = cells(Long.toString(r.number()), r.time(),
                r.source(), r.destination(), r.protocol(), Integer.toString(r.length()), r.info());
        AttributedStringBuilder sb = new AttributedStringBuilder();
        sb.style(ProtocolColors.of(r.protocol()));
        sb.append(line);
        return sb.toAttributedString();
    }

    private String cells(String no, String time, String src, String dst, String proto, String len, String info) {
        StringBuilder sb = new StringBuilder();
        pad(sb, no, 0, true);
        pad(sb, time, 1, true);
        pad(sb, src, 2, false);
        pad(sb, dst, 3, false);
        pad(sb, proto, 4, false);
        pad(sb, len, 5, true);
        sb.append(info);
        if (width > 0 && sb.length() > width) {
            sb.setLength(Math.max(0, width - 1));
            sb.append('…');
        }
        // trailing blanks of an empty Info cell would only make lines longer
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        return sb.toString();
    }

    private void pad(StringBuilder sb, String value, int column, boolean right) {
        widths[column] = Math.max(widths[column], value.length());
        int gap = widths[column] - value.length();
        if (right) {
            sb.append(" ".repeat(gap)).append(value);
        } else {
            sb.append(value).append(" ".repeat(gap));
        }
        sb.append("  ");
    }
}
