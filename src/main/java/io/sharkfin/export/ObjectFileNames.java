package io.sharkfin.export;

import java.nio.charset.StandardCharsets;

/**
 * The file names tshark's {@code --export-objects} gives objects (epan/export_object.c 4.0):
 * characters Windows forbids in names and control characters become {@code %xx}; a name past
 * 255 bytes, or the n-th that would overwrite an existing file, is cut and gets {@code (n)}
 * before its extension. Names are worked on as bytes, as in C: a string here holds one byte per
 * character (ISO-8859-1), and {@link #toPathName} makes the UTF-8 file name of them.
 */
final class ObjectFileNames {
    static final int MAX_LENGTH = 255;
    private static final String REJECT = "<>:\"/\\|?*";

    private ObjectFileNames() {
    }

    /** {@code g_path_get_basename}: what follows the last '/', trailing slashes ignored ("/" for all slashes, "." for none). */
    static String basename(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        if (end == 0) {
            return "/";
        }
        return path.substring(path.lastIndexOf('/', end - 1) + 1, end);
    }

    /** {@code eo_massage_str}: the safe form of a name, renamed for its {@code dupn}-th duplicate (0: none). */
    static String massage(String name, int dupn) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == 0) {
                break; // a C string ends there
            }
            if (c < 0x20 || REJECT.indexOf(c) >= 0) {
                out.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            } else {
                out.append(c);
            }
        }
        String s = out.toString();
        return dupn != 0 || s.length() > MAX_LENGTH ? rename(s, dupn) : s;
    }

    /** {@code eo_rename}: {@code (n)} before the extension (the last '.' on), cutting the name to fit. */
    private static String rename(String s, int dupn) {
        String dup = dupn != 0 ? "(" + dupn + ")" : "";
        int dot = s.lastIndexOf('.');
        if (dot >= 0 && s.length() - dot + dup.length() < MAX_LENGTH) {
            String ext = s.substring(dot);
            String stem = s.substring(0, dot);
            if (stem.length() >= MAX_LENGTH - (dup.length() + ext.length())) {
                stem = stem.substring(0, MAX_LENGTH - (dup.length() + ext.length()));
            }
            return stem + dup + ext;
        }
        String stem = s.length() >= MAX_LENGTH - dup.length() ? s.substring(0, MAX_LENGTH - dup.length()) : s;
        return stem + dup;
    }

    /** The bytes of a name taken as UTF-8, as the file system shows them. */
    static String toPathName(String bytes) {
        return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
