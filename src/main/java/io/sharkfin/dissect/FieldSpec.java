package io.sharkfin.dissect;

import java.util.Objects;

/**
 * A field as a dissector declares it, once, as a constant: name, title, type, display base,
 * bitmask and value names. A {@link FieldRegistry} gives it its id; a spec belongs to one registry.
 *
 * <pre>{@code
 * static final FieldSpec TTL = FieldSpec.of("ip.ttl", "Time to Live", FieldType.UINT8).base("BASE_DEC");
 * }</pre>
 */
public final class FieldSpec {
    private final String name;
    private final String title;
    private final FieldType type;
    private String display = "";
    private long bitmask;
    private String description = "";
    private ValueStrings strings;
    private String protocol;
    // set once, before any session exists (the registry is built in a class initializer, which
    // publishes it safely); not volatile, since it is read for every field of every frame
    private int id = -1;

    private FieldSpec(String name, String title, FieldType type) {
        this.name = Objects.requireNonNull(name);
        this.title = Objects.requireNonNull(title);
        this.type = Objects.requireNonNull(type);
    }

    /** A field; its protocol is the part of the name before the first dot. */
    public static FieldSpec of(String name, String title, FieldType type) {
        return new FieldSpec(name, title, type);
    }

    /** A protocol: an {@link FieldType#PROTOCOL} field named after the protocol's filter name. */
    public static FieldSpec protocol(String name, String title) {
        return new FieldSpec(name, title, FieldType.PROTOCOL);
    }

    public FieldSpec base(String display) {
        this.display = display;
        return this;
    }

    public FieldSpec mask(long bitmask) {
        this.bitmask = bitmask;
        return this;
    }

    public FieldSpec describe(String text) {
        this.description = text;
        return this;
    }

    public FieldSpec strings(ValueStrings vs) {
        this.strings = vs;
        return this;
    }

    /** Sets the parent protocol when it is not the first segment of the name. */
    public FieldSpec inProtocol(String protocolName) {
        this.protocol = protocolName;
        return this;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public FieldType type() {
        return type;
    }

    public String display() {
        return display;
    }

    public long bitmask() {
        return bitmask;
    }

    public String description() {
        return description;
    }

    public ValueStrings strings() {
        return strings;
    }

    public String protocolName() {
        if (protocol != null) {
            return protocol;
        }
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The id the registry gave this spec; -1 before it is registered. */
    public int id() {
        return id;
    }

    void bind(int newId) {
        if (id != -1 && id != newId) {
            throw new IllegalStateException(name + " is already registered with id " + id);
        }
        id = newId;
    }

    @Override
    public String toString() {
        return name + " <" + type.wiresharkName() + ">";
    }
}
