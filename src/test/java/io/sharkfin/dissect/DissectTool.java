package io.sharkfin.dissect;

import io.sharkfin.capture.Frame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Developer tool (not a test): {@code fields} prints the names of the fields sharkfin dissects,
 * {@code dump FILE FIELD...} prints them per frame as {@code tshark -T fields} would.
 */
public final class DissectTool {
    private DissectTool() {
    }

    public static void main(String[] args) {
        if (args[0].equals("fields")) {
            for (FieldDef d : FieldRegistry.standard().dissected()) {
                System.out.println(d.name());
            }
            return;
        }
        List<String> names = Arrays.asList(args).subList(2, args.length);
        Session s = Session.needing(names);
        FieldRegistry reg = s.registry();
        List<Integer> ids = new ArrayList<>();
        for (String n : names) {
            ids.add(reg.lookup(n).id());
        }
        for (Frame f : TestCaptures.read(Path.of(args[1]))) {
            Packet p = s.dissect(f);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < ids.size(); i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                sb.append(FieldFormat.cell(p, ids.get(i)));
            }
            System.out.println(sb);
        }
    }
}
