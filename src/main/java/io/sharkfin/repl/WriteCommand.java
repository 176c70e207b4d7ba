package io.sharkfin.repl;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.capture.PcapngWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

/**
 * {@code :write FILE}: the frames the last filter selected (every frame before any filter) to a
 * pcapng file, copied from the capture as they are (comments and time stamps kept).
 */
final class WriteCommand implements Command {

    @Override
    public String name() {
        return "write";
    }

    @Override
    public String args() {
        return "FILE";
    }

    @Override
    public String summary() {
        return "write the current matches to a pcapng file";
    }

    @Override
    public Arg arg() {
        return Arg.FILE;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example(":write matches.pcapng", "save the frames the last filter matched"));
    }

    @Override
    public void run(String args, Shell shell) throws ReplError {
        if (args.isEmpty()) {
            throw ReplError.usage("usage: :write FILE");
        }
        LoadedCapture c = shell.workspace().require();
        ScanResult r = shell.lastResult();
        if (!r.complete()) {
            throw new ReplError("the last filter run was stopped before the end; run it again to write its frames", 2);
        }
        Path out = Path.of(Paths.expandHome(args));
        long written = write(c, r.matches(), out);
        shell.printSummary("wrote " + written + (written == 1 ? " frame" : " frames") + " to " + out);
    }

    private static long write(LoadedCapture c, BitSet matches, Path out) throws ReplError {
        try (CaptureReader reader = c.openReader(); PcapngWriter writer = PcapngWriter.create(out)) {
            Frame f = new Frame();
            while (reader.next(f)) {
                long n = f.number();
                if (n <= Integer.MAX_VALUE && matches.get((int) n)) {
                    writer.write(f);
                }
            }
            return writer.framesWritten();
        } catch (CaptureException e) {
            throw ReplError.of(e);
        } catch (IOException e) {
            throw new ReplError(e.getMessage(), 2);
        }
    }
}
