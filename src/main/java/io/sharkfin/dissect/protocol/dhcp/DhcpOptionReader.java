package io.sharkfin.dissect.protocol.dhcp;

import io.sharkfin.dissect.Durations;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.ValueStrings;
import io.sharkfin.dissect.protocol.Addresses;

import static io.sharkfin.dissect.protocol.dhcp.DhcpFields.*;

/**
 * The options of one DHCP message, added as packet-dhcp.c's second pass adds them ({@code
 * dhcp_option}): padding runs and the end option by themselves, every other option as an
 * {@code Option: (N) Name} item over its code, length and value, with the length and the hidden
 * raw value beneath, then what its handler or value type adds. A value type that does not fit
 * (an address of 3 bytes) is an expert finding and leaves the raw value visible.
 */
final class DhcpOptionReader {
    private final Packet p;
    private final int buf;
    private final int end;
    private boolean atEnd;
    private boolean messageTypeSeen;

    DhcpOptionReader(Packet p, int buf, int end) {
        this.p = p;
        this.buf = buf;
        this.end = end;
    }

    /** Reads the options from {@code at} to the end option or the end of the message. */
    void readAll(int at) {
        while (at < end && !atEnd) {
            at += option(at);
        }
        if (!atEnd && messageTypeSeen) {
            Expert.add(p, p.protocolItem(), END_OPTION_MISSING, buf, at);
        }
        if (at < end) {
            // padding after the end option
            need(at, end - at);
            p.addBytes(OPTION_PADDING, buf, at, end - at);
        }
    }

    /** One option at {@code at}; returns the bytes it takes. */
    private int option(int at) {
        int code = p.u8(buf, at);
        if (code == 0) {
            int i = at + 1;
            while (i < end && p.available(buf, i, 1) && p.u8(buf, i) == 0) {
                i++;
            }
            int item = p.addUInt(OPTION_TYPE, buf, at, 1, 0);
            label(item, "Option: (0) Padding");
            int saved = p.openSubtree(item);
            p.addBytes(OPTION_PADDING, buf, at, i - at);
            p.closeSubtree(saved);
            return i - at;
        }
        if (code == 255) {
            int item = p.addUInt(OPTION_TYPE, buf, at, 1, 0);
            label(item, "Option: (255) End");
            int saved = p.openSubtree(item);
            p.addUInt(OPTION_END, buf, at, 1, 255);
            p.closeSubtree(saved);
            atEnd = true;
            return 1;
        }
        int length = p.u8(buf, at + 1);
        DhcpOptions.Option option = DhcpOptions.of(code);
        int item = p.addUInt(OPTION_TYPE, buf, at, 2 + length, code);
        String title = "Option: (" + code + ") " + option.name();
        label(item, title);
        int saved = p.openSubtree(item);
        p.addUInt(OPTION_LENGTH, buf, at + 1, 1, length);
        need(at + 2, length);
        int value = p.addBytes(OPTION_VALUE, buf, at + 2, length);
        ValueReader v = new ValueReader(item, title, at + 2, length);
        // as dissector_try_uint_new: the raw value stays in sight when no handler took the option
        if (option.ownHandler() ? special(code, v) : basic(option, v)) {
            p.hide(value);
        }
        p.closeSubtree(saved);
        return 2 + length;
    }

    /** Where an option's value is, and its item, whose text may grow ("Option: (50) ... (10.0.0.1)"). */
    private final class ValueReader {
        final int item;
        final int at;
        final int length;
        private String title;

        ValueReader(int item, String title, int at, int length) {
            this.item = item;
            this.title = title;
            this.at = at;
            this.length = length;
        }

        void append(String text) {
            title = title + " (" + text + ")";
            label(item, title);
        }

        /** Whether the value is {@code size} bytes long; if not, the finding dhcp_handle_basic_types raises. */
        boolean is(int size) {
            if (length == size) {
                return true;
            }
            badLength("length isn't " + size);
            return false;
        }

        void badLength(String message) {
            if (Expert.wanted(p, BAD_LENGTH)) {
                Expert.add(p, -1, BAD_LENGTH, buf, at, message);
            }
        }
    }

