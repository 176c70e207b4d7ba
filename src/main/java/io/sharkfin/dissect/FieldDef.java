package io.sharkfin.dissect;

import java.util.Objects;

/**
 * One filterable name: a protocol or a field, as Wireshark registers it ({@code header_field_info}).
 *
 * <p>A definition is identified by its {@link #id()} inside one {@link FieldRegistry}. Fields that
 * sharkfin dissects have small dense ids; names known only from Wireshark's catalogue (so that a
 * filter naming them compiles as in tshark) are {@linkplain #dissected() not dissected} and never
 * occur in a packet.
 *
 * @param id          index in the registry
 * @param name        the filter name ({@code ip.ttl}, {@code tcp})
 * @param title       Wireshark's display name ({@code Time to Live})
 * @param type        the value type; {@link FieldType#PROTOCOL} for protocols
 * @param protocol    the protocol the field belongs to (its own name for a protocol)
 * @param display     Wireshark's display base as {@code tshark -G fields} prints it
 *                    ({@code BASE_DEC}, {@code BASE_HEX}, for booleans the bit width), may be empty
 * @param bitmask     the field's bitmask, 0 when it has none
 * @param description longer help text, may be empty
 * @param strings     names of values, or null
 * @param dissected   whether sharkfin can produce this field
 */
public record FieldDef(int id, String name, String title, FieldType type, String protocol,
                       String display, long bitmask, String description, ValueStrings strings,
                       boolean dissected) {

    public FieldDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        title = title == null ? "" : title;
        protocol = protocol == null ? name : protocol;
        display = display == null ? "" : display;
        description = description == null ? "" : description;
    }

    public boolean isProtocol() {
        return type == FieldType.PROTOCOL;
    }

    /** The same definition under another id (used when a registry is assembled). */
    FieldDef withId(int newId) {
        return new FieldDef(newId, name, title, type, protocol, display, bitmask, description,
                strings, dissected);
    }

    /** The name Wireshark's value strings give {@code value}, or null (no names, or none for it). */
    public String valueName(long value) {
        return strings == null ? null : strings.nameOf(value);
    }

    @Override
    public String toString() {
        return name + " <" + type.wiresharkName() + ">";
    }
}
