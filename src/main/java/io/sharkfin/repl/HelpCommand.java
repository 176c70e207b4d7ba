package io.sharkfin.repl;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.util.List;
import java.util.List;

/** {@code :help [COMMAND]}: the commands, or one command. */
final class HelpCommand implements Command {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String args() {
        return "[COMMAND]";
    }

    @Override
    public String summary() {
        return "this list, or one command's use";
    }

    @Override
    public Arg arg() {
        return Arg.COMMAND;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example(":help follow", "one command, with examples"));
    }

    @Override
    public void run(String args, Shell shell) throws ReplError {
        Console out = shell.console();
        if (!args.isEmpty()) {
            Command c = Commands.byName(args.startsWith(":") ? args.substring(1) : args);
            if (c == null) {
                throw ReplError.usage("unknown command " + args + " (:help lists them)");
            }
            out.print(usage(c));
            out.print("    " + c.summary());
            if (!c.examples().isEmpty()) {
                out.print("Examples:");
                printExamples(out, c.examples());
            }
            return;
        }
        out.print("Type a Wireshark display filter to run it over the current capture; lines starting");
        out.print("with ':' are commands. Tab completes fields, operators, values, commands and files.");
        out.print("");
        int width = 0;
        for (Command c : Commands.all()) {
            width = Math.max(width, usage(c).length());
        }
        for (Command c : Commands.all()) {
            AttributedStringBuilder sb = new AttributedStringBuilder();
            String u = usage(c).toString();
            sb.style(AttributedStyle.BOLD).append(u);
            sb.style(AttributedStyle.DEFAULT).append(" ".repeat(width - u.length() + 2)).append(c.summary());
            out.print(sb.toAttributedString());
        }
        out.print("");
        out.print("Examples (filters are Wireshark's; :help COMMAND shows a command's own):");
        printExamples(out, FILTER_EXAMPLES);
    }

    /** A first session's filters, from the simple to the refined. */
    static final List<Example> FILTER_EXAMPLES = List.of(
            new Example("dns", "every DNS frame"),
            new Example("dns.flags.rcode == 3", "DNS answers saying the name does not exist"),
            new Example("http.request && http.host contains \"example\"", "HTTP requests to some hosts"),
            new Example("tls.handshake.type == 1 && !tls.handshake.extensions_server_name",
                    "TLS Client Hellos without a server name"),
            new Example("tcp.analysis.retransmission", "retransmitted TCP segments"),
            new Example(":why dns && tcp", "a filter that matches too little: what each part matches"),
            new Example(":follow http 1", "the HTTP messages of tcp.stream 1"));

    private static void printExamples(Console out, List<Example> examples) {
        int width = 0;
        for (Example e : examples) {
            width = Math.max(width, e.line().length());
        }
        for (Example e : examples) {
            out.print("  " + e.line() + " ".repeat(width - e.line().length() + 2) + e.meaning());
        }
    }

    private static AttributedString usage(Command c) {
        return new AttributedString(":" + c.name() + (c.args().isEmpty() ? "" : " " + c.args()));
    }
}
