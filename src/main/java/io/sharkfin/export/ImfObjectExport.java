package io.sharkfin.export;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.BitSet;

/**
 * tshark's {@code --export-objects imf,DIR}: every Internet message IMF dissects (the mail SMTP's
 * DATA or BDAT carried) saved whole as {@code SUBJECT.eml}, the subject as {@code imf.subject}
 * holds it (the last Subject header; ".eml" without one), made safe and numbered as
 * {@link ObjectDirectory} does. Written when its frame is dissected.
 */
public final class ImfObjectExport implements ObjectExport {
    private final ObjectDirectory dir;
    private final int imf;
    private final int subject;

    private ImfObjectExport(ObjectDirectory dir, FieldRegistry registry) {
        this.dir = dir;
        this.imf = registry.lookup("imf").id();
        this.subject = registry.lookup("imf.subject").id();
    }

    /** An export into {@code dir}, made (with its parents) now if it does not exist. */
    public static ImfObjectExport to(Path dir, FieldRegistry registry) throws IOException {
        return new ImfObjectExport(new ObjectDirectory(dir), registry);
    }

    @Override
    public String type() {
        return "imf";
    }

    @Override
    public BitSet fields() {
        BitSet b = new BitSet();
        b.set(imf);
        b.set(subject);
        return b;
    }

    @Override
    public void accept(Packet p) throws IOException {
        for (int m = p.first(imf); m >= 0; m = p.next(m)) {
            int next = p.next(m);
            // the message's last Subject: the last before the next message
            int s = p.lastBefore(subject, next < 0 ? Integer.MAX_VALUE : next);
            // its bytes, one per character, as ObjectFileNames takes names
            String name = s > m ? new String(p.bytes(s), StandardCharsets.ISO_8859_1) : "";
            byte[] message = p.capturedSpan(m);
            if (message != null) {
                dir.save(name + ".eml", message);
            }
        }
    }

    @Override
    public long written() {
        return dir.saved();
    }
}
