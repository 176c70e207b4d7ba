package io.sharkfin.cli;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.filter.check.NameSuggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code sharkfin fields [PREFIX]}: the fields filters can use, in the format of
 * {@code tshark -G fields} (P lines for protocols, F lines for fields: title, name, type,
 * protocol, display base, bitmask, description).
 */
@Command(name = "fields", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "List the protocols and fields a filter can use, like `tshark -G fields`.",
            "One line per name:",
            "  P <TAB> name <TAB> title                     for a protocol",
            "  F <TAB> title <TAB> name <TAB> type <TAB> protocol <TAB> base <TAB> bitmask <TAB> description",
            "Names Wireshark 4.0 knows but sharkfin does not dissect are accepted in filters (and",
            "never match); --all lists them too, marked with '*' in the first column.",
            "",
            "Examples:",
            "  sharkfin fields tls.handshake.     the TLS handshake fields",
            "  sharkfin fields --all dhcp         everything Wireshark has for DHCP"})
final class FieldsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PREFIX", description = "Only names starting with PREFIX.")
    String prefix = "";

    @Option(names = "--all", description = "Include Wireshark's fields that sharkfin does not dissect.")
    boolean all;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        FieldRegistry reg = FieldRegistry.standard();
        Stream<FieldDef> defs = all ? reg.all() : reg.dissected().stream();
        long[] n = {0};
        defs.filter(d -> d.name().startsWith(prefix)).forEach(d -> {
            out.println(line(d));
            n[0]++;
        });
        if (n[0] == 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("sharkfin: no field starts with \"" + prefix + "\""
                    + (all ? "" : " (try --all for fields sharkfin does not dissect)"));
            String hint = NameSuggestions.hint(prefix);
            if (hint != null) {
                err.println(hint);
            }
            return 1;
        }
        return 0;
    }

    static String line(FieldDef d) {
        String mark = d.dissected() ? "" : "*";
        if (d.isProtocol()) {
            return mark + "P\t" + d.title() + "\t" + d.name();
        }
        return mark + "F\t" + d.title() + "\t" + d.name() + "\t" + d.type().wiresharkName() + "\t"
                + d.protocol() + "\t" + d.display() + "\t0x" + Long.toHexString(d.bitmask()) + "\t"
                + d.description();
    }
}
