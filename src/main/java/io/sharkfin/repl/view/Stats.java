package io.sharkfin.repl.view;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.util.List;
import java.util.Locale;

/**
 * One {@code :stats} table, fed the frames a filter selects. Each kind names the fields it reads
 * so the scan's session records them.
 */
public interface Stats {

    /** The kinds {@code :stats} knows, in the order help lists them. */
    List<String> KINDS = List.of("conv", "endpoints", "protocols", "dns", "http", "tls", "expert", "dests",
            "credentials");

    /** Rows shown in a top-N table. */
    int TOP = 10;

    /** Fields the statistics read (beyond the filter's). */
    List<String> fields();

    /** Whether the statistics read each frame's whole tree rather than {@link #fields()}. */
    default boolean wholeTree() {
        return false;
    }

    /** Counts one selected frame. */
    void add(Packet p);

    /** The report, for the filter it was made over (empty text: every frame). */
    List<String> render(String filter);

    /** The statistics of that kind, or null for an unknown kind. */
    static Stats create(String kind, FieldRegistry registry) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "conv", "conversations" -> new ConversationStats(registry);
            case "endpoints" -> new EndpointStats(registry);
            case "protocols", "phs" -> new TsharkStats("io,phs", registry);
            case "dns" -> FieldTopStats.dns(registry);
            case "http" -> FieldTopStats.http(registry);
            case "tls" -> FieldTopStats.tls(registry);
            case "expert" -> new TsharkStats("expert", registry);
            case "dests" -> new TsharkStats("dests,tree", registry);
            case "credentials", "creds" -> new TsharkStats("credentials", registry);
            default -> null;
        };
    }
}
