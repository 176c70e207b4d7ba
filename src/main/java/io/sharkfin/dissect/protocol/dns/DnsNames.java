package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.NameTable;

/**
 * Wireshark's short names of DNS record types and classes and its names of opcodes and response
 * codes (packet-dns.c), which the Info column and the records' tree items use.
 */
public final class DnsNames {
    private DnsNames() {
    }

    public static final NameTable TYPES = NameTable.of(
            0, "Unused", 1, "A", 2, "NS", 3, "MD", 4, "MF", 5, "CNAME", 6, "SOA", 7, "MB", 8, "MG", 9, "MR",
            10, "NULL", 11, "WKS", 12, "PTR", 13, "HINFO", 14, "MINFO", 15, "MX", 16, "TXT", 17, "RP",
            18, "AFSDB", 19, "X25", 20, "ISDN", 21, "RT", 22, "NSAP", 23, "NSAP-PTR", 24, "SIG", 25, "KEY",
            26, "PX", 27, "GPOS", 28, "AAAA", 29, "LOC", 30, "NXT", 31, "EID", 32, "NIMLOC", 33, "SRV",
            34, "ATMA", 35, "NAPTR", 36, "KX", 37, "CERT", 38, "A6", 39, "DNAME", 40, "SINK", 41, "OPT",
            42, "APL", 43, "DS", 44, "SSHFP", 45, "IPSECKEY", 46, "RRSIG", 47, "NSEC", 48, "DNSKEY",
            49, "DHCID", 50, "NSEC3", 51, "NSEC3PARAM", 52, "TLSA", 55, "HIP", 57, "RKEY", 58, "TALINK",
            59, "CDS", 60, "CDNSKEY", 61, "OPENPGPKEY", 62, "CSYNC", 63, "ZONEMD", 64, "SVCB", 65, "HTTPS",
            99, "SPF", 100, "UINFO", 101, "UID", 102, "GID", 103, "UNSPEC", 104, "NID", 105, "L32",
            106, "L64", 107, "LP", 108, "EUI48", 109, "EUI64", 249, "TKEY", 250, "TSIG", 251, "IXFR",
            252, "AXFR", 253, "MAILA", 254, "MAILB", 255, "ANY", 256, "URI", 257, "CAA", 32768, "TA",
            32769, "DLV", 65281, "WINS", 65282, "WINS-R", 65422, "XPF");

    public static final NameTable OPCODES = NameTable.of(
            0, "Standard query", 1, "Inverse query", 2, "Server status request",
            4, "Zone change notification", 5, "Dynamic update", 6, "DNS Stateful operations (DSO)");

    public static final NameTable RCODES = NameTable.of(
            0, "No error", 1, "Format error", 2, "Server failure", 3, "No such name", 4, "Not implemented",
            5, "Refused", 6, "Name exists", 7, "RRset exists", 8, "RRset does not exist",
            9, "Not authoritative", 10, "Name out of zone", 11, "DSO-Type not implemented",
            16, "Bad OPT Version or TSIG Signature Failure", 17, "Key not recognized",
            18, "Signature out of time window", 19, "Bad TKEY Mode", 20, "Duplicate key name",
            21, "Algorithm not supported", 22, "Bad Truncation", 23, "Bad/missing Server Cookie");

    public static final NameTable CLASSES = NameTable.of(1, "IN", 2, "CS", 3, "CH", 4, "HS", 254, "NONE", 255, "ANY");
}
