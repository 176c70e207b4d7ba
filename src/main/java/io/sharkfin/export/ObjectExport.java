package io.sharkfin.export;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;

/**
 * One protocol's objects saved as tshark's {@code --export-objects TYPE,DIR} saves them: a
 * session records {@link #fields()} for every frame, and each dissected frame is given to
 * {@link #accept}, which writes the objects it completes.
 */
public sealed interface ObjectExport permits HttpObjectExport, ImfObjectExport,
        FtpDataObjectExport, SmbObjectExport {

    /** The types sharkfin exports, by tshark's names. */
    String TYPES = "ftp-data, http, imf, smb";

    /**
     * The export of {@code type} objects into {@code dir} (made with its parents if missing).
     *
     * @throws IllegalArgumentException for a type sharkfin does not export
     */
    static ObjectExport of(String type, Path dir, FieldRegistry registry) throws IOException {
        return switch (type) {
            case "http" -> HttpObjectExport.to(dir, registry);
            case "imf" -> ImfObjectExport.to(dir, registry);
            case "ftp-data" -> FtpDataObjectExport.to(dir, registry);
            case "smb" -> SmbObjectExport.to(dir, registry);
            default -> throw new IllegalArgumentException("sharkfin exports " + TYPES
                    + " objects (tshark also has dicom and tftp), not \"" + type + "\"");
        };
    }

    /** tshark's name of the objects' type ({@code http}). */
    String type();

    /** The fields the session must record, for every frame. */
    BitSet fields();

    /** Writes the objects a dissected frame completes. */
    void accept(Packet p) throws IOException;

    /** How many files were written. */
    long written();
}
