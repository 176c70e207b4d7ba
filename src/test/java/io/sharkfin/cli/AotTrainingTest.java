package io.sharkfin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The key {@link AotTraining} writes is the one {@code bin/sharkfin} computes for the same jar
 * (otherwise the cache would never be used), and it changes when the jar is rebuilt (otherwise a
 * cache of old classes would be).
 */
class AotTrainingTest {

    @TempDir
    Path tmp;

    @Test
    void keyIsWhatTheLauncherComputes() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash, as bin/sharkfin does");
        Path jar = tmp.resolve("sharkfin.jar");
        Files.write(jar, new byte[12345]);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.ofEpochSecond(1_795_000_000L, 600_000_000)));
        // the launcher's own expression, taken from bin/sharkfin
        Matcher m = Pattern.compile("aot\\.key\"\\)\" == \"\\$\\((.+?)\\)\" \\]\\]")
                .matcher(Files.readString(Path.of("bin/sharkfin")));
        assertTrue(m.find(), "bin/sharkfin compares the cache's key");
        String expression = m.group(1).replace("$jar", "$1");
        Process p = new ProcessBuilder("/bin/bash", "-c", "echo \"$(" + expression + ")\"", "key", jar.toString())
                .redirectErrorStream(true).start();
        String launcher = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertEquals(launcher, AotTraining.key(jar));

        Files.write(jar, new byte[12346]);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.ofEpochSecond(1_795_000_000L, 600_000_000)));
        assertEquals("12346 1795000000\n", AotTraining.key(jar), "a jar of another size has another key");
    }
}
