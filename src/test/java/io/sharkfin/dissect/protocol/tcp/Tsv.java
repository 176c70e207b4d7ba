package io.sharkfin.dissect.protocol.tcp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A tab-separated file with a header line, as tshark and the corpus write them. */
record Tsv(List<String> header, List<List<String>> rows) {

    static Tsv read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isEmpty()) {
                List<String> r = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
                while (r.size() < header.size()) {
                    r.add("");
                }
                rows.add(r);
            }
        }
        return new Tsv(header, rows);
    }

    int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name);
        }
        return i;
    }

    String get(int row, String column) {
        return rows.get(row).get(column(column));
    }
}