    /**
     * dhcp_handle_basic_types: the value read as its option's type; false (the raw value stays
     * shown) when the type reads nothing, as for a length that does not fit it.
     */
    private boolean basic(DhcpOptions.Option option, ValueReader v) {
        FieldSpec f = option.field();
        int n = v.length;
        switch (option.kind()) {
            case IPV4 -> {
                if (!v.is(4)) {
                    return false;
                }
                p.addIPv4(f, buf, v.at);
                v.append(Addresses.ipv4(p.u32(buf, v.at)));
                return true;
            }
            case IPV4_LIST -> {
                for (int i = 0; i < n; i += 4) {
                    if (n - i < 4) {
                        v.badLength("Option length isn't a multiple of 4");
                        return i > 0;
                    }
                    p.addIPv4(f, buf, v.at + i);
                }
                return n > 0;
            }
            case STRING -> {
                if (n > 0) {
                    p.addString(f, buf, v.at, p.lengthToNul(buf, v.at, n), true);
                }
                return n > 0;
            }
            case VAL_BOOLEAN -> {
                if (!v.is(1)) {
                    return false;
                }
                p.addBoolean(f, buf, v.at, 1, p.u8(buf, v.at) != 0);
                return true;
            }
            case VAL_U_BYTE -> {
                if (!v.is(1)) {
                    return false;
                }
                p.addUInt(f, buf, v.at, 1, p.u8(buf, v.at));
                return true;
            }
            case VAL_U_SHORT -> {
                if (!v.is(2)) {
                    return false;
                }
                p.addUInt(f, buf, v.at, 2, p.u16(buf, v.at));
                return true;
            }
            case VAL_U_SHORT_LIST -> {
                for (int i = 0; i < n; i += 2) {
                    if (n - i < 2) {
                        v.badLength("Option length isn't a multiple of 2");
                        return i > 0;
                    }
                    p.addUInt(f, buf, v.at + i, 2, p.u16(buf, v.at + i));
                }
                return n > 0;
            }
            case TIME_IN_S_SECS -> {
                if (!v.is(4)) {
                    return false;
                }
                int seconds = (int) p.u32(buf, v.at);
                int e = p.addInt(f, buf, v.at, 4, seconds);
                label(e, f.title() + ": (" + seconds + "s) " + Durations.signedSeconds(seconds));
                return true;
            }
            case TIME_IN_U_SECS -> {
                if (!v.is(4)) {
                    return false;
                }
                long seconds = p.u32(buf, v.at);
                int e = p.addUInt(f, buf, v.at, 4, seconds);
                label(e, f.title() + ": (" + seconds + "s) "
                        + (seconds == 0xffffffffL ? "infinity" : Durations.unsignedSeconds(seconds)));
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** The options with handlers of their own that sharkfin dissects; the rest show their raw value. */
    private boolean special(int code, ValueReader v) {
        switch (code) {
            case 52 -> {
                p.addUInt(OPTION_OPTION_OVERLOAD, buf, v.at, 1, p.u8(buf, v.at));
                return true;
            }
            case 53 -> {
                int type = p.u8(buf, v.at);
                p.addUInt(OPTION_DHCP, buf, v.at, 1, type);
                String name = DhcpDissector.messageTypeName(p, type);
                v.append(name);
                messageTypeSeen = true;
                return true;
            }
            case 55 -> {
                for (int i = 0; i < v.length; i++) {
                    int wanted = p.u8(buf, v.at + i);
                    int e = p.addUInt(OPTION_REQUEST_LIST_ITEM, buf, v.at + i, 1, wanted);
                    label(e, OPTION_REQUEST_LIST_ITEM.title() + ": (" + wanted + ") " + DhcpOptions.of(wanted).name());
                }
                return true;
            }
            case 60 -> {
                p.addString(OPTION_VENDOR_CLASS_ID, buf, v.at, p.lengthToNul(buf, v.at, v.length), true);
                return true;
            }
            case 61 -> {
                clientIdentifier(v);
                return true;
            }
            case 77 -> {
                userClass(v);
                return true;
            }
            case 81 -> {
                clientFqdn(v);
                return true;
            }
            case 82 -> {
                relayAgentInformation(v);
                return true;
            }
            case 93 -> {
                clientArchitecture(v);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * Option 61: a hardware type and address (7 bytes), a UUID (type 0, 17 bytes), an RFC 4361
     * IAID and DUID (type 255), or a type 0 text identifier; anything else is opaque.
     */
    private void clientIdentifier(ValueReader v) {
        int n = v.length;
        int type = n > 0 ? p.u8(buf, v.at) : 0;
        if (n == 7 && type > 0 && type < 48) {
            p.addUInt(HW_TYPE, buf, v.at, 1, type);
            if (type == 1 || type == 6) {
                p.addBytes(HW_MAC_ADDR, buf, v.at + 1, 6);
            } else {
                p.addComputedString(CLIENT_HARDWARE_ADDRESS, buf, v.at + 1, 6,
                        DhcpDissector.hardwareAddress(p, buf, v.at + 1, 6));
            }
        } else if (n == 17 && type == 0) {
            // a UUID: not dissected (the raw value is hidden as Wireshark hides it)
        } else if (type == 255) {
            duid(v);
        } else if (type == 0 && n > 1) {
            p.addUInt(CLIENT_ID_TYPE, buf, v.at, 1, 0);
            p.addString(CLIENT_ID_UNDEF, buf, v.at + 1, n - 1, true);
        }
    }

    /** RFC 4361's identifier in option 61: the IAID, then a DUID of RFC 3315 (LLT, EN or LL). */
    private void duid(ValueReader v) {
        int n = v.length;
        p.addComputedString(CLIENT_ID_IAID, buf, v.at + 1, 4, DhcpDissector.hardwareAddress(p, buf, v.at + 1, 4));
        int at = v.at + 5;
        int duidType = p.u16(buf, at);
        p.addUInt(CLIENT_ID_DUID_TYPE, buf, at, 2, duidType);
        switch (duidType) {
            case 1 -> {
                if (n < 8) {
                    malformedDuid();
                    return;
                }
                p.addUInt(CLIENT_ID_DUID_LLT_HW_TYPE, buf, at + 2, 2, p.u16(buf, at + 2));
                p.addUInt(CLIENT_ID_TIME, buf, at + 4, 4, p.u32(buf, at + 4));
                if (n > 8) {
                    p.addComputedString(CLIENT_ID_LINK_LAYER_ADDRESS, buf, at + 8, n - 13,
                            DhcpDissector.hardwareAddress(p, buf, at + 8, n - 13));
                }
            }
            case 2 -> {
                if (n < 6) {
                    malformedDuid();
                    return;
                }
                p.addUInt(CLIENT_ID_ENTERPRISE_NUM, buf, at + 2, 4, p.u32(buf, at + 2));
                if (n > 6) {
                    need(at + 6, n - 11);
                    p.addBytes(CLIENT_ID, buf, at + 6, n - 11);
                }
            }
            case 3 -> {
                if (n < 4) {
                    malformedDuid();
                    return;
                }
                p.addUInt(CLIENT_ID_DUID_LL_HW_TYPE, buf, at + 2, 2, p.u16(buf, at + 2));
                if (n > 4) {
                    p.addComputedString(CLIENT_ID_LINK_LAYER_ADDRESS, buf, at + 4, n - 9,
                            DhcpDissector.hardwareAddress(p, buf, at + 4, n - 9));
                }
            }
            default -> {
            }
        }
    }

    private void malformedDuid() {
        if (Expert.wanted(p, MALFORMED_DUID)) {
            Expert.add(p, MALFORMED_DUID, buf, 0);
        }
    }

    /** Option 77: instances of a length and data each (RFC 3004), or Microsoft's text. */
    private void userClass(ValueReader v) {
        int remaining = v.length;
        if (remaining < 2) {
            v.badLength("length isn't >= 2");
            return;
        }
        int at = v.at;
        int index = 0;
        int stop = v.at + v.length;
        while (at < stop) {
            int n = p.u8(buf, at);
            if (n >= remaining) {
                // longer than what is left: Microsoft's and iPXE's plain text (Wireshark issue 16349)
                int e = p.addString(OPTION_USER_CLASS_TEXT, buf, at, remaining, true);
                if (Expert.wanted(p, NONSTD_OPTION_DATA)) {
                    Expert.add(p, e, NONSTD_OPTION_DATA, buf, at);
                }
                return;
            }
            int instance = p.addUInt(OPTION_USER_CLASS, buf, at, 1 + n, index);
            label(instance, OPTION_USER_CLASS.title() + ": [" + index + "]");
            int saved = p.openSubtree(instance);
            int lengthItem = p.addUInt(OPTION_USER_CLASS_LENGTH, buf, at, 1, n);
            if (n == 0) {
                if (Expert.wanted(p, BAD_LENGTH)) {
                    Expert.add(p, lengthItem, BAD_LENGTH, buf, at, "UC_Len_" + index + " isn't >= 1 (UC_Len_" + index + " = 0)");
                }
                p.closeSubtree(saved);
                return;
            }
            need(at + 1, n);
            p.addBytes(OPTION_USER_CLASS_DATA, buf, at + 1, n);
            p.closeSubtree(saved);
            at += 1 + n;
            remaining -= 1 + n;
            index++;
        }
    }

    /** Option 81 (RFC 4702): flags, the two DNS result codes, and the name, in DNS wire form when the E flag says so. */
    private void clientFqdn(ValueReader v) {
        if (v.length < 3) {
            v.badLength("length isn't >= 3");
            return;
        }
        int flags = p.u8(buf, v.at);
        int flagsItem = p.addUInt(FQDN_FLAGS, buf, v.at, 1, flags);
        if (flagsItem >= 0 && p.wantsText()) {
            // proto_tree_add_bitmask: the value, then the title of each flag set
            StringBuilder text = new StringBuilder(String.format("Flags: 0x%02x", flags));
            FieldSpec[] bits = {FQDN_N, FQDN_E, FQDN_O, FQDN_S};
            for (FieldSpec bit : bits) {
                if ((flags & bit.bitmask()) != 0) {
                    text.append(", ").append(bit.title());
                }
            }
            p.setLabel(flagsItem, text);
        }
        int saved = p.openSubtree(flagsItem);
        p.addUInt(FQDN_MBZ, buf, v.at, 1, flags & 0xf0);
        p.addBoolean(FQDN_N, buf, v.at, 1, (flags & 0x08) != 0);
        p.addBoolean(FQDN_E, buf, v.at, 1, (flags & 0x04) != 0);
        p.addBoolean(FQDN_O, buf, v.at, 1, (flags & 0x02) != 0);
        p.addBoolean(FQDN_S, buf, v.at, 1, (flags & 0x01) != 0);
        p.closeSubtree(saved);
        p.addUInt(FQDN_RCODE1, buf, v.at + 1, 1, p.u8(buf, v.at + 1));
        p.addUInt(FQDN_RCODE2, buf, v.at + 2, 1, p.u8(buf, v.at + 2));
        if (v.length > 3) {
            if ((flags & 0x04) != 0) {
                p.addComputedString(FQDN_NAME, buf, v.at + 3, v.length - 3, wireName(v.at + 3, v.length - 3));
            } else {
                p.addString(FQDN_NAME, buf, v.at + 3, p.lengthToNul(buf, v.at + 3, v.length - 3), true);
            }
        }
    }

    /** A name in DNS wire form within the option (labels; a compression pointer ends it), dotted. */
    private String wireName(int at, int n) {
        StringBuilder sb = new StringBuilder();
        int stop = at + n;
        while (at < stop) {
            int label = p.u8(buf, at);
            if (label == 0 || (label & 0xc0) != 0) {
                break;
            }
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            for (int i = 1; i <= label && at + i < stop; i++) {
                int c = p.u8(buf, at + i);
                sb.append(c >= 0x20 && c < 0x7f ? (char) c : '.');
            }
            at += 1 + label;
        }
        return sb.isEmpty() ? "<Root>" : sb.toString();
    }

    /** Option 82 (RFC 3046): suboptions, each a code, a length and its value. */
    private void relayAgentInformation(ValueReader v) {
        int at = v.at;
        int stop = v.at + v.length;
        ValueStrings names = p.registry().byId(OPTION_AGENT_INFORMATION_OPTION_SUBOPTION.id()).strings();
        while (at < stop) {
            int sub = p.u8(buf, at);
            int n = at + 1 < stop ? p.u8(buf, at + 1) : 0;
            int item = p.addUInt(OPTION_AGENT_INFORMATION_OPTION_SUBOPTION, buf, at, 2 + n, sub);
            String name = names == null ? null : names.nameOf(sub);
            label(item, OPTION_AGENT_INFORMATION_OPTION_SUBOPTION.title() + ": (" + sub + ") "
                    + (name != null ? name : "Unknown"));
            int saved = p.openSubtree(item);
            p.addUInt(OPTION_SUBOPTION_LENGTH, buf, at + 1, 1, n);
            need(at + 2, n);
            int value = p.addBytes(OPTION_AGENT_INFORMATION_OPTION_VALUE, buf, at + 2, n);
            // the circuit and remote ids by their own names (the raw value hidden, as Wireshark
            // hides it for the suboptions it knows); other suboptions show the raw value
            FieldSpec f = sub == 1 ? OPTION_AGENT_INFORMATION_OPTION_AGENT_CIRCUIT_ID
                    : sub == 2 ? OPTION_AGENT_INFORMATION_OPTION_AGENT_REMOTE_ID : null;
            if (f != null) {
                p.hide(value);
                p.addBytes(f, buf, at + 2, n);
            }
            p.closeSubtree(saved);
            at += 2 + n;
        }
    }

    /** Option 93 (RFC 4578): architecture types of two bytes each. */
    private void clientArchitecture(ValueReader v) {
        int i = 0;
        for (; v.length - i > 1; i += 2) {
            int arch = p.u16(buf, v.at + i);
            int e = p.addUInt(OPTION_CLIENT_SYSTEM_ARCHITECTURE, buf, v.at + i, 2, arch);
            if (arch == 9 && Expert.wanted(p, CLIENT_ARCH_AMBIGUOUS)) {
                Expert.add(p, e, CLIENT_ARCH_AMBIGUOUS, buf, v.at + i,
                        "Client Architecture ID 9 is often incorrectly used for EFI x64");
            }
        }
        if (v.length - i > 0) {
            v.badLength("Option length isn't a multiple of 2");
        }
    }

    /** Gives an item its own text when the session draws the tree. */
    private void label(int item, String text) {
        if (item >= 0 && p.wantsText()) {
            p.setLabel(item, text);
        }
    }

    /** Fails as proto_tree_add_item does when {@code n} bytes at {@code at} are not all there. */
    private void need(int at, int n) {
        p.need(buf, at, n);
    }
}
