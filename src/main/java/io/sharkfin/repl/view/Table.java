package io.sharkfin.repl.view;

import java.util.ArrayList;
import java.util.List;

/** A plain text table: a header row and rows, columns padded to their widest cell. */
public final class Table {

    private final String[] headers;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();

    /**
     * @param headers column titles
     * @param right   which columns are right-aligned (numbers)
     */
    public Table(String[] headers, boolean[] right) {
        this.headers = headers.clone();
        this.right = right.clone();
    }

    public Table add(Object... cells) {
        String[] r = new String[headers.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = i < cells.length && cells[i] != null ? cells[i].toString() : "";
        }
        rows.add(r);
        return this;
    }

    public int size() {
        return rows.size();
    }

    public List<String> lines() {
        int[] w = new int[headers.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = headers[i].length();
            for (String[] r : rows) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        List<String> out = new ArrayList<>(rows.size() + 1);
        out.add(line(headers, w));
        for (String[] r : rows) {
            out.add(line(r, w));
        }
        return out;
    }

    private String line(String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append("  ");
            }
            String pad = " ".repeat(w[i] - cells[i].length());
            sb.append(right[i] ? pad + cells[i] : cells[i] + pad);
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }
}
