package io.sharkfin.dissect.protocol;

/**
 * What kind of file a transferred body is, by its first bytes (magic numbers), named by the media
 * type Zeek's file analysis gives it ({@code application/x-dosexec} for a Windows executable):
 * analysts read these names in files.log and Suricata's {@code filemagic}, and a body's real kind
 * is what matters when a server declares another (an executable served as {@code image/jpeg}).
 * Only formats whose first bytes are unambiguous are named; text is not guessed.
 */
public final class FileMagic {
    /** A Windows (or DOS) executable or DLL: {@code MZ}. */
    public static final String DOSEXEC = "application/x-dosexec";
    public static final String ELF = "application/x-executable";
    public static final String MACH_O = "application/x-mach-o-executable";
    public static final String JAVA_CLASS = "application/x-java-applet";
    public static final String ZIP = "application/zip";
    public static final String RAR = "application/x-rar";
    public static final String SEVEN_ZIP = "application/x-7z-compressed";
    public static final String GZIP = "application/gzip";
    public static final String BZIP2 = "application/x-bzip2";
    public static final String XZ = "application/x-xz";
    public static final String CAB = "application/vnd.ms-cab-compressed";
    /** OLE2 compound files: legacy Office documents, MSI installers. */
    public static final String OLE = "application/x-ole-storage";
    public static final String PDF = "application/pdf";
    public static final String RTF = "text/rtf";
    public static final String SCRIPT = "text/x-script";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String GIF = "image/gif";

    /** The most bytes of a file {@link #of} reads. */
    public static final int HEAD = 8;

    private FileMagic() {
    }

    /**
     * The media type the first bytes of a file show, or null when they show none this knows.
     * {@code head} holds at least the file's first {@code min(length, HEAD)} bytes.
     */
    public static String of(byte[] head, int length) {
        int n = Math.min(head.length, length);
        if (starts(head, n, 'M', 'Z')) {
            return DOSEXEC;
        }
        if (starts(head, n, 0x7f, 'E', 'L', 'F')) {
            return ELF;
        }
        if (n >= 4) {
            int be = (head[0] & 0xff) << 24 | (head[1] & 0xff) << 16 | (head[2] & 0xff) << 8 | head[3] & 0xff;
            int le = Integer.reverseBytes(be);
            // 32- and 64-bit Mach-O in either order; 0xcafebabe is also a fat binary's, which
            // shares it with Java classes: a class's next bytes are its version (major >= 45)
            if (be == 0xfeedface || be == 0xfeedfacf || le == 0xfeedface || le == 0xfeedfacf) {
                return MACH_O;
            }
            if (be == 0xcafebabe) {
                return n >= 8 && ((head[6] & 0xff) << 8 | head[7] & 0xff) >= 45 ? JAVA_CLASS : MACH_O;
            }
        }
        if (starts(head, n, 'P', 'K', 3, 4) || starts(head, n, 'P', 'K', 5, 6)) {
            return ZIP;
        }
        if (starts(head, n, 'R', 'a', 'r', '!', 0x1a, 0x07)) {
            return RAR;
        }
        if (starts(head, n, '7', 'z', 0xbc, 0xaf, 0x27, 0x1c)) {
            return SEVEN_ZIP;
        }
        if (starts(head, n, 0x1f, 0x8b)) {
            return GZIP;
        }
        if (starts(head, n, 'B', 'Z', 'h')) {
            return BZIP2;
        }
        if (starts(head, n, 0xfd, '7', 'z', 'X', 'Z', 0)) {
            return XZ;
        }
        if (starts(head, n, 'M', 'S', 'C', 'F')) {
            return CAB;
        }
        if (starts(head, n, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
            return OLE;
        }
        if (starts(head, n, '%', 'P', 'D', 'F', '-')) {
            return PDF;
        }
        if (starts(head, n, '{', '\\', 'r', 't', 'f')) {
            return RTF;
        }
        if (starts(head, n, '#', '!')) {
            return SCRIPT;
        }
        if (starts(head, n, 0x89, 'P', 'N', 'G')) {
            return PNG;
        }
        if (starts(head, n, 0xff, 0xd8, 0xff)) {
            return JPEG;
        }
        if (starts(head, n, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        return null;
    }

    /** Whether the kind is a program a system runs as it is (not an archive or document). */
    public static boolean executable(String kind) {
        return DOSEXEC.equals(kind) || ELF.equals(kind) || MACH_O.equals(kind);
    }

    private static boolean starts(byte[] head, int n, int... magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
