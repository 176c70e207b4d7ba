package io.sharkfin.cli;

import io.sharkfin.repl.edit.InteractiveRepl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The training run of the JVM's ahead-of-time cache ({@code -XX:AOTCacheOutput}, JDK 25), made
 * when the jar is built: typical reads (several filters, field and text output, pcap and pcapng)
 * over the shared captures, the other commands' help, {@code check}, {@code iocs} and the REPL
 * (on a dumb terminal), through the same code as the command line, so that the cache holds the
 * classes they load, already linked. {@code bin/sharkfin} then starts in about half the time.
 * The cache is made without the training's method profiles ({@code -XX:-AOTRecordTraining}, see
 * pom.xml): with profiles in the cache the JIT delays profiling the run's own methods, and reads
 * of large captures got slower.
 *
 * <p>It also writes the key {@code bin/sharkfin} compares before using the cache: the jar's size
 * and modification time. The JVM does not notice a rebuilt jar by itself, and a cache made for
 * another build would run that build's classes.
 *
 * <pre>{@code java -XX:AOTCacheOutput=target/sharkfin.aot -cp target/sharkfin.jar \
 *     io.sharkfin.cli.AotTraining target/sharkfin.jar src/test/resources/corpus/captures}</pre>
 */
public final class AotTraining {
    private AotTraining() {
    }

    private static final List<String> CAPTURES = List.of("lab-web-mixed.pcap", "ppp-DnsPackets.pcap",
            "lab-c2-a.pcap", "ja4-tls3.pcapng", "cs-http_post.pcapng", "ppp-four_ipv6_http_streams.pcap");

    private static final List<String> FILTERS = List.of(
            "ip.addr == 127.0.0.10 && tcp.port == 443",
            "dns.flags.rcode == 3",
            "http.user_agent contains \"MSIE\"",
            "tls.handshake.extensions_server_name matches \"\\\\.top$\"",
            "http.request || dns.qry.name contains \"example\"",
            "frame.len > 100 and not arp");

    /**
     * @param args the jar whose key to write, then the folder of the training captures
     */
    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path captures = Path.of(args[1]);
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        for (String capture : CAPTURES) {
            String file = captures.resolve(capture).toString();
            for (String filter : FILTERS) {
                Main.run(new String[]{"-r", file, "-Y", filter, "-T", "fields", "-e", "frame.number"}, sink, sink);
            }
            Main.run(new String[]{"-r", file, "-Y", "tcp or udp", "-c", "300"}, sink, sink);
        }
        // the other commands start through picocli, whose classes only these runs bring in
        Path report = Files.createTempFile("sharkfin-aot", ".json");
        try {
            for (String[] command : List.of(new String[]{"--help"}, new String[]{"-v"},
                    new String[]{"check", "--explain", FILTERS.get(0)}, new String[]{"check", "tcp.port =="},
                    new String[]{"fields", "--help"}, new String[]{"rules", "--help"}, new String[]{"pack", "--help"},
                    new String[]{"iocs", "-r", captures.resolve("lab-c2-a.pcap").toString(), "--format", "json",
                            "-o", report.toString()})) {
                Main.run(command, sink, sink);
            }
        } finally {
            Files.deleteIfExists(report);
        }
        interactiveRepl(captures.resolve("lab-c2-a.pcap"));
        Files.writeString(keyFile(jar), key(jar), StandardCharsets.UTF_8);
    }

    /**
     * The REPL on a dumb terminal, a few lines typed: its line reader (hundreds of widgets, each a
     * lambda), highlighter and completer, which no other training run reaches.
     */
    private static void interactiveRepl(Path capture) throws IOException {
        Path history = Files.createTempFile("sharkfin-aot", ".history");
        try {
            byte[] typed = "dns.flags.rcode == 3\n:stats dns\ntcp.port == 44\t\n:quit\n"
                    .getBytes(StandardCharsets.UTF_8);
            Terminal terminal = TerminalBuilder.builder().system(false).jni(false).dumb(true).type("dumb")
                    .streams(new ByteArrayInputStream(typed), OutputStream.nullOutputStream()).build();
            InteractiveRepl.run(terminal, List.of(capture), history.toString());
        } finally {
            Files.deleteIfExists(history);
        }
    }

    /** Where the key of {@code jar}'s cache is kept: next to it. */
    static Path keyFile(Path jar) {
        return jar.resolveSibling("sharkfin.aot.key");
    }

    /**
     * The jar's size in bytes and modification time in whole seconds since the epoch, as
     * {@code bin/sharkfin} reads them ({@code stat -c '%s %Y'}, BSD's {@code stat -f '%z %m'}).
     */
    static String key(Path jar) throws IOException {
        return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toInstant().getEpochSecond() + "\n";
    }
}
