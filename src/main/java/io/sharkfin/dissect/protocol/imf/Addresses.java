package io.sharkfin.dissect.protocol.imf;

import io.sharkfin.dissect.Strings;
import static io.sharkfin.dissect.protocol.imf.ImfFields.*;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;

/**
 * packet-imf.c's address readers: a mailbox ("Name &lt;address&gt;" or a bare address), an
 * address (a mailbox or a group "name: mailbox, ...;"), and comma-separated lists of either,
 * each item under the header's item, which then tells how many there were. The spans are the
 * C code's, off-by-ones included (a display name ends a byte before its '&lt;' or ':', which
 * drops the name's last letter when no blank is there).
 */
final class Addresses {
    private final Tvb t;
    private final Items it;

    Addresses(Tvb t, Items it) {
        this.t = t;
        this.it = it;
    }

    void dissect(ImfHeaders.Kind kind, int offset, int length, int item) {
        switch (kind) {
            case MAILBOX -> mailbox(offset, length, item);
            case MAILBOX_LIST -> list(offset, length, item, MAILBOX_LIST_ITEM, false);
            case ADDRESS_LIST -> list(offset, length, item, ADDRESS_LIST_ITEM, true);
            case UNSTRUCTURED -> {
            }
        }
    }

    /** {@code dissect_imf_mailbox}. */
    private void mailbox(int offset, int length, int item) {
        int sub = it.open(item);
        try {
            int addr = t.find(offset, length, '<');
            if (addr == -1) {
                it.add(ADDRESS, t, offset, length);
                return;
            }
            while (offset < addr && Strings.isCSpace(t.u8(offset))) {
                offset++;
            }
            if (offset != addr) {
                it.add(DISPLAY_NAME, t, offset, addr - offset - 1);
            }
            // the search's length counts from the name's start, past the blanks skipped
            int end = t.find(addr + 1, length - (addr + 1 - offset), '>');
            if (end != -1) {
                it.add(ADDRESS, t, addr + 1, end - addr - 1);
            }
        } finally {
            it.close(sub);
        }
    }

    /** {@code dissect_imf_address}: a group's name and its mailboxes, or a mailbox. */
    private void address(int offset, int length, int item) {
        int colon = t.find(offset, length, ':');
        if (colon == -1) {
            mailbox(offset, length, item);
            return;
        }
        int sub = it.open(item);
        try {
            int group = it.add(DISPLAY_NAME, t, offset, colon - offset - 1);
            int at = colon + 1;
            while (at < offset + length && Strings.isCSpace(t.u8(at))) {
                at++;
            }
            if (t.u8(at) != ';') {
                list(at, length - (at - offset), group, MAILBOX_LIST_ITEM, false);
            }
        } finally {
            it.close(sub);
        }
    }

    /** {@code dissect_imf_address_list} and {@code dissect_imf_mailbox_list}: items split at commas. */
    private void list(int offset, int length, int item, FieldSpec itemField, boolean addresses) {
        // the tree appends ", N item(s)" to the list's item from the items under it (ItemTexts)
        int sub = it.open(item);
        try {
            int at = offset;
            int end;
            do {
                end = t.find(at, length - (at - offset), ',');
                int len = end == -1 ? length - (at - offset) : end - at;
                int e = it.add(itemField, t, at, len);
                if (addresses) {
                    address(at, len, e);
                } else {
                    mailbox(at, len, e);
                }
                if (end != -1) {
                    at = end + 1;
                }
            } while (end != -1);
        } finally {
            it.close(sub);
        }
    }
}
