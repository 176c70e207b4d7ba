package io.sharkfin.dissect.protocol.multipart;

/**
 * The C string helpers packet-multipart.c reads MIME header text with, over Java strings that
 * stand for C strings (no NUL inside; bytes above 0x7f already U+FFFD, as ENC_ASCII reads them):
 * {@code unfold_and_compact_mime_header} and {@code ws_find_media_type_parameter}
 * (epan/media_params.c), each as the C code behaves, quirks included.
 */
final class MimeHeaderText {
    private MimeHeaderText() {
    }

    /** A compacted header and the offset of its first colon in it (-1: none). */
    record Compacted(String text, int colon) {
    }

    private static char at(String s, int i) {
        return i < s.length() ? s.charAt(i) : 0;
    }

    /**
     * {@code unfold_and_compact_mime_header}: folded lines joined, blanks around ':', ';', ',' and
     * '=' and at the end removed, other runs of blanks one space, quoted strings kept as they are;
     * the text stops at a line end not followed by a blank.
     */
    static Compacted compact(String lines) {
        StringBuilder q = new StringBuilder(lines.length());
        int p = 0;
        char c = at(lines, 0);
        boolean sepSeen = false;
        boolean lws = false;
        int colon = -1;
        while (c != 0) {
            if (c == ':') {
                lws = false;
                if (colon == -1) {
                    colon = q.length();
                }
                q.append(c);
                sepSeen = true;
                p++;
            } else if (c == ';' || c == ',' || c == '=') {
                lws = false;
                q.append(c);
                sepSeen = true;
                p++;
            } else if (c == ' ' || c == '\t') {
                lws = true;
                p++;
            } else if (c == '\n') {
                lws = false;
                c = at(lines, p + 1);
                if (c != 0) {
                    if (c == ' ' || c == '\t') {
                        lws = true;
                        p += 2;
                    } else {
                        c = 0;
                    }
                }
            } else if (c == '\r') {
                lws = false;
                c = at(lines, p + 1);
                if (c != 0) {
                    if (c == '\n') {
                        c = at(lines, p + 2);
                        if (c != 0) {
                            if (c == ' ' || c == '\t') {
                                lws = true;
                                p += 3;
                            } else {
                                c = 0;
                            }
                        }
                    } else if (c == ' ' || c == '\t') {
                        lws = true;
                        p += 2;
                    } else {
                        c = 0;
                    }
                }
            } else if (c == '"') {
                lws = false;
                q.append(c);
                while (c != 0) {
                    c = at(lines, ++p);
                    q.append(c);
                    if (c == '\\') {
                        c = at(lines, ++p);
                        q.append(c);
                    } else if (c == '"') {
                        p++;
                        break;
                    }
                }
                if (c == 0) {
                    q.setLength(q.length() - 1);
                }
            } else {
                if (sepSeen) {
                    sepSeen = false;
                } else if (lws) {
                    q.append(' ');
                }
                lws = false;
                q.append(c);
                p++;
            }
            if (c != 0) {
                c = at(lines, p);
            }
        }
        return new Compacted(q.toString(), colon);
    }

    /**
     * {@code ws_find_media_type_parameter}: the value of parameter {@code key} (its quotes and
     * escapes removed; unquoted, up to the first character that cannot be in a token), or null.
     * As in C, when no parameter has that name the last one's value is returned.
     */
    static String findParameter(String parameters, String key) {
        if (parameters == null || parameters.isEmpty()) {
            return null;
        }
        int p = 0;
        int value;
        do {
            while (at(parameters, p) != 0 && isSpace(at(parameters, p))) {
                p++;
            }
            if (at(parameters, p) == 0) {
                return null;
            }
            int name = p;
            char c;
            while ((c = at(parameters, p)) != 0 && c != '=' && c != ';') {
                p++;
            }
            int nameLength = p - name;
            if (c == 0) {
                value = -1;
            } else if (c == ';') {
                value = -1;
                p++;
            } else {
                value = ++p;
                p = skipValue(parameters, p);
            }
            if (nameLength == key.length() && parameters.regionMatches(true, name, key, 0, nameLength)) {
                break;
            }
        } while (at(parameters, p) != 0);
        return value == -1 ? null : valueAt(parameters, value);
    }

    /** Past the value starting at {@code p} and its ';' (ws_get_next_media_type_parameter). */
    private static int skipValue(String s, int p) {
        char c;
        if (at(s, p) == '"') {
            p++;
            for (;;) {
                c = at(s, p);
                if (c == 0) {
                    return p;
                }
                if (c == '"') {
                    p++;
                    break;
                }
                if (c == '\\') {
                    p++;
                    if (at(s, p) == 0) {
                        break;
                    }
                }
                p++;
            }
        }
        while ((c = at(s, p)) != 0 && c != ';') {
            p++;
        }
        return c == 0 ? p : p + 1;
    }

    private static String valueAt(String s, int p) {
        StringBuilder v = new StringBuilder();
        char c;
        if (at(s, p) == '"') {
            p++;
            for (;;) {
                c = at(s, p);
                if (c == 0 || c == '"') {
                    break;
                }
                if (c == '\\') {
                    p++;
                    if (at(s, p) == 0) {
                        break;
                    }
                }
                v.append(at(s, p++));
            }
        } else {
            while ((c = at(s, p)) != 0 && c > ' ' && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0) {
                v.append(c);
                p++;
            }
        }
        return v.toString();
    }

    /** {@code g_ascii_isspace}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
