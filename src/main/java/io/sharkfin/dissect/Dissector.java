package io.sharkfin.dissect;

import java.util.List;
import java.util.Locale;

/**
 * One protocol's dissector. A dissector declares its protocol and fields as {@link FieldSpec}
 * constants, reads the bytes it is given through {@link Packet}'s readers, adds the fields the
 * packet {@linkplain Packet#wants wants}, and hands the payload on with {@link Packet#call}.
 *
 * <p>Dissectors are stateless; state that spans frames (conversations, reassembly) lives in the
 * {@link Session} ({@link Session#state}).
 */
public interface Dissector {

    /** The protocol this dissector adds ({@link FieldType#PROTOCOL} spec). */
    FieldSpec protocol();

    /**
     * Every field this dissector may add, protocol included. Fields of helper protocols it adds
     * itself (TLS adding x509 fields) are listed too.
     */
    List<FieldSpec> fields();

    /**
     * Dissects {@code length} bytes of buffer {@code buf} starting at {@code offset}.
     *
     * @return the number of bytes taken, or 0 to say "not mine" (the protocol layer is then
     *         removed again, as with Wireshark's heuristic dissectors)
     * @throws Truncated when reading past the data; {@link Packet#call} handles it
     */
    int dissect(Packet p, int buf, int offset, int length);

    /**
     * Names of the protocols this one may hand data to (directly or through a table), so that a
     * session runs it whenever one of those is needed. Default: none.
     */
    default List<String> calls() {
        return List.of();
    }

    /**
     * Wireshark's short name of the protocol ({@code IPv4}, {@code Ethernet}), which error
     * indications quote ("[Malformed Packet: IPv4]"). Default: the filter name in capitals.
     */
    default String shortName() {
        return protocol().name().toUpperCase(Locale.ROOT);
    }

    /**
     * The text of this protocol's tree item for one occurrence ({@code Internet Protocol Version 4,
     * Src: 10.0.0.1, Dst: 10.0.0.2}), computed on demand from the packet so that dissecting
     * allocates nothing; null when Wireshark shows the plain protocol name. {@code tshark -T fields
     * -e ip} prints this text.
     *
     * @param entry the protocol's entry in {@code p}
     */
    default String label(Packet p, int entry) {
        return null;
    }

    /**
     * The fields {@link #label} reads from the packet (TCP's relative sequence numbers, DNS's
     * response flag): a reader that prints the label records them too. Default: none.
     */
    default List<FieldSpec> labelFields() {
        return List.of();
    }
}
