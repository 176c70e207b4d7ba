package io.sharkfin.cli;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.CaptureWriter;
import io.sharkfin.capture.Frame;
import io.sharkfin.capture.LinkType;
import io.sharkfin.capture.LiveCapture;
import io.sharkfin.capture.LiveInterface;
import io.sharkfin.capture.PcapWriter;
import io.sharkfin.capture.PcapngWriter;
import io.sharkfin.cli.output.FrameOutput;
import io.sharkfin.cli.output.Outputs;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.Sieve;
import io.sharkfin.export.ObjectExport;
import io.sharkfin.stats.Statistic;
import io.sharkfin.filter.CompileOptions;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.parse.MacroTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The default command: read frames from a file or an interface, keep those that pass the
 * display filter, print them (or their fields) and/or write them to a capture file. The flags
 * are tshark's.
 */
@Command(name = "sharkfin", versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "A Wireshark-compatible display-filter engine: reads pcap/pcapng files or a live",
            "interface and keeps the frames a display filter selects, as `tshark -Y` does.",
            "",
            "Examples:",
            "  sharkfin -r capture.pcapng -Y 'ip.addr == 10.0.0.5 && tcp.port in {80, 443}'",
            "  sharkfin -r capture.pcapng -Y 'dns.flags.rcode == 3' -T fields -e frame.number -e dns.qry.name",
            "  sharkfin -r capture.pcapng -Y 'http.request' -w requests.pcapng",
            "  sharkfin -r capture.pcapng -q --export-objects http,objects   save HTTP bodies as files",
            "  sharkfin -r capture.pcapng -q -z conv,tcp -z follow,tcp,ascii,3   conversations, a stream's text",
            "  sharkfin -i eth0 -f 'tcp port 443' -Y 'tls.handshake.type == 1' -a duration:60",
            "  sharkfin fields dns.        list the fields a filter can use",
            "  sharkfin check --explain 'tcp.port == 443'",
            "  sharkfin repl capture.pcapng  interactive shell (also: sharkfin with no arguments)",
            ""},
        footer = {"", "Filters follow Wireshark 4.0's display-filter language; see `man 4 wireshark-filter`."})
