package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Dissects a capture with the real pipeline and prints chosen fields per frame, as tshark does. */
final class TcpRun {
    private TcpRun() {
    }

    static final Dissectors PLAIN = TestDissectors.PLAIN;
    static final Path CORPUS = TestCaptures.CORPUS;

    /** One row per frame: the values of {@code fields}, tshark-formatted. */
    static List<List<String>> fields(Path capture, List<String> fields) {
        return fields(PLAIN, capture, fields, fields);
    }

    /**
     * One row per frame of the {@code print} fields, from a session that wants {@code wanted}
     * (to check that asking for fewer fields gives the same values).
     */
    static List<List<String>> fields(Dissectors ds, Path capture, List<String> wanted, List<String> print) {
        return rows(Session.over(ds, wanted), capture, print);
    }

    /** One row per frame of the {@code print} fields, from a session that records every field. */
    static List<List<String>> fieldsOfFullSession(Dissectors ds, Path capture, List<String> print) {
        return rows(Session.full(ds), capture, print);
    }

    private static List<List<String>> rows(Session s, Path capture, List<String> print) {
        List<FieldDef> defs = print.stream().map(n -> s.registry().lookup(n)).toList();
        List<List<String>> rows = new ArrayList<>();
        each(s, capture, p -> {
            List<String> row = new ArrayList<>();
            for (FieldDef d : defs) {
                row.add(d == null || !d.dissected() ? "" : FieldFormat.cell(p, d.id()));
            }
            rows.add(row);
        });
        return rows;
    }

    /** Runs a session over every frame of a capture. */
    static void each(Session s, Path capture, Consumer<Packet> perFrame) {
        TestCaptures.each(s, capture, perFrame);
    }
}
