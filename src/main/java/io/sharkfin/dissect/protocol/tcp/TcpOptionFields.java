package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;

import java.util.List;

/**
 * The fields of TCP options. Each option kind is a protocol of its own in Wireshark
 * ({@code tcp.options.mss}), registered "in name only": it names the option's subtree but is not a
 * protocol layer of the frame.
 */
final class TcpOptionFields {
    private TcpOptionFields() {
    }

    /**
     * An option kind's item. Wireshark registers these protocols with the value type
     * {@code FT_BYTES}: filters compare them as bytes and {@code tshark -T fields} prints the
     * option's bytes in hex, not a protocol name.
     */
    private static FieldSpec option(String name, String title) {
        return FieldSpec.of(name, title, FieldType.BYTES).inProtocol(name);
    }

    static final FieldSpec OPTIONS = FieldSpec.of("tcp.options", "TCP Options", FieldType.BYTES);
    static final FieldSpec OPTION_KIND = FieldSpec.of("tcp.option_kind", "Kind", FieldType.UINT8)
            .base("BASE_DEC")
            .describe("This TCP option's kind");
    static final FieldSpec OPTION_LEN = FieldSpec.of("tcp.option_len", "Length", FieldType.UINT8)
            .base("BASE_DEC")
            .describe("Length of this TCP option in bytes (including kind and length fields)");
    static final FieldSpec OPT_NOP = option("tcp.options.nop", "TCP Option - No-Operation (NOP)");
    static final FieldSpec OPT_EOL = option("tcp.options.eol", "TCP Option - End of Option List (EOL)");
    static final FieldSpec OPT_TIMESTAMP = option("tcp.options.timestamp", "TCP Option - Timestamps");
    static final FieldSpec OPT_MSS = option("tcp.options.mss", "TCP Option - Maximum segment size");
    static final FieldSpec OPT_WSCALE = option("tcp.options.wscale", "TCP Option - Window scale");
    static final FieldSpec OPT_SACK_PERM = option("tcp.options.sack_perm", "TCP Option - SACK permitted");
    static final FieldSpec OPT_SACK = option("tcp.options.sack", "TCP Option - SACK");
    static final FieldSpec OPT_ECHO = option("tcp.options.echo", "TCP Option - Echo");
    static final FieldSpec OPT_ECHOREPLY = option("tcp.options.echoreply", "TCP Option - Echo reply");
    static final FieldSpec OPT_CC = option("tcp.options.cc", "TCP Option - CC");
    static final FieldSpec OPT_CCNEW = option("tcp.options.ccnew", "TCP Option - CC.NEW");
    static final FieldSpec OPT_CCECHO = option("tcp.options.ccecho", "TCP Option - CC.ECHO");
    static final FieldSpec OPT_AO = option("tcp.options.ao", "TCP Option - TCP AO");
    static final FieldSpec OPT_MD5 = option("tcp.options.md5", "TCP Option - TCP MD5 signature");
    static final FieldSpec OPT_SCPS = option("tcp.options.scps", "TCP Option - SCPS capabilities");
    static final FieldSpec OPT_SNACK = option("tcp.options.snack", "TCP Option - Selective Negative Acknowledgment");
    static final FieldSpec OPT_SCPSREC = option("tcp.options.scpsrec", "TCP Option - SCPS record boundary");
    static final FieldSpec OPT_SCPSCOR = option("tcp.options.scpscor", "TCP Option - SCPS corruption experienced");
    static final FieldSpec OPT_QS = option("tcp.options.qs", "TCP Option - Quick-Start");
    static final FieldSpec OPT_USER_TO = option("tcp.options.user_to", "TCP Option - User Timeout");
    static final FieldSpec OPT_TFO = option("tcp.options.tfo", "TCP Option - TCP Fast Open");
    static final FieldSpec OPT_ACC_ECN = option("tcp.options.acc_ecn", "TCP Option - Accurate ECN");
    static final FieldSpec OPT_RVBD_PROBE = option("tcp.options.rvbd.probe", "TCP Option - Riverbed Probe");
    static final FieldSpec OPT_RVBD_TRPY = option("tcp.options.rvbd.trpy", "TCP Option - Riverbed Transparency");
    static final FieldSpec OPT_EXP = option("tcp.options.experimental", "TCP Option - Experimental");
    static final FieldSpec OPT_UNKNOWN = option("tcp.options.unknown", "TCP Option - Unknown");
    static final FieldSpec MSS_VAL = FieldSpec.of("tcp.options.mss_val", "MSS Value", FieldType.UINT16)
            .base("BASE_DEC");
    static final FieldSpec WSCALE_SHIFT = FieldSpec.of("tcp.options.wscale.shift", "Shift count", FieldType.UINT8)
            .base("BASE_DEC")
            .describe("Logarithmically encoded power of 2 scale factor");
    static final FieldSpec WSCALE_MULTIPLIER = FieldSpec.of("tcp.options.wscale.multiplier", "Multiplier", FieldType.UINT16)
            .base("BASE_DEC")
            .describe("Multiply segment window size by this for scaled window size");
    static final FieldSpec SACK_LE = FieldSpec.of("tcp.options.sack_le", "TCP SACK Left Edge", FieldType.UINT32)
            .base("BASE_DEC");
    static final FieldSpec SACK_RE = FieldSpec.of("tcp.options.sack_re", "TCP SACK Right Edge", FieldType.UINT32)
            .base("BASE_DEC");
    static final FieldSpec SACK_COUNT = FieldSpec.of("tcp.options.sack.count", "TCP SACK Count", FieldType.UINT8)
            .base("BASE_DEC");
    static final FieldSpec DSACK_LE = FieldSpec.of("tcp.options.sack.dsack_le", "TCP D-SACK Left Edge", FieldType.UINT32)
            .base("BASE_DEC")
            .describe("Duplicate SACK Left Edge");
    static final FieldSpec DSACK_RE = FieldSpec.of("tcp.options.sack.dsack_re", "TCP D-SACK Right Edge", FieldType.UINT32)
            .base("BASE_DEC")
            .describe("Duplicate SACK Right Edge");
    static final FieldSpec TSVAL = FieldSpec.of("tcp.options.timestamp.tsval", "Timestamp value", FieldType.UINT32)
            .base("BASE_DEC")
            .describe("Value of sending machine's timestamp clock");
    static final FieldSpec TSECR = FieldSpec.of("tcp.options.timestamp.tsecr", "Timestamp echo reply", FieldType.UINT32)
            .base("BASE_DEC")
            .describe("Echoed timestamp from remote machine");
    static final FieldSpec ECHO_VALUE = FieldSpec.of("tcp.options.echo_value", "TCP Echo Option", FieldType.UINT32)
            .base("BASE_DEC")
            .describe("TCP Sack Echo");
    static final FieldSpec CC_VALUE = FieldSpec.of("tcp.options.cc_value", "TCP CC Option", FieldType.UINT32)
            .base("BASE_DEC");
    static final FieldSpec MD5_DIGEST = FieldSpec.of("tcp.options.md5.digest", "MD5 digest", FieldType.BYTES);
    static final FieldSpec AO_KEYID = FieldSpec.of("tcp.options.ao.keyid", "AO KeyID", FieldType.UINT8)
            .base("BASE_DEC");
    static final FieldSpec AO_RNEXTKEYID = FieldSpec.of("tcp.options.ao.rnextkeyid", "AO RNextKeyID", FieldType.UINT8)
            .base("BASE_DEC");
    static final FieldSpec AO_MAC = FieldSpec.of("tcp.options.ao.mac", "AO MAC", FieldType.BYTES);
    static final FieldSpec QS_RATE = FieldSpec.of("tcp.options.qs.rate", "QS Rate", FieldType.UINT8)
            .base("BASE_DEC").mask(0xfL);
    static final FieldSpec QS_TTL_DIFF = FieldSpec.of("tcp.options.qs.ttl_diff", "QS Rate", FieldType.UINT8)
            .base("BASE_DEC");
    static final FieldSpec USER_TO_GRANULARITY = FieldSpec.of("tcp.options.user_to_granularity", "Granularity", FieldType.BOOLEAN)
            .base("16").mask(0x8000L)
            .describe("TCP User Timeout Granularity");
    static final FieldSpec USER_TO_VAL = FieldSpec.of("tcp.options.user_to_val", "User Timeout", FieldType.UINT16)
            .base("BASE_DEC").mask(0x7fffL)
            .describe("TCP User Timeout Value");
    static final FieldSpec TFO_REQUEST = FieldSpec.of("tcp.options.tfo.request", "Fast Open Cookie Request", FieldType.NONE);
    static final FieldSpec TFO_COOKIE = FieldSpec.of("tcp.options.tfo.cookie", "Fast Open Cookie", FieldType.BYTES);
    static final FieldSpec ACC_ECN_EE0B = FieldSpec.of("tcp.options.acc_ecn.ee0b", "Accurate ECN Echo ECT(0) Byte Counter", FieldType.UINT24)
            .base("BASE_DEC");
    static final FieldSpec ACC_ECN_ECEB = FieldSpec.of("tcp.options.acc_ecn.eceb", "Accurate ECN Echo CE Byte Counter", FieldType.UINT24)
            .base("BASE_DEC");
    static final FieldSpec ACC_ECN_EE1B = FieldSpec.of("tcp.options.acc_ecn.ee1b", "Accurate ECN Echo ECT(1) Byte Counter", FieldType.UINT24)
            .base("BASE_DEC");
    static final FieldSpec EXP_EXID = FieldSpec.of("tcp.options.experimental.exid", "Experiment Identifier", FieldType.UINT16)
            .base("BASE_HEX");
    static final FieldSpec EXP_DATA = FieldSpec.of("tcp.options.experimental.data", "Data", FieldType.BYTES);
    static final FieldSpec TARR_RATE = FieldSpec.of("tcp.options.tarr.rate", "TARR Rate", FieldType.UINT8)
            .base("BASE_DEC").mask(0xfeL);
    static final FieldSpec TARR_RESERVED = FieldSpec.of("tcp.options.tar.reserved", "TARR Reserved", FieldType.UINT8)
            .base("BASE_DEC").mask(0x1L);
    static final FieldSpec UNKNOWN_PAYLOAD = FieldSpec.of("tcp.options.unknown.payload", "Payload", FieldType.BYTES);

