package io.sharkfin.capture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Files written by {@link PcapngWriter} and {@link PcapWriter} are read by tshark and capinfos:
 * same frame count, and tshark's frame.time_epoch, frame.len and frame.comment equal the frames
 * written. Skipped when tshark or capinfos is not on the PATH.
 */
class WrittenFilesReadByTsharkTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void needsTsharkAndCapinfos() {
        assumeTrue(onPath("tshark") && onPath("capinfos"), "tshark and capinfos are not on the PATH");
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    @ParameterizedTest
    @CsvSource({
            "corpus, ppp-pcapng-example.pcapng, pcapng",
            "corpus, lab-web-mixed.pcap, pcapng",
            "synthetic, multi-if.pcapng, pcapng",
            "synthetic, multi-section.pcapng, pcapng",
            "synthetic, tsresol-binary-offset.pcapng, pcapng",
            "corpus, ppp-sll.pcap, pcap",
            "synthetic, le-nsec.pcap, pcap",
            "corpus, cs-http_post.pcapng, pcap",
    })
    void tsharkReadsWhatWeWrite(String folder, String name, String format) throws Exception {
        Path source = (folder.equals("corpus") ? TestFiles.CORPUS : TestFiles.SYNTHETIC).resolve(name);
        List<Frame> frames = TestFiles.readAll(source);
        Path out = tmp.resolve("out." + format);
        try (CaptureWriter w = format.equals("pcap") ? PcapWriter.create(out) : PcapngWriter.create(out)) {
            for (Frame f : frames) {
                w.write(f);
            }
        }
        List<String> rows = run("tshark", "-n", "-r", out.toString(), "-T", "fields", "-E", "occurrence=a",
                "-E", "aggregator=|", "-e", "frame.number", "-e", "frame.time_epoch", "-e", "frame.len",
                "-e", "frame.comment");
        assertEquals(frames.size(), rows.size(), "tshark's frame count");
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            String[] cells = rows.get(i).split("\t", -1);
            String where = name + " frame " + (i + 1);
            assertEquals(String.valueOf(i + 1), cells[0], where);
            if (f.hasTimestamp()) {
                assertEquals(TestFiles.epoch(f), cells[1], where + ": frame.time_epoch");
            }
            assertEquals(Integer.toUnsignedString(f.originalLength()), cells[2], where + ": frame.len");
            if (format.equals("pcapng")) {
                assertEquals(String.join("|", f.comments()), cells[3], where + ": frame.comment");
            }
        }
        List<String> info = run("capinfos", "-c", "-M", out.toString());
        assertTrue(info.stream().anyMatch(l -> l.matches("Number of packets:\\s+" + frames.size())),
                "capinfos counts " + frames.size() + " packets: " + info);
    }

    private static List<String> run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command[0] + " finished");
        assertEquals(0, p.exitValue(), command[0] + " failed: " + err);
        List<String> lines = new ArrayList<>(Arrays.asList(new String(out, StandardCharsets.UTF_8).split("\n")));
        lines.removeIf(String::isEmpty);
        return lines;
    }
}
