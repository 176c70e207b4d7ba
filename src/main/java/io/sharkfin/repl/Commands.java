package io.sharkfin.repl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every REPL command, by name, in the order {@code :help} lists them. */
public final class Commands {

    private static final List<Command> ALL = List.of(
            new OpenCommand(), new UseCommand(), new InfoCommand(), new FieldsListCommand(),
            new CountCommand(), new ShowCommand(), new HexCommand(), new FollowCommand(),
            new ExplainCommand(), new WhyCommand(), new StatsCommand(), new WriteCommand(), new ExportCommand(),
            new SaveCommand(), new TimeCommand(), new HelpCommand(), new QuitCommand());

    private static final Map<String, Command> BY_NAME = index();

    private Commands() {
    }

    public static List<Command> all() {
        return ALL;
    }

    /** The command of that name (or alias), or null. */
    public static Command byName(String name) {
        return BY_NAME.get(name);
    }

    private static Map<String, Command> index() {
        Map<String, Command> m = new LinkedHashMap<>();
        for (Command c : ALL) {
            m.put(c.name(), c);
        }
        Command quit = m.get("quit");
        m.put("q", quit);
        m.put("exit", quit);
        return Map.copyOf(m);
    }
}
