package io.sharkfin.repl.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Frames and bytes counted in two directions: a conversation's A→B and B→A, an endpoint's sent
 * and received. Shared by the IP tables of {@code :stats}, which rank by frames, then bytes.
 */
final class TwoWay {
    long framesOut;
    long bytesOut;
    long framesBack;
    long bytesBack;

    void count(boolean out, long bytes) {
        if (out) {
            framesOut++;
            bytesOut += bytes;
        } else {
            framesBack++;
            bytesBack += bytes;
        }
    }

    long frames() {
        return framesOut + framesBack;
    }

    long bytes() {
        return bytesOut + bytesBack;
    }

    /**
     * The report of an IP table: a heading naming how many of how many rows are shown, then the
     * {@value Stats#TOP} busiest rows, or a note that there was no IP traffic. A row is its
     * addresses, then total frames and bytes, then each direction's.
     */
    static <T> List<String> render(String title, String filter, Collection<T> rows, Function<T, TwoWay> counts,
                                   Table table, Function<T, List<String>> addresses) {
        List<T> all = new ArrayList<>(rows);
        all.sort(Comparator.comparing(counts, Comparator.comparingLong(TwoWay::frames)
                .thenComparingLong(TwoWay::bytes)).reversed());
        for (T row : all.subList(0, Math.min(Stats.TOP, all.size()))) {
            TwoWay c = counts.apply(row);
            List<Object> cells = new ArrayList<>(addresses.apply(row));
            cells.addAll(List.of(c.frames(), c.bytes(), c.framesOut, c.bytesOut, c.framesBack, c.bytesBack));
            table.add(cells.toArray());
        }
        List<String> out = new ArrayList<>();
        out.add(title + Headings.scope(filter) + ": top " + table.size() + " of " + all.size() + " by frames");
        if (all.isEmpty()) {
            out.add("(no IP traffic)");
        } else {
            out.addAll(table.lines());
        }
        return out;
    }
}