    /** Every field of this class, for {@link TcpDissector#fields()}. */
    static final List<FieldSpec> ALL = List.of(OPTIONS, OPTION_KIND, OPTION_LEN, OPT_NOP, OPT_EOL,
            OPT_TIMESTAMP, OPT_MSS, OPT_WSCALE, OPT_SACK_PERM, OPT_SACK, OPT_ECHO, OPT_ECHOREPLY, OPT_CC,
            OPT_CCNEW, OPT_CCECHO, OPT_AO, OPT_MD5, OPT_SCPS, OPT_SNACK, OPT_SCPSREC, OPT_SCPSCOR, OPT_QS,
            OPT_USER_TO, OPT_TFO, OPT_ACC_ECN, OPT_RVBD_PROBE, OPT_RVBD_TRPY, OPT_EXP, OPT_UNKNOWN,
            MSS_VAL, WSCALE_SHIFT, WSCALE_MULTIPLIER, SACK_LE, SACK_RE, SACK_COUNT, DSACK_LE, DSACK_RE,
            TSVAL, TSECR, ECHO_VALUE, CC_VALUE, MD5_DIGEST, AO_KEYID, AO_RNEXTKEYID, AO_MAC, QS_RATE,
            QS_TTL_DIFF, USER_TO_GRANULARITY, USER_TO_VAL, TFO_REQUEST, TFO_COOKIE, ACC_ECN_EE0B,
            ACC_ECN_ECEB, ACC_ECN_EE1B, EXP_EXID, EXP_DATA, TARR_RATE, TARR_RESERVED, UNKNOWN_PAYLOAD);
}
