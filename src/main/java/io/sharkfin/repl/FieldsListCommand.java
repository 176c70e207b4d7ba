package io.sharkfin.repl;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.filter.check.NameSuggestions;
import io.sharkfin.repl.view.Table;

import java.util.List;

/**
 * {@code :fields [PREFIX]}: the fields a filter can use, with type and title. Without a prefix
 * only the fields sharkfin dissects; with one, Wireshark's other names too, marked as never
 * occurring.
 */
final class FieldsListCommand implements Command {

    private static final int LIMIT = 2000;

    @Override
    public String name() {
        return "fields";
    }

    @Override
    public String args() {
        return "[PREFIX]";
    }

    @Override
    public String summary() {
        return "list fields (starting with PREFIX) with their type and title";
    }

    @Override
    public Arg arg() {
        return Arg.FIELD;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example(":fields dns.qry", "the DNS query fields, with type and title"),
                new Example(":fields tls.handshake.ext", "TLS extension fields"));
    }

    @Override
    public void run(String args, Shell shell) throws ReplError {
        FieldNames names = FieldNames.standard();
        List<String> matching = args.isEmpty()
                ? names.registry().dissected().stream().map(FieldDef::name).sorted().toList()
                : names.withPrefix(args);
        if (matching.isEmpty()) {
            String hint = NameSuggestions.hint(args);
            throw ReplError.usage("no field starts with \"" + args + "\"" + (hint == null ? "" : "\n" + hint));
        }
        Table t = new Table(new String[] {"Field", "Type", "Title"}, new boolean[] {false, false, false});
        int notDissected = 0;
        for (String n : matching.subList(0, Math.min(LIMIT, matching.size()))) {
            FieldDef d = names.describe(n);
            if (d == null) {
                continue;
            }
            boolean ours = names.isDissected(n);
            notDissected += ours ? 0 : 1;
            t.add(n + (ours ? "" : " *"), d.type().wiresharkName(), d.title());
        }
        for (String line : t.lines()) {
            shell.console().print(line);
        }
        StringBuilder tail = new StringBuilder();
        tail.append(matching.size()).append(matching.size() == 1 ? " field" : " fields");
        if (matching.size() > LIMIT) {
            tail.append(" (first ").append(LIMIT).append(" shown)");
        }
        if (notDissected > 0) {
            tail.append("; * = known to Wireshark, not dissected by sharkfin (never occurs)");
        }
        shell.printSummary(tail.toString());
    }
}
