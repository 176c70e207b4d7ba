package io.sharkfin.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JIT directives of {@code bin/sharkfin} name methods that exist: the JVM ignores a
 * {@code CompileCommand} whose method was renamed, and the time it saved would be lost silently.
 */
class LauncherOptionsTest {

    private static final Pattern COMMAND = Pattern.compile("CompileCommand=(\\w+),([\\w.$]+)::(\\w+)");

    @Test
    void compileCommandsNameExistingMethods() throws Exception {
        String launcher = Files.readString(Path.of("bin/sharkfin"));
        Matcher m = COMMAND.matcher(launcher);
        int found = 0;
        while (m.find()) {
            found++;
            Class<?> type = Class.forName(m.group(2));
            String method = m.group(3);
            assertTrue(Arrays.stream(type.getDeclaredMethods()).anyMatch(x -> x.getName().equals(method)),
                    m.group() + ": " + type.getName() + " has no method " + method);
        }
        assertTrue(found > 0, "bin/sharkfin keeps a method out of line");
    }
}
