package io.sharkfin.cli.output;

import java.util.List;

/**
 * tshark's one-line summaries ({@code tshark -n -r FILE}) read back into columns, so that rows can
 * be compared column by column whatever the padding between columns.
 */
record TsharkRows(List<Row> rows) {

    /** One row's columns; the Info text is kept exactly (inner and trailing spaces included). */
    record Row(String number, String time, String source, String destination, String protocol,
               String length, String info) {
    }

    static TsharkRows parse(List<String> lines) {
        return new TsharkRows(lines.stream().map(TsharkRows::row).toList());
    }

    /**
     * Reads a line printed as {@code %5s %10s %12s → %-12s %s %s %s}: No. and Time right-aligned,
     * Source right-aligned, Destination left-aligned (it may be empty), then Protocol, Length and
     * Info each after one space. A line not in that layout becomes a row holding the whole line.
     */
    static Row row(String line) {
        int arrow = line.indexOf(" → ");
        String[] head = line.substring(0, Math.max(0, arrow)).trim().split(" +", 3);
        if (arrow < 0 || head.length < 2) {
            return new Row(line, "", "", "", "", "", "");
        }
        String source = head.length == 3 ? head[2] : "";
        String rest = line.substring(arrow + 3);
        String destination;
        if (rest.length() >= 12 && rest.substring(0, 12).isBlank()) {
            destination = "";
            rest = rest.substring(12);
        } else {
            int end = rest.indexOf(' ');
            destination = end < 0 ? rest : rest.substring(0, end);
            rest = end < 0 ? "" : rest.substring(end);
        }
        rest = rest.stripLeading();
        int p = rest.indexOf(' ');
        if (p < 0) {
            return new Row(line, "", "", "", "", "", "");
        }
        String protocol = rest.substring(0, p);
        int l = rest.indexOf(' ', p + 1);
        String length = l < 0 ? rest.substring(p + 1) : rest.substring(p + 1, l);
        String info = l < 0 ? "" : rest.substring(l + 1);
        return new Row(head[0], head[1], source, destination, protocol, length, info);
    }
}
