package io.sharkfin.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a user without libpcap, or without the right to capture, is told. Each case runs
 * {@link LiveProbe} in a separate JVM: one where pcap4j is pointed at a library that does not
 * exist, one (only when the tests run as root and setpriv exists) as user "nobody".
 */
class NativeFailureTest {
    @TempDir
    Path tmp;

    @Test
    void missingLibpcapSaysHowToInstallIt() throws Exception {
        List<String> out = probe(List.of(), List.of("-Dorg.pcap4j.core.pcapLibName=sharkfin-no-such-pcap"),
                System.getProperty("java.class.path"));
        for (String line : out) {
            assertTrue(line.contains("need libpcap, which could not be loaded")
                    && line.contains("apt-get install libpcap0.8"), line);
        }
        assertEquals(2, out.size(), out.toString());
    }

    @Test
    void missingPermissionIsExplained() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "needs root and setpriv to try as another user");
        assumeTrue(libpcapLoads(), "needs libpcap");
        String classpath = readableCopy(System.getProperty("java.class.path"));
        Path writable = Files.createDirectory(tmp.resolve("tmp"));
        Files.setPosixFilePermissions(writable, PosixFilePermissions.fromString("rwxrwxrwx"));
        List<String> out = probe(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"),
                List.of("-Djava.io.tmpdir=" + writable), classpath);
        assertTrue(out.get(0).startsWith("open: You do not have permission to capture on device \"lo\".|("),
                out.toString());
        assertTrue(out.get(0).contains("Please check to make sure you have sufficient permissions."), out.get(0));
        // compiling a filter needs no privilege
        assertEquals("bpf: ok udp port 53", out.get(1));
    }

    private static boolean libpcapLoads() {
        try {
            Bpf.compile("ip", LinkType.ETHERNET, 128).close();
            return true;
        } catch (CaptureException e) {
            return false;
        }
    }

    private List<String> probe(List<String> prefix, List<String> jvmOptions, String classpath)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, LiveProbe.class.getName(), "lo"));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out.lines().filter(l -> l.startsWith("open:") || l.startsWith("bpf:")).toList();
    }

    /** The class path copied where another user can read it (the Maven repository is under /root). */
    private String readableCopy(String classpath) throws IOException {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> entries = new ArrayList<>();
        int i = 0;
        for (String entry : classpath.split(File.pathSeparator)) {
            Path source = Path.of(entry);
            if (!Files.exists(source)) {
                continue;
            }
            Path target = tmp.resolve("cp" + i++ + (Files.isDirectory(source) ? "" : ".jar"));
            copy(source, target);
            entries.add(target.toString());
        }
        try (Stream<Path> all = Files.walk(tmp)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x"
                        : "rw-r--r--"));
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void copy(Path source, Path target) throws IOException {
        if (!Files.isDirectory(source)) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (Stream<Path> all = Files.walk(source)) {
            for (Path p : all.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
