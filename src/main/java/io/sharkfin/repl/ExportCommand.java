package io.sharkfin.repl;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.dissect.Session;
import io.sharkfin.export.ObjectExport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code :export TYPE DIR}: the capture's objects saved as files, as {@code sharkfin -r FILE
 * --export-objects TYPE,DIR} (and tshark) saves them: HTTP bodies, mail messages, FTP or SMB files,
 * from every frame, whatever the last filter selected.
 */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String args() {
        return "TYPE DIR";
    }

    @Override
    public String summary() {
        return "save the capture's objects as files (http bodies, imf mail, ftp-data files)";
    }

    @Override
    public Arg arg() {
        return Arg.NONE;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example(":export http objects", "every HTTP body, request or response, as a file in objects/"),
                new Example(":export imf mail", "every mail message as mail/SUBJECT.eml"));
    }

    @Override
    public void run(String args, Shell shell) throws ReplError {
        String[] parts = args.split("\\s+", 2);
        if (parts.length < 2 || parts[1].isBlank()) {
            throw ReplError.usage("usage: :export TYPE DIR (TYPE: " + ObjectExport.TYPES + ")");
        }
        LoadedCapture c = shell.workspace().require();
        Path dir = Path.of(Paths.expandHome(parts[1].strip()));
        try {
            ObjectExport export = ObjectExport.of(parts[0], dir, FieldRegistry.standard());
            try (PacketStream packets = new PacketStream(c.openReader(), Session.needing(export.fields()))) {
                Packet p;
                while ((p = packets.next()) != null) {
                    export.accept(p);
                }
            }
            long n = export.written();
            shell.printSummary("saved " + n + " " + export.type() + (n == 1 ? " object" : " objects") + " in " + dir);
        } catch (IllegalArgumentException e) {
            throw ReplError.usage(e.getMessage());
        } catch (CaptureException e) {
            throw ReplError.of(e);
        } catch (IOException e) {
            throw new ReplError(e.getMessage(), 2);
        }
    }
}
