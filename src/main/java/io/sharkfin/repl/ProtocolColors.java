package io.sharkfin.repl;

import org.jline.utils.AttributedStyle;

import java.util.Locale;

/**
 * Row colours by protocol, after Wireshark's default colouring rules (TCP, UDP, DNS/HTTP, ICMP,
 * ARP), as foreground colours a dark or light terminal both show.
 */
final class ProtocolColors {
    private ProtocolColors() {
    }

    static AttributedStyle of(String protocolColumn) {
        return switch (protocolColumn.toLowerCase(Locale.ROOT)) {
            case "tcp" -> AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
            case "udp" -> AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
            case "dns", "mdns", "llmnr", "http", "ssdp", "tls" -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case "icmp", "icmpv6" -> AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
            case "arp" -> AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE);
            default -> AttributedStyle.DEFAULT;
        };
    }
}
