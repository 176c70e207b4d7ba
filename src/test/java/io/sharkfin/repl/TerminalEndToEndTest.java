package io.sharkfin.repl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The REPL in a real terminal: tmux runs it in a 140×40 xterm-256color pane, keys are sent with
 * {@code send-keys} and the screen is read with {@code capture-pane}. It types a partial field
 * name and Tab and sees the completion with its description, types an invalid filter and sees the
 * red line and the status with the caret before Enter, runs a filter and sees the table and the
 * count, pages a longer result, sees a suggestion from history while typing, searches history
 * with Ctrl-R, and finds the history saved after {@code :quit}. Skipped
 * when tmux is not installed ({@code .ci/run} installs it).
 */
class TerminalEndToEndTest {

    private static final long STARTUP_SECONDS = 120;
    private static final long STEP_SECONDS = 60;

    @TempDir
    Path tmp;

    private String session;

    @Test
    void completeValidateRunSearchAndQuit() throws Exception {
        assumeTrue(tmuxInstalled(), "tmux is not installed");
        Path history = tmp.resolve("history");
        Path launcher = launcher(history);
        session = "sharkfin-e2e-" + ProcessHandle.current().pid();
        try {
            tmux("new-session", "-d", "-s", session, "-x", "140", "-y", "40", "-e", "TERM=xterm-256color",
                    launcher.toString());
            awaitScreen(s -> s.contains("lab-web-mixed.pcap>") && s.contains("type a display filter, or :help"),
                    STARTUP_SECONDS, "the prompt and the status hint");

            // Tab after a partial field name: the names below with type and title
            type("ip.sr");
            keys("Tab");
            // the status and list are drawn within the same redisplay as the line, so wait for all
            String listed = awaitScreen(s -> s.contains("(IPv4 address · Source Address)")
                    && s.contains("lab-web-mixed.pcap> ip.src"), STEP_SECONDS, "the completion list");
            assertTrue(listed.contains("lab-web-mixed.pcap> ip.src"), listed);
            assertTrue(listed.contains("ip.src_host"), listed);

            // an invalid filter: red line, message, filter and caret in the status before Enter
            keys("C-u");
            type("ip.src == 1.2.3.");
            String invalid = awaitScreen(s -> s.contains("✖ \".\" was unexpected in this context.")
                    && s.lines().anyMatch(l -> l.equals("  ip.src == 1.2.3.")), STEP_SECONDS, "the error in the status line");
            List<String> lines = invalid.lines().toList();
            int at = lines.indexOf("  ip.src == 1.2.3.");
            assertTrue(at > 0, invalid);
            assertEquals("  " + " ".repeat(15) + "^", lines.get(at + 1).stripTrailing(), invalid);
            String input = "";
            long colourDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STEP_SECONDS);
            while (!input.contains("48;5;224") && System.nanoTime() < colourDeadline) {
                input = capture(true).lines().filter(l -> l.contains("lab-web-mixed.pcap") && l.contains("1.2.3"))
                        .findFirst().orElse("");
            }
            assertTrue(input.contains("48;5;224"), "red background on the input line: " + input);

            // a valid filter: green, then Enter runs it: the table and the count
            keys("C-u");
            type("dns");
            String valid = awaitScreen(s -> s.contains("✔ valid filter · reads dns")
                    && s.contains("lab-web-mixed.pcap> dns"), STEP_SECONDS, "the valid status");
            assertTrue(valid.contains("lab-web-mixed.pcap> dns"), valid);
            keys("Enter");
            String table = awaitScreen(s -> s.contains("28 of 329 frames match (8.51%)"), STEP_SECONDS, "the count");
            assertTrue(table.lines().anyMatch(l -> l.matches(" *No\\. +Time +Source +Destination +Protocol +Length +Info")),
                    table);
            assertTrue(table.contains("Standard query response 0x47cf No such name A wpad.example.test OPT"), table);

            // a longer result is paged: the first page, then the pager's prompt; q stops listing
            type("tcp");
            keys("Enter");
            String paged = awaitScreen(s -> s.contains("-- 36 shown · Space/Enter: next page · a: all · q: stop listing --"),
                    STEP_SECONDS, "the pager");
            assertTrue(paged.contains("[SYN]"), paged);
            type("q");
            String counted = awaitScreen(s -> s.contains("293 of 329 frames match (89.06%)"), STEP_SECONDS,
                    "the count after the pager");
            assertTrue(counted.contains("first page after"), counted);

            // fish-style suggestion from history while typing
            type("d");
            awaitScreen(s -> s.lines().anyMatch(l -> l.startsWith("lab-web-mixed.pcap> dns")), STEP_SECONDS,
                    "the suggestion of a filter typed before");
            keys("C-u");

            // Ctrl-R finds the filter in the history
            keys("C-r");
            type("dn");
            awaitScreen(s -> s.contains("bck-i-search: dn"), STEP_SECONDS, "reverse search");
            keys("C-g");
            keys("C-u");

            type(":quit");
            keys("Enter");
            awaitExit();
            List<String> saved = Files.readAllLines(history, StandardCharsets.UTF_8);
            assertTrue(saved.stream().anyMatch(l -> l.endsWith("dns")), "history: " + saved);
        } finally {
            if (session != null) {
                tmuxQuietly("kill-session", "-t", session);
            }
        }
    }

    private Path launcher(Path history) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path capture = ReplRun.capture("lab-web-mixed.pcap").toAbsolutePath();
        Path script = tmp.resolve("repl.sh");
        String text = "#!/bin/sh\n"
                + "cd " + quote(Path.of("").toAbsolutePath().toString()) + "\n"
                + "export SHARKFIN_HISTORY=" + quote(history.toString()) + "\n"
                + "exec " + quote(java) + " --enable-native-access=ALL-UNNAMED -cp " + quote(cp)
                + " io.sharkfin.cli.Main repl " + quote(capture.toString()) + " 2>" + quote(tmp.resolve("stderr").toString())
                + "\n";
        Files.writeString(script, text);
        script.toFile().setExecutable(true);
        return script;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private void type(String text) throws Exception {
        tmux("send-keys", "-t", session, "-l", text);
    }

    private void keys(String key) throws Exception {
        tmux("send-keys", "-t", session, key);
    }

    private String capture(boolean escapes) throws Exception {
        List<String> args = new ArrayList<>(List.of("capture-pane", "-p", "-t", session));
        if (escapes) {
            args.add("-e");
        }
        return tmux(args.toArray(String[]::new));
    }

    private String awaitScreen(Predicate<String> ready, long seconds, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = capture(false);
            if (ready.test(screen)) {
                return screen;
            }
            Thread.sleep(200);
        }
        fail("no " + what + " after " + seconds + " s; screen:\n" + screen + "\nstderr:\n" + stderr());
        return screen;
    }

    private void awaitExit() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STEP_SECONDS);
        while (System.nanoTime() < deadline) {
            if (tmuxQuietly("has-session", "-t", session) != 0) {
                session = null;
                return;
            }
            Thread.sleep(200);
        }
        fail("the REPL did not exit after :quit; screen:\n" + capture(false));
    }

    private String stderr() {
        try {
            return Files.readString(tmp.resolve("stderr"));
        } catch (IOException e) {
            return "(none)";
        }
    }

    private static boolean tmuxInstalled() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String tmux(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add("tmux");
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    private static int tmuxQuietly(String... args) {
        try {
            List<String> cmd = new ArrayList<>();
            cmd.add("tmux");
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
