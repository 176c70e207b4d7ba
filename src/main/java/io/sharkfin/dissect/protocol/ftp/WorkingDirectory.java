package io.sharkfin.dissect.protocol.ftp;

import io.sharkfin.dissect.Strings;

import java.nio.charset.StandardCharsets;

/**
 * A current working directory as packet-ftp.c keeps it: a string buffer ({@code wmem_strbuf_t})
 * of bytes, held here as a string of ISO 8859-1 characters, one per byte. The data connections
 * announced while it was current share the buffer, so they see the text it grows to in place (a
 * relative CWD onto an empty directory appends); every other change makes a new buffer.
 * Embedded NULs stay in the buffer, as there, while its text as a C string ends at the first.
 *
 * <p>Bounded: relative CWDs can make it grow without end, and every FTP frame shows it, so it is
 * cut at {@link #MAX} bytes (no single reply can hold a longer path); Wireshark keeps it all.
 */
final class WorkingDirectory {
    /** The longest directory kept, in bytes. */
    static final int MAX = 65536;

    private final StringBuilder bytes;

    private WorkingDirectory(String bytes) {
        this.bytes = new StringBuilder(bytes.length() > MAX ? bytes.substring(0, MAX) : bytes);
    }

    /** The empty directory a control connection starts with ("assume relative path"). */
    static WorkingDirectory empty() {
        return new WorkingDirectory("");
    }

    /** The directory as the tree shows it: the C string, its bytes read as UTF-8. */
    String text() {
        return decode(Strings.cString(bytes.toString()));
    }

    /** A byte string (ISO 8859-1 characters) as UTF-8 text, bad sequences U+FFFD. */
    static String decode(String byteString) {
        return Strings.utf8WithReplacement(byteString.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * {@code process_cwd_success}: the directory after a CWD to {@code path} (a C string)
     * succeeded: an absolute path replaces it, a relative one is appended and normalised.
     */
    WorkingDirectory changeTo(String path) {
        if (path.startsWith("/")) {
            return new WorkingDirectory(path);
        }
        if (bytes.isEmpty()) {
            bytes.append(path, 0, Math.min(path.length(), MAX));
            return this;
        }
        String current = Strings.cString(bytes.toString());
        String appended = endsWithSeparator(bytes) ? current + path : current + "/" + path;
        StringBuilder normalised = new StringBuilder();
        int offset = 0;
        if (bytes.charAt(0) == '/') {
            normalised.append('/');
            offset++;
        }
        StringBuilder folder = new StringBuilder();
        for (; offset <= appended.length(); offset++) {
            char ch = offset < appended.length() ? appended.charAt(offset) : '\0';
            if (ch == '/' || ch == '\0') {
                if (offset > 0 && !folder.isEmpty()) {
                    String name = folder.toString();
                    if (name.equals("..")) {
                        // up a level: back to the previous separator, then off a trailing one
                        while (!normalised.isEmpty() && !endsWithSeparator(normalised)) {
                            normalised.setLength(normalised.length() - 1);
                        }
                        if (normalised.length() > 1 && endsWithSeparator(normalised)) {
                            normalised.setLength(normalised.length() - 1);
                        }
                    } else if (!name.equals(".")) {
                        if (!normalised.isEmpty() && !endsWithSeparator(normalised)) {
                            normalised.append('/');
                        }
                        normalised.append(name);
                    }
                    folder.setLength(0);
                }
            } else {
                folder.append(ch);
            }
            if (ch == '\0') {
                break;
            }
        }
        return new WorkingDirectory(normalised.toString());
    }

    private static boolean endsWithSeparator(CharSequence s) {
        return !s.isEmpty() && s.charAt(s.length() - 1) == '/';
    }

    /**
     * {@code process_pwd_success}: the quoted directory of a 257 reply ({@code arg}: the reply's
     * first line after its code and separator, as bytes), a doubled quote standing for one; null
     * when the text is not quoted or its closing quote is missing.
     */
    static WorkingDirectory fromPwdReply(byte[] arg) {
        int n = arg.length;
        if (n < 2 || arg[0] != '"') {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean started = false;
        int i = 0;
        for (; i < n && arg[i] != '\r' && arg[i] != '\n'; i++) {
            if (arg[i] == '"') {
                if (i + 1 < n && arg[i + 1] == '"') {
                    out.append('"');
                    i++;
                } else {
                    if (started) {
                        break;
                    }
                    started = true;
                }
            } else {
                out.append((char) (arg[i] & 0xff));
            }
        }
        return i >= n || arg[i] != '"' ? null : new WorkingDirectory(out.toString());
    }
}
