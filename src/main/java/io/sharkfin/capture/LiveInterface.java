package io.sharkfin.capture;

import java.util.List;

/**
 * A network interface live capture can use, as {@code tshark -D} lists it.
 *
 * @param name        the name to pass to {@link LiveCapture#open(LiveCapture.Options)} ({@code eth0})
 * @param description libpcap's description, or null
 * @param addresses   the interface's IPv4 and IPv6 addresses, as text
 * @param loopback    whether it is a loopback interface
 * @param up          whether it is up
 */
public record LiveInterface(String name, String description, List<String> addresses, boolean loopback,
                            boolean up) {
    /** Copies the address list, so the record stays immutable. */
    public LiveInterface {
        addresses = List.copyOf(addresses);
    }
}
