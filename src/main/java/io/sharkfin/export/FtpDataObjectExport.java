package io.sharkfin.export;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * tshark's {@code --export-objects ftp-data,DIR}: the files FTP moved with RETR or STOR, each the
 * data of every FTP-DATA segment whose connection the command's frame opened, in frame order, as
 * packet-ftp.c's export tap gathers it, named by the command's argument ("(MISSING)" without
 * one). A file is made when its first segment is dissected and grows with each later one.
 */
public final class FtpDataObjectExport implements ObjectExport {
    private final ObjectDirectory dir;
    private final int ftpData;
    private final int command;
    private final int commandFrame;
    // the file of each transfer, by the frame of the command that began it
    private final Map<Long, Path> files = new HashMap<>();

    private FtpDataObjectExport(ObjectDirectory dir, FieldRegistry registry) {
        this.dir = dir;
        this.ftpData = registry.lookup("ftp-data").id();
        this.command = registry.lookup("ftp-data.command").id();
        this.commandFrame = registry.lookup("ftp-data.command-frame").id();
    }

    /** An export into {@code dir}, made (with its parents) now if it does not exist. */
    public static FtpDataObjectExport to(Path dir, FieldRegistry registry) throws IOException {
        return new FtpDataObjectExport(new ObjectDirectory(dir), registry);
    }

    @Override
    public String type() {
        return "ftp-data";
    }

    @Override
    public BitSet fields() {
        BitSet b = new BitSet();
        b.set(ftpData);
        b.set(command);
        b.set(commandFrame);
        return b;
    }

    @Override
    public void accept(Packet p) throws IOException {
        int data = p.first(ftpData);
        int cmd = p.first(command);
        int frame = p.first(commandFrame);
        byte[] bytes = data < 0 ? null : p.capturedSpan(data);
        if (bytes == null || cmd < 0 || frame < 0) {
            return;
        }
        String text = new String(p.bytes(cmd), StandardCharsets.ISO_8859_1);
        if (!text.startsWith("STOR") && !text.startsWith("RETR")) {
            return; // listings and the like are not files
        }
        Path file = files.get(p.num(frame));
        if (file == null) {
            file = dir.create(text.length() > 5 ? text.substring(5) : "(MISSING)");
            files.put(p.num(frame), file);
        }
        ObjectDirectory.append(file, bytes);
    }

    @Override
    public long written() {
        return dir.saved();
    }
}
