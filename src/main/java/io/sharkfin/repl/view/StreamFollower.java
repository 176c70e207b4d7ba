package io.sharkfin.repl.view;

import io.sharkfin.capture.CaptureReader;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.dissect.Session;
import io.sharkfin.filter.FilterException;
import io.sharkfin.stats.FollowStream;
import io.sharkfin.stats.FollowText;
import io.sharkfin.stats.FollowedConversation;

import java.io.IOException;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The REPL's {@code :follow tcp|udp N}: one pass over the capture through the {@link FollowStream}
 * that {@code -z follow,tcp,MODE,N} uses, its text as tshark prints it.
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
                                   FollowText.Mode mode, BooleanSupplier stop) throws FilterException, IOException {
        FollowStream follow = FollowStream.of(protocol, mode, stream, registry);
        try (PacketStream packets = new PacketStream(reader, Session.needing(follow.fields()))) {
            Packet p;
            while (!stop.getAsBoolean() && (p = packets.next()) != null) {
                follow.accept(p);
            }
        }
        return follow.followed() ? Optional.of(follow.text()) : Optional.empty();
    }
}
