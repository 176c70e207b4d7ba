package io.sharkfin.cli;

import picocli.CommandLine;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/** The {@code @Option} fields of a command, made accessible: what a quick path must fill as picocli does. */
public final class PicocliOptions {
    private PicocliOptions() {
    }

    public static List<Field> of(Class<?> command) {
        List<Field> out = new ArrayList<>();
        for (Field f : command.getDeclaredFields()) {
            if (f.isAnnotationPresent(CommandLine.Option.class)) {
                f.setAccessible(true);
                out.add(f);
            }
        }
        return out;
    }
}
