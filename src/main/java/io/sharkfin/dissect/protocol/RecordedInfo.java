package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What dissectors wrote into the Info column for the frame just dissected, one text per call of
 * each protocol, for the summary line's writers: packet-smtp.c and packet-imf.c word their
 * column from the conversation's state (which line is a user name, where a message ended) and
 * from bytes no field keeps, so their writers read the text here rather than rebuild it from
 * the fields.
 */
public final class RecordedInfo {
    private long frame = -1;
    private final Map<String, List<String>> byProtocol = new HashMap<>();

    /** Records the Info text call number n (from 0) of {@code protocol} wrote on {@code p}. */
    public static void add(Packet p, String protocol, String info) {
        RecordedInfo r = p.session().state(RecordedInfo.class, RecordedInfo::new);
        if (r.frame != p.number()) {
            r.frame = p.number();
            r.byProtocol.clear();
        }
        r.byProtocol.computeIfAbsent(protocol, k -> new ArrayList<>()).add(info);
    }

    /** The texts the calls of {@code protocol} recorded for {@code p}, the packet dissected last. */
    public static List<String> of(Packet p, String protocol) {
        RecordedInfo r = p.session().state(RecordedInfo.class, RecordedInfo::new);
        return r.frame == p.number() ? r.byProtocol.getOrDefault(protocol, List.of()) : List.of();
    }
}
