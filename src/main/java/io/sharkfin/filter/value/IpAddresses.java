package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldFormat;

import java.lang.foreign.MemorySegment;

/**
 * IPv4 and IPv6 text forms as glibc's {@code inet_ntop} writes them, which is what Wireshark 4.0
 * uses; their parsing ({@code inet_pton}) is {@link io.sharkfin.dissect.protocol.Addresses}'s, which
 * dissectors share. tshark resolves no host names by default, so a name is never an address here.
 */
final class IpAddresses {

    private IpAddresses() {
    }

    /** Dotted quad of an address held in an int, most significant byte first. */
    static String formatIpv4(int address) {
        return (address >>> 24) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff)
                + "." + (address & 0xff);
    }

    /**
     * {@code inet_ntop(AF_INET6)}: lower-case groups, the longest run of two or more zero
     * groups as {@code ::}, and the last 32 bits dotted for {@code ::a.b.c.d} and
     * {@code ::ffff:a.b.c.d}.
     */
    static String formatIpv6(byte[] a) {
        StringBuilder sb = new StringBuilder(39);
        FieldFormat.appendIPv6(MemorySegment.ofArray(a), 0, sb);
        return sb.toString();
    }

    /** The netmask of a prefix length 0-32. */
    static int mask(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }
}
