package io.sharkfin.dissect;

import io.sharkfin.dissect.protocol.FrameDissector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The set of dissectors a session uses and the tables that connect them (link type → first
 * protocol, ethertype, IP protocol number, TCP and UDP ports). {@link #standard()} is the
 * built-in set; its fields form {@link FieldRegistry#standard()}.
 */
public final class Dissectors {

    /** Link-layer type of a frame (pcap LINKTYPE_ value) → the first protocol. */
    public final DissectorTable linkType = new DissectorTable("link type");
    /** Ethernet type / SLL protocol. */
    public final DissectorTable ethertype = new DissectorTable("ethertype");
    /** IPv4 protocol / IPv6 next header. */
    public final DissectorTable ipProto = new DissectorTable("ip.proto");
    /** Well-known TCP ports (either direction). */
    public final DissectorTable tcpPort = new DissectorTable("tcp.port");
    /** Well-known UDP ports (either direction). */
    public final DissectorTable udpPort = new DissectorTable("udp.port");

    private final Map<String, Dissector> byName = new LinkedHashMap<>();
    private final List<FieldSpec> extraFields = new ArrayList<>();
    private FrameDissector frame;
    private Dissector data;
    private FieldRegistry registry;

    private Dissectors() {
    }

    /** The built-in dissectors. */
    public static Dissectors standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final Dissectors INSTANCE = build();
    }

    static FieldRegistry standardRegistry() {
        return standard().registry;
    }

    private static Dissectors build() {
        return build(ds -> { });
    }

    /**
     * The standard dissectors plus more, added by {@code extra} (test dissectors, extensions).
     * The standard fields keep the ids they have in {@link #standard()}, so both sets can be used
     * in one JVM; the extra ones come after them.
     */
    public static Dissectors extended(Consumer<Dissectors> extra) {
        return build(extra);
    }

    private static Dissectors build(Consumer<Dissectors> extra) {
        Dissectors ds = new Dissectors();
        StandardDissectors.install(ds);
        List<Dissector> standard = List.copyOf(ds.byName.values());
        List<FieldSpec> standardExtras = List.copyOf(ds.extraFields);
        extra.accept(ds);
        FieldRegistry.Builder b = FieldRegistry.builder(WiresharkCatalog.shipped());
        addFields(b, standard, standardExtras);
        List<Dissector> added = ds.byName.values().stream().filter(d -> !standard.contains(d)).toList();
        addFields(b, added, ds.extraFields.subList(standardExtras.size(), ds.extraFields.size()));
        ds.registry = b.build();
        return ds;
    }

    private static void addFields(FieldRegistry.Builder b, List<Dissector> dissectors, List<FieldSpec> extras) {
        for (Dissector d : dissectors) {
            b.add(d.protocol());
            for (FieldSpec f : d.fields()) {
                b.add(f);
            }
        }
        for (FieldSpec f : extras) {
            b.add(f);
        }
    }

    /** Adds a dissector, reachable by its protocol's name. */
    public <D extends Dissector> D add(D d) {
        Dissector before = byName.putIfAbsent(d.protocol().name(), d);
        if (before != null) {
            throw new IllegalArgumentException("two dissectors for " + d.protocol().name());
        }
        if (d instanceof FrameDissector f) {
            frame = f;
        }
        return d;
    }

    /**
     * Registers fields and pseudo-protocols that no dissector owns alone ({@code ethertype},
     * {@code data}, {@code _ws.malformed}, {@code _ws.expert}).
     */
    public void addFields(FieldSpec... fields) {
        Collections.addAll(extraFields, fields);
    }

    public Dissector byName(String protocol) {
        return byName.get(protocol);
    }

    /** The {@code data} dissector, which shows bytes no other dissector took (or null). */
    public Dissector data() {
        Dissector d = data;
        if (d == null) {
            d = byName.get("data");
            data = d;
        }
        return d;
    }

    public Iterable<Dissector> all() {
        return byName.values();
    }

    public FrameDissector frame() {
        return frame;
    }

    public FieldRegistry registry() {
        return registry;
    }

    /**
     * Fields any dissector may add (registered with {@link #addFields}: expert infos, error
     * indications), so that a session needing one of them runs every dissector.
     */
    public List<FieldSpec> sharedFields() {
        return Collections.unmodifiableList(extraFields);
    }

    /** The frame.protocols field, which needs every dissector to run. */
    public FieldSpec frameProtocolsField() {
        return frame == null ? null : frame.protocolsField();
    }
}
