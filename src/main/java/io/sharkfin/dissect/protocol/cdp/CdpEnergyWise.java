package io.sharkfin.dissect.protocol.cdp;

import static io.sharkfin.dissect.protocol.cdp.CdpFields.*;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.protocol.Addresses;

import java.util.Locale;

/**
 * CDP's EnergyWise TLV (Cisco's power management) as packet-cdp.c reads it: a fixed part (an
 * encrypted block, sequence numbers, the model, hardware version and serial number) and a table
 * of inner TLVs with 32-bit types and lengths (role, domain, name, reply-to address).
 */
final class CdpEnergyWise {
    private CdpEnergyWise() {
    }

    private static final long ROLE = 7;
    private static final long DOMAIN = 8;
    private static final long NAME = 9;
    private static final long REPLY_TO = 0x17;

    /** The fixed part and the table of the TLV at {@code at} (type and length already added). */
    static void dissect(CdpPdu d, int at) {
        d.need(at + 4, 20);
        d.p.addBytes(ENCRYPTED_DATA, d.buf, at + 4, 20);
        d.p.addUInt(SEEN_SEQUENCE, d.buf, at + 24, 4, d.u32(at + 24));
        d.p.addUInt(SEQUENCE_NUMBER, d.buf, at + 28, 4, d.u32(at + 28));
        CdpText.string(d, MODEL_NUMBER, at + 32, 16);
        d.p.addUInt(UNKNOWN_PAD, d.buf, at + 48, 2, d.u16(at + 48));
        CdpText.string(d, HARDWARE_VERSION_ID, at + 50, 3);
        CdpText.string(d, SYSTEM_SERIAL_NUMBER, at + 53, 11);
        d.need(at + 64, 8);
        d.p.addBytes(NRGYZ_UNKNOWN_VALUES, d.buf, at + 64, 8);
        int tableLength = d.u16(at + 72);
        int count = d.u16(at + 74);
        d.p.addUInt(LEN_TLV_TABLE, d.buf, at + 72, 2, tableLength);
        d.p.addUInt(NUM_TLVS_TABLE, d.buf, at + 74, 2, count);
        table(d, at + 76, tableLength, count);
    }

    /** dissect_nrgyz_tlv: up to {@code count} TLVs in {@code length} bytes (16-bit counters, as there). */
    private static void table(CdpPdu d, int at, int length, int count) {
        while (count-- > 0 && length >= 8) {
            long type = d.u32(at);
            long tlvLength = d.u32(at + 4);
            if (length < tlvLength) {
                break;
            }
            length = (int) ((length - tlvLength) & 0xffff);
            if (tlvLength < 8) {
                if (Expert.wanted(d.p, NRGYZ_TLV_LENGTH_INVALID)) {
                    Expert.addItem(d.p, NRGYZ_TLV_LENGTH_INVALID, d.buf, at, 8, "TLV with invalid length " + tlvLength + " (< 8)");
                } else {
                    d.need(at, 8);
                }
                at += 8;
                break;
            }
            int n = (int) tlvLength;
            int saved = d.p.openSubtree(CdpText.item(d, at, n, label(d, at, type, n)));
            d.p.addUInt(NRGYZ_TLV_TYPE, d.buf, at, 4, type);
            d.p.addUInt(NRGYZ_TLV_LEN, d.buf, at + 4, 4, tlvLength);
            if (type == ROLE) {
                CdpText.string(d, NRGYZ_REPLY_TO_ROLE, at + 8, n - 8);
            } else if (type == DOMAIN) {
                CdpText.string(d, NRGYZ_REPLY_TO_DOMAIN, at + 8, n - 8);
            } else if (type == NAME) {
                CdpText.string(d, NRGYZ_REPLY_TO_NAME, at + 8, n - 8);
            } else if (type == REPLY_TO) {
                d.p.addUInt(NRGYZ_REPLY_TO_UNKNOWN_FIELD, d.buf, at + 8, 2, d.u16(at + 8));
                d.p.addUInt(NRGYZ_REPLY_TO_PORT, d.buf, at + 10, 2, d.u16(at + 10));
                CdpText.ipv4(d, NRGYZ_REPLY_TO_IP_ADDRESS, at + 12);
                d.p.addUInt(NRGYZ_REPLY_TO_BACKUP_SERVER_PORT, d.buf, at + 16, 2, d.u16(at + 16));
                CdpText.ipv4(d, NRGYZ_REPLY_TO_BACKUP_SERVER_IP, at + 18);
            } else if (n > 8) {
                CdpText.bytes(d, DATA, at + 8, n - 8);
            }
            d.p.closeSubtree(saved);
            at += n;
        }
        if (length != 0) {
            if (Expert.wanted(d.p, INVALID_DATA)) {
                Expert.addItem(d.p, INVALID_DATA, d.buf, at, length);
            } else {
                d.need(at, length);
            }
        }
    }

    /** An inner TLV's item text ("EnergyWise Name: lab-switch"); its bytes are read either way. */
    private static String label(CdpPdu d, int at, long type, int n) {
        String name = type == ROLE ? "Role" : type == DOMAIN ? "Domain" : type == NAME ? "Name"
                : type == REPLY_TO ? "Reply To" : String.format(Locale.ROOT, "Unknown (0x%04x)", type);
        if (type == ROLE || type == DOMAIN || type == NAME) {
            String value = CdpText.stringzpad(d, at + 8, n - 8);
            return value == null ? null : "EnergyWise " + name + ": " + value;
        }
        if (type == REPLY_TO) {
            long ip = d.u32(at + 12);
            int port = d.u16(at + 10);
            return "EnergyWise " + name + ": " + Addresses.ipv4(ip) + " port " + port;
        }
        return "EnergyWise " + name + " TLV";
    }
}
