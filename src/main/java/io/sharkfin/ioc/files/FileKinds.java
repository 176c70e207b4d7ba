package io.sharkfin.ioc.files;

import io.sharkfin.dissect.protocol.FileMagic;

import java.util.Map;
import java.util.Set;

/**
 * What the report says about a file's kind: a name for a reader ("a Windows executable") and
 * whether the kind its sender declared hides what it is. A declaration hides a file when it names
 * a kind a browser shows or runs as harmless (an image, text, a page, a style sheet, a script, a
 * font, audio, video) while the content's first bytes show a program, an archive that can carry
 * one, or an OLE2 file (macro documents, MSI installers): the disguise of a payload served as
 * {@code image/jpeg}. Generic declarations ({@code application/octet-stream}, none) hide nothing;
 * scripts, PDF, RTF and compressed streams are not called disguised (a shell script served as
 * {@code text/plain} is common and benign).
 */
public final class FileKinds {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(FileMagic.DOSEXEC, "a Windows executable"),
            Map.entry(FileMagic.ELF, "a Linux (ELF) executable"),
            Map.entry(FileMagic.MACH_O, "a macOS (Mach-O) executable"),
            Map.entry(FileMagic.JAVA_CLASS, "a Java class"),
            Map.entry(FileMagic.ZIP, "a ZIP archive"),
            Map.entry(FileMagic.RAR, "a RAR archive"),
            Map.entry(FileMagic.SEVEN_ZIP, "a 7-Zip archive"),
            Map.entry(FileMagic.GZIP, "a gzip file"),
            Map.entry(FileMagic.BZIP2, "a bzip2 file"),
            Map.entry(FileMagic.XZ, "an xz file"),
            Map.entry(FileMagic.CAB, "a cabinet archive"),
            Map.entry(FileMagic.OLE, "an OLE2 compound file (legacy Office document or MSI installer)"),
            Map.entry(FileMagic.PDF, "a PDF document"),
            Map.entry(FileMagic.RTF, "an RTF document"),
            Map.entry(FileMagic.SCRIPT, "a script (#!)"),
            Map.entry(FileMagic.PNG, "a PNG image"),
            Map.entry(FileMagic.JPEG, "a JPEG image"),
            Map.entry(FileMagic.GIF, "a GIF image"));

    private static final Set<String> RISKY = Set.of(FileMagic.DOSEXEC, FileMagic.ELF, FileMagic.MACH_O,
            FileMagic.JAVA_CLASS, FileMagic.ZIP, FileMagic.RAR, FileMagic.SEVEN_ZIP, FileMagic.CAB, FileMagic.OLE);

    private FileKinds() {
    }

    /** A reader's name for a media type by content, or the media type itself. */
    public static String describe(String magic) {
        return NAMES.getOrDefault(magic, magic);
    }

    /** Whether the content is a program, an archive that can carry one, or an OLE2 file. */
    static boolean risky(String magic) {
        return magic != null && RISKY.contains(magic);
    }

    /** Whether a declared media type (without parameters, lower case) names a harmless kind. */
    static boolean harmless(String declared) {
        return declared.startsWith("image/") || declared.startsWith("text/") || declared.startsWith("audio/")
                || declared.startsWith("video/") || declared.startsWith("font/")
                || declared.equals("application/javascript") || declared.equals("application/json")
                || declared.equals("application/xml") || declared.equals("application/x-javascript");
    }

    /** The first declared type that hides a risky content, or null. */
    public static String disguise(Iterable<String> declared, String magic) {
        if (!risky(magic)) {
            return null;
        }
        for (String d : declared) {
            if (harmless(d)) {
                return d;
            }
        }
        return null;
    }
}
