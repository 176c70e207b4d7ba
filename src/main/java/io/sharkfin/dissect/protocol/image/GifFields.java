package io.sharkfin.dissect.protocol.image;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/** The image-gif fields of Wireshark 4.0 (file-gif.c), in {@code tshark -G fields}' order. */
public final class GifFields {
    private GifFields() {
    }

    private static FieldSpec f(String name, String title, FieldType type, String base) {
        return FieldSpec.of(name, title, type).base(base);
    }

    private static FieldSpec bits(String name, String title, long mask) {
        return FieldSpec.of(name, title, FieldType.UINT8).base("BASE_DEC").mask(mask);
    }

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec GIF = SPECS.add(FieldSpec.protocol("image-gif", "Compuserve GIF"));
    public static final FieldSpec VERSION = SPECS.add(f("image-gif.version", "Version", FieldType.STRING, ""));
    public static final FieldSpec SCREEN_WIDTH = SPECS.add(f("image-gif.screen.width", "Screen width", FieldType.UINT16, "BASE_DEC"));
    public static final FieldSpec SCREEN_HEIGHT = SPECS.add(f("image-gif.screen.height", "Screen height", FieldType.UINT16,
            "BASE_DEC"));
    public static final FieldSpec GLOBAL_COLOR_MAP_PRESENT = SPECS.add(bits("image-gif.global.color_map.present",
            "Global color map is present", 0x80));
    public static final FieldSpec GLOBAL_COLOR_BPP = SPECS.add(bits("image-gif.global.color_bpp", "Bits per color minus 1", 0x70));
    public static final FieldSpec GLOBAL_COLOR_MAP_ORDERED = SPECS.add(bits("image-gif.global.color_map.ordered",
            "Global color map is ordered", 0x08));
    public static final FieldSpec GLOBAL_BPP = SPECS.add(bits("image-gif.global.bpp", "Image bits per pixel minus 1", 0x07));
    public static final FieldSpec BACKGROUND_INDEX = SPECS.add(f("image-gif.image_background_index", "Background color index",
            FieldType.UINT8, "BASE_DEC"));
    public static final FieldSpec PIXEL_ASPECT_RATIO = SPECS.add(f("image-gif.global.pixel_aspect_ratio",
            "Global pixel aspect ratio", FieldType.UINT8, "BASE_DEC"));
    public static final FieldSpec GLOBAL_COLOR_MAP = SPECS.add(f("image-gif.global.color_map", "Global color map",
            FieldType.BYTES, ""));
    public static final FieldSpec IMAGE_LEFT = SPECS.add(f("image-gif.image.left", "Image left position", FieldType.UINT16,
            "BASE_DEC"));
    public static final FieldSpec IMAGE_TOP = SPECS.add(f("image-gif.image.top", "Image top position", FieldType.UINT16,
            "BASE_DEC"));
    public static final FieldSpec IMAGE_WIDTH = SPECS.add(f("image-gif.image.width", "Image width", FieldType.UINT16, "BASE_DEC"));
    public static final FieldSpec IMAGE_HEIGHT = SPECS.add(f("image-gif.image.height", "Image height", FieldType.UINT16,
            "BASE_DEC"));
    public static final FieldSpec LOCAL_COLOR_MAP_PRESENT = SPECS.add(bits("image-gif.local.color_map.present",
            "Local color map is present", 0x80));
    public static final FieldSpec LOCAL_COLOR_BPP = SPECS.add(bits("image-gif.local.color_bpp", "Bits per color minus 1", 0x70));
    public static final FieldSpec LOCAL_COLOR_MAP_ORDERED = SPECS.add(bits("image-gif.local.color_map.ordered",
            "Local color map is ordered", 0x08));
    /** Registered, but file-gif.c adds an image's bits per pixel as {@link #GLOBAL_BPP}. */
    public static final FieldSpec LOCAL_BPP = SPECS.add(bits("image-gif.local.bpp", "Image bits per pixel minus 1", 0x07));
    public static final FieldSpec LOCAL_COLOR_MAP = SPECS.add(f("image-gif.local.color_map", "Local color map", FieldType.BYTES,
            ""));
    public static final FieldSpec EXTENSION = SPECS.add(f("image-gif.extension", "Extension", FieldType.NONE, ""));
    public static final FieldSpec EXTENSION_LABEL = SPECS.add(f("image-gif.extension.label", "Extension label", FieldType.UINT8,
            "BASE_HEX"));
    public static final FieldSpec IMAGE = SPECS.add(f("image-gif.image", "Image", FieldType.NONE, ""));
    public static final FieldSpec IMAGE_CODE_SIZE = SPECS.add(f("image-gif.image.code_size", "LZW minimum code size",
            FieldType.UINT8, "BASE_DEC"));
    public static final FieldSpec END = SPECS.add(f("image-gif.end", "Trailer (End of the GIF stream)", FieldType.NONE, ""));
    /** A data sub-block: its length byte and bytes; an empty one shows as {@code <none>}. */
    public static final FieldSpec DATA_BLOCK = SPECS.add(f("image-gif.data_block", "Data block", FieldType.UINT_BYTES,
            "BASE_ALLOW_ZERO"));
    public static final Expert.Info UNKNOWN_DATA_BLOCK_TYPE = SPECS.add(new Expert.Info(
            FieldSpec.of("gif.data_block_type.unknown", "Unknown GIF data block type", FieldType.NONE)
                    .inProtocol("image-gif"),
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Unknown GIF data block type"));

    /** Every field but the protocol's. */
    static final List<FieldSpec> FIELDS = SPECS.list().stream()
            .filter(f -> f != GIF).toList();
}