public final class ReadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "-r", paramLabel = "FILE", description = "Read frames from a pcap or pcapng file (optionally gzip-compressed); '-' reads standard input.")
    Path readFile;

    @Option(names = "-i", paramLabel = "IFACE", description = "Capture live from an interface (needs libpcap and capture permission).")
    String interfaceName;

    @Option(names = "-D", description = "List the interfaces live capture can use, then exit.")
    boolean listInterfaces;

    @Option(names = {"-Y", "--display-filter"}, paramLabel = "FILTER", description = "Display filter: only frames it selects are printed and written.")
    String displayFilter;

    @Option(names = "-f", paramLabel = "BPF", description = "Capture filter (libpcap syntax) for live capture.")
    String captureFilter;

    @Option(names = "-c", paramLabel = "N", description = "Stop after reading N frames (before filtering, as tshark).")
    Long count;

    @Option(names = "-a", paramLabel = "duration:S", description = "Stop live capture after S seconds (duration:S).")
    String autostop;

    @Option(names = "-s", paramLabel = "SNAPLEN", description = "Snapshot length for live capture (default ${DEFAULT-VALUE}).", defaultValue = "262144")
    int snaplen = 262144;

    @Option(names = "-p", description = "Do not put the interface in promiscuous mode.")
    boolean noPromiscuous;

    @Option(names = "-T", paramLabel = "FORMAT", description = "Output format: text (one summary line per frame), fields (the -e fields), json, ek. Default: text.")
    String format;

    @Option(names = "-V", description = "Print each selected frame's protocol tree (packet details) instead of its summary line, as tshark -V; with -T text only.")
    boolean details;

    @Option(names = "-x", description = "Print each selected frame's bytes in hex and ASCII, as tshark -x: the frame's, and under their names the bytes dissection reassembled, decrypted or decompressed (Reassembled TCP, Decrypted QUIC, ...). Instead of the summary line, or after the tree with -V; with -T text only.")
    boolean hex;

    @Option(names = "-e", paramLabel = "FIELD", description = "A field to print with -T fields/json/ek (repeatable).")
    List<String> fields = new ArrayList<>();

    @Option(names = "-E", paramLabel = "OPT=VALUE", description = "Field output options as tshark: header=y|n, separator=/t|/s|C, occurrence=f|l|a, aggregator=,|/s|C, quote=d|s|n.")
    List<String> fieldOptions = new ArrayList<>();

    @Option(names = "-w", paramLabel = "OUT", description = "Write the selected frames to a capture file ('-' for standard output).")
    Path writeFile;

    @Option(names = "-F", paramLabel = "FORMAT", description = "Format of the -w file: pcapng (default), pcap (time stamps cut to microseconds, as tshark) or nsecpcap (nanoseconds).", defaultValue = "pcapng")
    String writeFormat = "pcapng";

    @Option(names = "-q", description = "Quiet: no summary lines; a count of selected frames goes to stderr. As in tshark, -V, -x, -P and -T still print.")
    boolean quiet;

    @Option(names = "-P", description = "Print the summary line even with -w (which alone prints no frames), -q, -V or -x (before the tree and the bytes), as tshark -P.")
    boolean printWhileWriting;

    @Option(names = "-l", description = "Flush the output after each selected frame, as tshark -l: for a capture still being written into a pipe (tcpdump -U -w - | sharkfin -r - -l ...). Live capture (-i) always does.")
    boolean flushEachFrame;

    @Option(names = "-n", description = "Disable name resolution (always off in sharkfin; accepted for tshark compatibility).")
    boolean noResolve;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    // tshark's letters: -v is the version, -V the packet details
    @Option(names = {"-v", "--version"}, versionHelp = true, description = "Print version information and exit.")
    boolean version;

    @Option(names = "--macros", paramLabel = "FILE", description = "Display-filter macros file in Wireshark's dfilter_macros format.")
    Path macrosFile;

    @Option(names = "--export-objects", paramLabel = "TYPE,DIR", description = "Save the objects of every frame read "
            + "(whatever -Y selects) as files in DIR, named as tshark --export-objects names them (DIR is made if "
            + "missing); repeatable, one per type. http: every HTTP message's body, request or response; imf: every "
            + "mail message, as SUBJECT.eml; ftp-data: the files FTP's RETR and STOR moved; smb: the files SMB2 "
            + "READs and WRITEs moved, named \\NAME with its backslash made safe as tshark makes it. "
            + "tshark's other types (dicom, tftp) are not there.")
    List<String> exportObjects = new ArrayList<>();

    @Option(names = "-z", paramLabel = "STATISTIC", description = "Print a statistic over every frame read "
            + "(whatever -Y selects) after the frames, as tshark -z prints it: conv,TYPE[,FILTER] (conversations), "
            + "endpoints,TYPE[,FILTER] with TYPE eth, ip, ipv6, tcp or udp (the FILTER restricts the frames "
            + "counted), follow,tcp|udp,ascii|hex|raw|yaml,STREAM[,N[-M]] (a stream's payload; STREAM is a "
            + "tcp.stream or udp.stream index or ADDR:PORT,ADDR:PORT; N-M picks chunks), "
            + "io,stat,INTERVAL[,COLUMN]... (frames and bytes, or COUNT|SUM|MIN|MAX|AVG|LOAD(FIELD)[FILTER], per "
            + "INTERVAL seconds; 0: the whole capture), io,phs[,FILTER] (the protocol hierarchy), "
            + "expert[,error|warn|note|chat|comment][,FILTER] (expert findings by severity), credentials "
            + "(user names sent in clear: HTTP Authorization, FTP USER/PASS, SMTP AUTH LOGIN, POP3 USER/PASS, IMAP LOGIN), or "
            + "http|http_req|http_srv|dns|plen|ip_hosts|ip_srcdst|ptype|dests (and ipv6_ twins),tree[,FILTER] "
            + "(a stats tree). Repeatable; add -q to "
            + "print only the statistics.")
    List<String> statisticArgs = new ArrayList<>();

    private final List<ObjectExport> exports = new ArrayList<>();
    private final List<Statistic> statistics = new ArrayList<>();
    private long statisticFailures;
    private RuntimeException lastStatisticFailure;
    private long exportFailures;
    private RuntimeException lastExportFailure;

    /** Where output and messages go when the command runs without picocli ({@link #runQuick}). */
    private PrintWriter quickOut;
    private PrintWriter quickErr;

    /**
     * Runs a plain read without picocli (see {@link QuickReadArguments}); null when the arguments
     * are not one, for picocli to handle.
     */
    static Integer runQuick(String[] args, PrintWriter out, PrintWriter err) {
        ReadCommand c = new ReadCommand();
        if (!QuickReadArguments.parse(args, c)) {
            return null;
        }
        if (c.readFile != null) {
            StartUp.forReading(c.readFile);
        }
        c.quickOut = out;
        c.quickErr = err;
        return Main.callQuick(c, err);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = quickOut != null ? quickOut : spec.commandLine().getOut();
        PrintWriter err = quickErr != null ? quickErr : spec.commandLine().getErr();
        if (listInterfaces) {
            return listInterfaces(out, err);
        }
        if (!fields.isEmpty() && (format == null || format.equals("text"))) {
            // tshark's words (less its -Tpdml, which sharkfin lacks) and status: the fields
            // would print nowhere
            err.println("sharkfin: Output fields were specified with \"-e\", but \"-Tek, -Tfields or -Tjson\""
                    + " was not specified.");
            return 1;
        }
        if ((readFile == null) == (interfaceName == null)) {
            if (readFile == null && displayFilter == null && fields.isEmpty()) {
                spec.commandLine().usage(out);
                return 0;
            }
            err.println("sharkfin: give exactly one of -r FILE and -i IFACE");
            return 1;
        }
        if (count != null && count <= 0) {
            // tshark's words and status
            err.println("sharkfin: The specified packet count " + (count == 0 ? "is zero"
                    : "\"" + count + "\" is a negative number"));
            return 1;
        }
        Filter filter;
        try {
            filter = compileFilter();
        } catch (FilterException e) {
            err.println("sharkfin: " + e.render());
            return 2;
        } catch (MacroTable.MacroTableException e) {
            err.println("sharkfin: " + macrosFile + ": " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            err.println("sharkfin: --macros: cannot read \"" + macrosFile + "\": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "No such file or directory" : e.getMessage()));
            return 2;
        }
        // tshark says nothing of a field it knows but never fills, and a run then matches
        // nothing without a word: say why, as `check` does
        for (String w : filter.warnings()) {
            err.println("sharkfin: warning: " + w);
        }
        FieldRegistry registry = FieldRegistry.standard();
        FrameOutput output;
        try {
            output = output(registry, out);
        } catch (IllegalArgumentException e) {
            err.println("sharkfin: " + e.getMessage());
            return 1;
        }
        BitSet shown = output.needsAllFields() ? null : output.fields(registry);
        BitSet needed = filter.fields();
        if (shown != null) {
            needed.or(shown);
        }
        for (String spec : exportObjects) {
            try {
                ObjectExport export = openExport(spec, registry);
                exports.add(export);
                needed.or(export.fields());
            } catch (IllegalArgumentException | java.io.IOException e) {
                err.println("sharkfin: --export-objects: " + e.getMessage());
                return 1;
            }
        }
        for (String arg : statisticArgs) {
            try {
                Statistic statistic = Statistic.of(arg, registry);
                statistics.add(statistic);
                needed.or(statistic.fields());
            } catch (IllegalArgumentException e) {
                err.println("sharkfin: -z: " + e.getMessage());
                return 1;
            } catch (FilterException e) {
                err.println("sharkfin: -z " + arg + ": " + e.render());
                return 2;
            }
        }
        // tshark primes each dissection with the fields every filter names (-Y and the -z taps')
        BitSet primed = filter.fields();
        for (Statistic statistic : statistics) {
            primed.or(statistic.filterFields());
        }
        // tshark's tree is "visible" (every item added) where the output prints from it
        boolean drawnTree = details || format != null && !format.equals("text");
        for (Statistic statistic : statistics) {
            statistic.primed(primed, drawnTree);
        }
        // tshark builds a tree for every frame under a display filter or a filtered tap (tshark.c,
        // create_proto_tree), and some dissectors read more with one
        Session session = shown == null || statistics.stream().anyMatch(Statistic::needsAllFields) ? Session.full()
                : Session.needing(needed, !filter.matchesAll() || statistics.stream().anyMatch(Statistic::needsTree));
        try (CaptureReader reader = openInput(err)) {
            if (reader == null) {
                return 2;
            }
            return run(reader, session, filter, output, shown, out, err);
        } catch (CaptureException e) {
            err.println("sharkfin: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            err.println("sharkfin: --export-objects could not write a file: " + e.getMessage());
            return 2;
        }
    }

    /**
     * Gives a dissected frame to each export. A failure on a frame's data (a bug) is contained
     * like a dissector's: counted, reported at the end, the run goes on; one writing a file
     * (IOException) ends the run.
     */
    private void exportObjects(Packet p) throws java.io.IOException {
        for (ObjectExport export : exports) {
            try {
                export.accept(p);
            } catch (RuntimeException e) {
                exportFailures++;
                lastExportFailure = e;
            }
        }
    }

    /** Gives a dissected frame to each statistic; a failure (a bug) is contained as an export's. */
    private void countStatistics(Packet p) {
        for (Statistic statistic : statistics) {
            try {
                statistic.accept(p);
            } catch (RuntimeException e) {
                statisticFailures++;
                lastStatisticFailure = e;
            }
        }
    }

    /** The export {@code --export-objects TYPE,DIR} asks for; one per type, as in tshark. */
    private ObjectExport openExport(String spec, FieldRegistry registry) throws java.io.IOException {
        int comma = spec.indexOf(',');
        String type = comma < 0 ? spec : spec.substring(0, comma);
        if (comma < 0 || comma == spec.length() - 1) {
            throw new IllegalArgumentException("give the directory after the type: --export-objects " + type + ",DIR");
        }
        if (exports.stream().anyMatch(e -> e.type().equals(type))) {
            throw new IllegalArgumentException("type '" + type + "' given twice");
        }
        return ObjectExport.of(type, Path.of(spec.substring(comma + 1)), registry);
    }

    /**
     * What is printed for each selected frame, as tshark decides it: a summary line unless
     * {@code -q} or {@code -w}; {@code -V}, {@code -x}, {@code -P} and {@code -T} ask for output
     * and print even then; {@code -V} and {@code -x} replace the summary line, which {@code -P}
     * puts back before them.
     */
    private FrameOutput output(FieldRegistry registry, PrintWriter out) {
        boolean asked = details || hex || printWhileWriting || format != null;
        if (!asked && (quiet || writeFile != null)) {
            return Outputs.none();
        }
        if (writeFile != null && writeFile.toString().equals("-")) {
            if (asked) {
                throw new IllegalArgumentException("-w - writes the capture to standard output, "
                        + "where -V, -x, -P and -T cannot print frames too");
            }
            return Outputs.none();
        }
        String fmt = format == null ? "text" : format;
        if (fmt.equals("text")) {
            return Outputs.text(printWhileWriting || !(details || hex), details, hex, out);
        }
        if (hex) {
            throw new IllegalArgumentException("-x prints frames' bytes as text: use it without -T "
                    + fmt + " (tshark's -T json and ek add raw hex values to every field instead)");
        }
        return Outputs.create(fmt, fields, fieldOptions, registry, out);
    }

    private Filter compileFilter() throws FilterException, java.io.IOException, MacroTable.MacroTableException {
        if (displayFilter == null || displayFilter.isBlank()) {
            return Filter.matchAll();
        }
        CompileOptions options = CompileOptions.defaults();
        if (macrosFile != null) {
            options = options.withMacros(MacroTable.load(macrosFile));
        }
        return Filter.compile(displayFilter, options);
    }

    private CaptureReader openInput(PrintWriter err) throws CaptureException {
        if (readFile != null) {
            if (!CaptureFiles.isStandardInput(readFile) && !Files.exists(readFile)) {
                err.println("sharkfin: The file \"" + readFile + "\" doesn't exist.");
                return null;
            }
            // one pass in order: a thread reads ahead on the other core, memory stays bounded;
            // standard input and pipes as they come
            return CaptureFiles.stream(readFile);
        }
        LiveCapture.Options o = LiveCapture.Options.of(interfaceName).withSnaplen(snaplen)
                .withPromiscuous(!noPromiscuous).withFilter(captureFilter);
        if (count != null) {
            o = o.withFrameLimit(count);
        }
        Duration d = autostopDuration();
        if (d != null) {
            o = o.withDuration(d);
        }
        LiveCapture live = LiveCapture.open(o);
        // a signal other than Ctrl-C's (kill) still ends the capture cleanly
        Runtime.getRuntime().addShutdownHook(new Thread(live::stop, "sharkfin-stop"));
        err.println("Capturing on '" + interfaceName + "'");
        return live;
    }

    private Duration autostopDuration() {
        if (autostop == null) {
            return null;
        }
        if (!autostop.startsWith("duration:")) {
            throw new IllegalArgumentException("-a supports duration:SECONDS, not " + autostop);
        }
        double seconds = Double.parseDouble(autostop.substring("duration:".length()));
        return Duration.ofMillis((long) (seconds * 1000));
    }

    /**
     * The frame loop. {@code shown} is what the output reads from a selected packet (null:
     * everything): a frame the filter's sieve passes from its headers is dissected only when
     * that is more than the capture record gives.
     */
    private int run(CaptureReader reader, Session session, Filter filter, FrameOutput output,
                    BitSet shown, PrintWriter out, PrintWriter err) throws CaptureException, java.io.IOException {
        Frame frame = new Frame();
        CaptureWriter writer = openWriter(reader, err);
        if (writeFile != null && writer == null) {
            return 2;
        }
        long read = 0;
        long selected = 0;
        CaptureException damage = null;
        boolean matchAll = filter.matchesAll();
        // frames the filter rejects from their headers alone are not dissected, unless objects
        // are exported or statistics counted: they come from every frame
        Sieve sieve = matchAll || output.followsSkipped() || !exports.isEmpty() || !statistics.isEmpty()
                ? null : filter.sieve();
        // a frame the sieve passes from its bytes is printed from its record, undissected
        boolean printsFromRecord = sieve != null && shown != null && output.printsFromRecord();
        Progress progress = readFile == null ? null
                : Progress.start(err, Progress.totalBytes(readFile), !quiet, reader);
        Interruption ctrlC = Interruption.install(reader);
        output.begin();
        try {
            while ((count == null || read < count) && !ctrlC.requested()) {
                try {
                    if (!reader.next(frame)) {
                        break;
                    }
                } catch (CaptureException e) {
                    // a record that Ctrl-C cut in two is not damage
                    damage = ctrlC.requested() ? null : e;
                    break;
                }
                read++;
                if (progress != null) {
                    progress.frame();
                }
                Packet p;
                if (printsFromRecord) {
                    Session.Selection selection = session.selectPrinting(frame, sieve, shown);
                    if (selection == Session.Selection.PASSED_ON_RECORD) {
                        selected++;
                        session.displayed(frame);
                        output.frame(frame, session);
                        shown(frame, writer, output, out);
                        continue;
                    }
                    p = selection == Session.Selection.DISSECTED ? session.packet() : null;
                } else {
                    p = session.select(frame, sieve, shown);
                }
                if (p == null) {
                    continue;
                }
                exportObjects(p);
                countStatistics(p);
                if (matchAll || filter.test(p)) {
                    selected++;
                    session.displayed(p);
                    output.frame(p);
                    shown(frame, writer, output, out);
                } else {
                    output.skipped(p);
                }
            }
        } finally {
            ctrlC.uninstall();
            if (progress != null) {
                progress.end();
            }
            output.end();
            // as tshark, the last -z given is printed first
            for (int i = statistics.size() - 1; i >= 0; i--) {
                statistics.get(i).print(out);
            }
            out.flush();
            if (writer != null) {
                writer.close();
            }
        }
        for (ObjectExport export : exports) {
            err.println("sharkfin: " + export.written() + " " + export.type() + " object"
                    + (export.written() == 1 ? "" : "s") + " saved");
        }
        if (exportFailures > 0) {
            err.println("sharkfin: the objects of " + exportFailures + " frame(s) could not be exported; last error: "
                    + lastExportFailure);
        }
        if (statisticFailures > 0) {
            err.println("sharkfin: " + statisticFailures + " frame(s) could not be counted in the -z statistics; last error: "
                    + lastStatisticFailure);
        }
        if (quiet && writeFile == null && output == Outputs.none()) {
            err.println(selected + " of " + read + " frames selected");
        }
        if (session.dissectorFailures() > 0) {
            // a dissector bug: the frames were marked malformed and the run went on
            err.println("sharkfin: " + session.dissectorFailures() + " frame(s) could not be dissected"
                    + " completely and are marked malformed; last error: " + session.lastDissectorFailure());
        }
        for (int linkType : session.undissectedLinkTypes()) {
            err.println("sharkfin: warning: sharkfin has no dissector for " + LinkType.describe(linkType)
                    + ": its frames hold their frame fields only");
        }
        if (damage != null) {
            err.println("sharkfin: " + damage.getMessage());
            return 2;
        }
        if (ctrlC.requested() && readFile != null) {
            // a live capture ends so; a read of a capture is cut short
            err.println("sharkfin: " + io.sharkfin.capture.ReadObserver.stoppedAfter(read)
                    + "; what was selected until then is printed" + (writeFile != null ? " and written" : ""));
            return Interruption.EXIT_STATUS;
        }
        return 0;
    }

    /** After a selected frame is printed: it is written with -w, and shown at once live or with -l. */
    private void shown(Frame frame, CaptureWriter writer, FrameOutput output, PrintWriter out)
            throws CaptureException {
        if (writer != null) {
            writer.write(frame);
        }
        if (readFile == null || flushEachFrame) {
            // live, or asked: each frame shows as it comes (tshark -l)
            output.flush();
            out.flush();
        }
    }

    private CaptureWriter openWriter(CaptureReader reader, PrintWriter err) throws CaptureException {
        if (writeFile == null) {
            return null;
        }
        boolean stdout = writeFile.toString().equals("-");
        if (!stdout && readsFile(writeFile)) {
            // tshark truncates it and then reads what is left (a damaged file, the capture lost)
            err.println("sharkfin: -w " + writeFile + " is the capture being read: writing it would destroy it;"
                    + " write to another file");
            return null;
        }
        // as tshark, a pcap keeps the snapshot length of a capture that has one (0: none)
        int snaplen = reader.snapshotLength();
        return switch (writeFormat) {
            case "pcapng" -> stdout ? PcapngWriter.to(System.out, "standard output") : PcapngWriter.create(writeFile);
            case "pcap", "nsecpcap" -> {
                boolean nanosecond = writeFormat.equals("nsecpcap");
                yield stdout ? PcapWriter.to(System.out, "standard output", nanosecond, snaplen)
                        : PcapWriter.create(writeFile, nanosecond, snaplen);
            }
            default -> {
                err.println("sharkfin: -F supports pcapng, pcap (microsecond time stamps) and nsecpcap"
                        + " (nanosecond), not " + writeFormat);
                yield null;
            }
        };
    }

    /** Whether {@code file} is the capture -r reads (the same file under any name). */
    private boolean readsFile(Path file) {
        try {
            return readFile != null && !CaptureFiles.isStandardInput(readFile) && Files.exists(file)
                    && Files.isSameFile(readFile, file);
        } catch (java.io.IOException e) {
            return false; // writing it reports the problem
        }
    }

    private int listInterfaces(PrintWriter out, PrintWriter err) {
        try {
            int i = 1;
            for (LiveInterface li : LiveCapture.interfaces()) {
                out.println(i++ + ". " + li.name() + (li.description() == null || li.description().isEmpty()
                        ? "" : " (" + li.description() + ")"));
            }
            return 0;
        } catch (CaptureException e) {
            err.println("sharkfin: " + e.getMessage());
            return 2;
        }
    }
}
