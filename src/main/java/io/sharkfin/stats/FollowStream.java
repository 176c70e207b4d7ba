package io.sharkfin.stats;

import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.Addresses;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;

import java.io.PrintWriter;
import java.lang.foreign.MemorySegment;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code -z follow,tcp|udp,ascii|hex|raw|yaml,STREAM[,RANGE]}: the payload of one TCP or UDP
 * conversation ({@link FollowedConversation}), printed as ui/cli/tap-follow.c prints it
 * ({@link FollowText}). STREAM is a stream index ({@code tcp.stream}) or the two ends
 * {@code ADDR:PORT,ADDR:PORT} ({@code [ADDR]:PORT} for IPv6); RANGE ({@code N} or {@code N-M})
 * picks chunks, counted from 1.
 */
public final class FollowStream implements Statistic {

    static final String FORM = "follow,tcp|udp,ascii|hex|raw|yaml,STREAM[,N[-M]] with STREAM an index or "
            + "ADDR:PORT,ADDR:PORT";

    private static final Pattern ARGUMENT = Pattern.compile(
            "follow,(tcp|udp),([a-z]+),(\\d+|(?:\\[[^\\]]+]|[^:,\\[]+):\\d+,(?:\\[[^\\]]+]|[^:,\\[]+):\\d+)(?:,(\\d+)(?:-(\\d+))?)?");
    private static final Pattern END = Pattern.compile("(?:\\[([^\\]]+)]|([^:,\\[]+)):(\\d+)");

    private final FollowedConversation.Protocol protocol;
    private final FollowText.Mode mode;
    private final String filterText;
    private final Filter filter;
    private final long first;
    private final long last;
    private final FollowedConversation conversation;
    private final BitSet fields;

    private FollowStream(FollowedConversation.Protocol protocol, FollowText.Mode mode, String filterText,
                         long first, long last, FieldRegistry registry) throws FilterException {
        this.protocol = protocol;
        this.mode = mode;
        this.filterText = filterText;
        this.filter = Filter.compile(filterText);
        this.first = first;
        this.last = last;
        this.conversation = new FollowedConversation(protocol, registry);
        this.fields = FollowedConversation.fields(registry);
        fields.or(filter.fields());
    }

    /** Follows stream index {@code stream} of {@code protocol} (tshark's {@code tcp.stream eq N}), printed in {@code mode}. */
    public static FollowStream of(FollowedConversation.Protocol protocol, FollowText.Mode mode, long stream,
                                  FieldRegistry registry) throws FilterException {
        return new FollowStream(protocol, mode, indexFilter(protocol, stream), 1, Long.MAX_VALUE, registry);
    }

    @Override
    public BitSet filterFields() {
        return filter.fields();
    }

    /** The statistic of a {@code follow,...} argument, or null when {@code arg} is not one. */
    static FollowStream parse(String arg, FieldRegistry registry) throws FilterException {
        if (!arg.startsWith("follow,")) {
            return null;
        }
        Matcher m = ARGUMENT.matcher(arg);
        FollowText.Mode mode = m.matches() ? FollowText.Mode.named(m.group(2)) : null;
        if (mode == null) {
            throw new IllegalArgumentException("sharkfin reads -z " + FORM + ", not \"" + arg + "\"");
        }
        FollowedConversation.Protocol protocol = m.group(1).equals("tcp")
                ? FollowedConversation.Protocol.TCP : FollowedConversation.Protocol.UDP;
        String name = protocol.filterName();
        String stream = m.group(3);
        String filterText = stream.indexOf(':') < 0 ? indexFilter(protocol, Long.parseLong(stream))
                : addressFilter(name, stream, arg);
        long first = m.group(4) == null ? 1 : Long.parseLong(m.group(4));
        long last = m.group(4) == null ? Long.MAX_VALUE : m.group(5) == null ? first : Long.parseLong(m.group(5));
        if (first < 1 || first > last) {
            throw new IllegalArgumentException("follow: chunks are counted from 1, the first not after the last: \""
                    + arg + "\"");
        }
        return new FollowStream(protocol, mode, filterText, first, last, registry);
    }

    /** The filter tcp_follow_index_filter (or UDP's) writes for a stream index. */
    private static String indexFilter(FollowedConversation.Protocol protocol, long stream) {
        return protocol.filterName() + ".stream eq " + stream;
    }

    /** The filter tcp_follow_address_filter (or UDP's) writes for two ends. */
    private static String addressFilter(String name, String ends, String arg) {
        Matcher m = END.matcher(ends);
        String[] address = new String[2];
        int[] port = new int[2];
        boolean[] v6 = new boolean[2];
        for (int i = 0; i < 2; i++) {
            if (!m.find()) {
                throw new IllegalArgumentException("follow: not two ADDR:PORT ends: \"" + arg + "\"");
            }
            v6[i] = m.group(1) != null;
            address[i] = v6[i] ? ipv6(m.group(1), arg) : ipv4(m.group(2), arg);
            port[i] = Integer.parseInt(m.group(3));
            if (port[i] < 1 || port[i] > 65535) {
                throw new IllegalArgumentException("follow: invalid port " + m.group(3) + " in \"" + arg + "\"");
            }
        }
        if (v6[0] != v6[1]) {
            throw new IllegalArgumentException("follow: mismatched IP address types in \"" + arg + "\"");
        }
        String ip = v6[0] ? "ipv6" : "ip";
        String a = "(" + ip + ".src eq " + address[0] + " and " + name + ".srcport eq " + port[0] + ") and ("
                + ip + ".dst eq " + address[1] + " and " + name + ".dstport eq " + port[1] + ")";
        String b = "(" + ip + ".src eq " + address[1] + " and " + name + ".srcport eq " + port[1] + ") and ("
                + ip + ".dst eq " + address[0] + " and " + name + ".dstport eq " + port[0] + ")";
        return "(" + a + ") or (" + b + ")";
    }

    private static String ipv4(String text, String arg) {
        Integer v = Addresses.parseIpv4(text);
        if (v == null) {
            throw new IllegalArgumentException("follow: \"" + text + "\" is not an IPv4 address (names are not "
                    + "resolved) in \"" + arg + "\"");
        }
        return Addresses.ipv4(v & 0xffffffffL);
    }

    private static String ipv6(String text, String arg) {
        byte[] v = Addresses.parseIpv6(text);
        if (v == null) {
            throw new IllegalArgumentException("follow: \"" + text + "\" is not an IPv6 address in \"" + arg + "\"");
        }
        StringBuilder sb = new StringBuilder();
        FieldFormat.appendIPv6(MemorySegment.ofArray(v), 0, sb);
        return sb.toString();
    }

    @Override
    public BitSet fields() {
        return (BitSet) fields.clone();
    }

    /** A followed stream's tap always has its stream's filter. */
    @Override
    public boolean needsTree() {
        return true;
    }

    @Override
    public void accept(Packet p) {
        if (filter.test(p)) {
            conversation.accept(p);
        }
    }

    @Override
    public void print(PrintWriter out) {
        out.print(text());
    }

    /** Whether a frame of the stream was seen. */
    public boolean followed() {
        return conversation.client() != null;
    }

    /** The text {@link #print} writes: with empty nodes when no frame of the stream was seen, as tshark's. */
    public String text() {
        FollowedConversation.Endpoint none = new FollowedConversation.Endpoint("", false, 0);
        FollowedConversation.Endpoint client = followed() ? conversation.client() : none;
        FollowedConversation.Endpoint server = followed() ? conversation.server() : none;
        return FollowText.render(protocol.filterName(), mode, filterText, client, server, conversation.chunks(),
                first, last);
    }
}
