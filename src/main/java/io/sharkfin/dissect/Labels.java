package io.sharkfin.dissect;

import java.nio.charset.StandardCharsets;

/**
 * Wireshark's item labels, which live in a buffer of ITEM_LABEL_LENGTH bytes: every output that
 * prints a label (the tree of {@code -V}, a protocol's or text item's value in {@code -T fields}
 * and {@code -T json}) prints it as cut there.
 */
public final class Labels {
    private Labels() {
    }

    /** Wireshark's ITEM_LABEL_LENGTH: a label and its NUL. */
    public static final int LENGTH = 240;

    /**
     * A label as Wireshark holds it: a longer one is cut before the character at byte 238 after
     * " [truncated]" is put in at {@code namePos}, where the item's name ends (0 for a text of the
     * dissector's own, a protocol's label), as {@code label_mark_truncated} does.
     */
    public static String limited(String label, int namePos) {
        // a char takes at most three bytes of UTF-8: most labels need no encoding to know
        if (label.length() * 3 < LENGTH
                || label.getBytes(StandardCharsets.UTF_8).length < LENGTH) {
            return label;
        }
        String marked = label.substring(0, namePos) + " [truncated]" + label.substring(namePos);
        byte[] b = marked.getBytes(StandardCharsets.UTF_8);
        // the buffer's last byte is the NUL; the character before it goes too (g_utf8_prev_char)
        int end = LENGTH - 2;
        while (end > 0 && (b[end] & 0xc0) == 0x80) {
            end--;
        }
        return new String(b, 0, end, StandardCharsets.UTF_8);
    }
}
