package io.sharkfin.repl.edit;

import io.sharkfin.cli.output.SummaryColumns;
import io.sharkfin.filter.Filter;
import io.sharkfin.repl.FilterScan;
import io.sharkfin.repl.LiveValidator;
import io.sharkfin.repl.LoadedCapture;
import io.sharkfin.repl.ScanResult;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The REPL's two speed promises, measured outside JUnit (run by {@code bench/repl-bench.sh}):
 *
 * <ol>
 * <li>Keystrokes: every prefix of some filters is highlighted as if typed one character at a
 *     time — a full compilation ({@link LiveValidator}, no cache hits), token colouring and the
 *     status lines drawn on an xterm-256color terminal writing to nowhere. Reports the
 *     distribution per keystroke after a warm-up.</li>
 * <li>First page: a filter run over a capture with the REPL's scan ({@link FilterScan}) until a
 *     page of rows is ready (or the capture ends), first in a cold JVM, then warm; the total
 *     scan time (listing stopped after the page) is reported beside it.</li>
 * </ol>
 *
 * <pre>java -cp ... io.sharkfin.repl.edit.ReplBench CAPTURE [PAGE_ROWS]</pre>
 * (CAPTURE {@code -}: keystrokes only)
 */
public final class ReplBench {

    private static final String[] TYPED = {
        "ip.addr == 10.0.0.5 && tcp.port in {80, 443}",
        "dns.flags.rcode == 3 && dns.qry.name contains \"example\"",
        "http.request.method == \"POST\" && http.host matches \"\\\\.example\\\\.(com|org)$\"",
        "tcp.flags.syn == 1 && !tcp.flags.ack && frame.len > 100",
        "tls.handshake.extensions_server_name matches \"\\\\.top$\" || udp.port == 53",
        "eth.src[0:3] == 00:1b:21 and ip.ttl < 5 and not icmp"};

    private static final String[] RUN = {
        "tcp.port == 443", "dns", "tcp", "udp", "dns.flags.rcode == 3",
        "ip.addr == 127.0.0.10 && tcp.port == 443", "dns.qry.name contains \"nope\""};

    private ReplBench() {
    }

    public static void main(String[] args) throws Exception {
        Path capture = Path.of(args.length > 0 ? args[0] : "/work/benchdata/big.pcap");
        int page = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        keystrokes();
        if (!capture.toString().equals("-")) {
            firstPages(capture, page);
        }
    }

    private static void keystrokes() throws Exception {
        try (Terminal t = TerminalBuilder.builder().system(false).jni(false).type("xterm-256color")
                .streams(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream())
                .size(new Size(120, 40)).build()) {
            StatusBar status = new StatusBar(t);
            for (int round = 0; round < 30; round++) {
                typeAll(t, status, null);
            }
            Samples s = new Samples();
            for (int round = 0; round < 20; round++) {
                typeAll(t, status, s);
            }
            System.out.println("# keystrokes: highlight = compile + colour + status, every prefix of "
                    + TYPED.length + " filters, 20 rounds after 30 warm-up rounds");
            System.out.println("# wall = elapsed time; cpu = the thread's CPU time (wall minus waiting for a core)");
            System.out.println("| what | keystrokes | mean ms | p50 ms | p95 ms | p99 ms | max ms |");
            System.out.println("|---|---|---|---|---|---|---|");
            System.out.println(row("highlight, wall", s.wall));
            System.out.println(row("highlight, cpu", s.cpu));
            System.out.println(row("highlight of a valid prefix, cpu", s.validCpu));
            System.out.println(row("compile only, wall", s.compile));
        }
    }

    /** Measurements per keystroke. */
    private static final class Samples {
        final List<Long> wall = new ArrayList<>();
        final List<Long> cpu = new ArrayList<>();
        final List<Long> validCpu = new ArrayList<>();
        final List<Long> compile = new ArrayList<>();
    }

    private static void typeAll(Terminal t, StatusBar status, Samples samples) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        LiveValidator validator = new LiveValidator();
        FilterHighlighter h = new FilterHighlighter(validator, Palette.rich(), status);
        LiveValidator plain = new LiveValidator();
        for (String f : TYPED) {
            for (int i = 1; i <= f.length(); i++) {
                String text = f.substring(0, i);
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                h.highlight(null, text);
                long t1 = System.nanoTime();
                long c1 = mx.getCurrentThreadCpuTime();
                if (samples != null) {
                    samples.wall.add(t1 - t0);
                    samples.cpu.add(c1 - c0);
                    LiveValidator.Verdict v = plain.compile(text);
                    samples.compile.add(v.nanos());
                    if (v.state() != LiveValidator.State.INVALID) {
                        samples.validCpu.add(c1 - c0);
                    }
                }
            }
        }
    }

    private static String row(String what, List<Long> nanos) {
        long[] v = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        double mean = Arrays.stream(v).average().orElse(0) / 1e6;
        return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f |", what, v.length, mean,
                pct(v, 50), pct(v, 95), pct(v, 99), v[v.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    private static void firstPages(Path capture, int page) throws Exception {
        try (LoadedCapture c = LoadedCapture.open(capture)) {
            System.out.println();
            System.out.println("# first page of " + page + " rows over " + capture + " (listing stops after the page;"
                    + " the scan then only counts)");
            System.out.println("| filter | run | first page s | rows | total s | frames | matches |");
            System.out.println("|---|---|---|---|---|---|---|");
            // cold: the first filter of a fresh JVM
            measure(c, RUN[0], page, "cold");
            for (String f : RUN) {
                measure(c, f, page, "warm");
            }
        }
    }

    private static void measure(LoadedCapture c, String text, int page, String label) throws Exception {
        Filter f = Filter.compile(text);
        long start = System.nanoTime();
        long[] firstPage = {-1};
        int[] rows = {0};
        FilterScan scan = new FilterScan(c, f);
        ScanResult r = scan.run((SummaryColumns.Row row) -> {
            rows[0]++;
            if (rows[0] == page) {
                firstPage[0] = System.nanoTime() - start;
                return false;
            }
            return true;
        });
        long total = System.nanoTime() - start;
        long fp = firstPage[0] >= 0 ? firstPage[0] : total;
        System.out.printf(Locale.ROOT, "| `%s` | %s | %.3f | %d | %.3f | %d | %d |%n", text, label, fp / 1e9,
                rows[0], total / 1e9, r.frames(), r.matched());
    }
}
