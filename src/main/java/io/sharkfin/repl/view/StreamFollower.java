package io.sharkfin.repl.view;

import io.sharkfin.capture.CaptureReader;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.dissect.Session;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;
import io.sharkfin.stats.FollowText;
import io.sharkfin.stats.FollowedConversation;

import java.io.IOException;
import java.util.BitSet;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The REPL's {@code :follow tcp|udp N}: one pass over the capture that gives the frames of a
 * stream to a {@link FollowedConversation} and prints it as tshark's {@code -z
 * follow,tcp,MODE,N} does ({@link FollowText}).
 */
public final class StreamFollower {

    private final FieldRegistry registry = FieldRegistry.standard();

    /**
     * Follows stream {@code stream} of {@code reader}'s capture.
     *
     * @param mode how the chunks are printed, as tshark's follow modes
     * @param stop polled per frame; true ends the scan early
     * @return the text, lines separated by {@code \n} (data may hold {@code \r}); empty when no
     *         frame belongs to the stream
     */
    public Optional<String> follow(CaptureReader reader, FollowedConversation.Protocol protocol, long stream,
                                   String label, FollowText.Mode mode, BooleanSupplier stop)
            throws FilterException, IOException {
        String filterText = protocol.filterName() + ".stream eq " + stream;
        Filter filter = Filter.compile(filterText);
        BitSet fields = FollowedConversation.fields(registry);
        fields.or(filter.fields());
        FollowedConversation conv = new FollowedConversation(protocol, registry);
        try (PacketStream packets = new PacketStream(reader, Session.needing(fields))) {
            Packet p;
            while (!stop.getAsBoolean() && (p = packets.next()) != null) {
                if (filter.test(p)) {
                    conv.accept(p);
                }
            }
        }
        return conv.client() == null ? Optional.empty()
                : Optional.of(FollowText.render(label == null ? protocol.filterName() : label, mode,
                        filterText, conv.client(), conv.server(), conv.chunks(), 1, Long.MAX_VALUE));
    }
}
