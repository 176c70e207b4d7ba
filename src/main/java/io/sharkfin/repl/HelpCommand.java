package io.sharkfin.repl;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

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
    public void run(String args, Shell shell) throws ReplError {
        Console out = shell.console();
        if (!args.isEmpty()) {
            Command c = Commands.byName(args.startsWith(":") ? args.substring(1) : args);
            if (c == null) {
                throw ReplError.usage("unknown command " + args + " (:help lists them)");
            }
            out.print(usage(c));
            out.print("    " + c.summary());
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
    }

    private static AttributedString usage(Command c) {
        return new AttributedString(":" + c.name() + (c.args().isEmpty() ? "" : " " + c.args()));
    }
}
