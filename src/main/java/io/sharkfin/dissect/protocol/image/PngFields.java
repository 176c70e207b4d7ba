package io.sharkfin.dissect.protocol.image;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/** The png fields of Wireshark 4.0 (file-png.c), in {@code tshark -G fields}' order. */
public final class PngFields {
    private PngFields() {
    }

    private static FieldSpec f(String name, String title, FieldType type, String base) {
        return FieldSpec.of(name, title, type).base(base);
    }

    private static FieldSpec flag(String name, String title, long mask) {
        return FieldSpec.of(name, title, FieldType.BOOLEAN).base("32").mask(mask);
    }

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec PNG = SPECS.add(FieldSpec.protocol("png", "Portable Network Graphics"));
    public static final FieldSpec SIGNATURE = SPECS.add(f("png.signature", "PNG Signature", FieldType.BYTES, ""));
    public static final FieldSpec CHUNK_DATA = SPECS.add(f("png.chunk.data", "Data", FieldType.NONE, ""));
    public static final FieldSpec CHUNK_TYPE = SPECS.add(f("png.chunk.type", "Chunk", FieldType.STRING, ""));
    public static final FieldSpec CHUNK_LEN = SPECS.add(f("png.chunk.len", "Len", FieldType.UINT32, "BASE_DEC"));
    public static final FieldSpec CHUNK_CRC = SPECS.add(f("png.chunk.crc", "CRC", FieldType.UINT32, "BASE_HEX"));
    public static final FieldSpec FLAG_ANCILLARY = SPECS.add(flag("png.chunk.flag.ancillary", "Ancillary", 0x20000000L));
    public static final FieldSpec FLAG_PRIVATE = SPECS.add(flag("png.chunk.flag.private", "Private", 0x00200000L));
    public static final FieldSpec FLAG_STC = SPECS.add(flag("png.chunk.flag.stc", "Safe To Copy", 0x00000020L));
    public static final FieldSpec IHDR_WIDTH = SPECS.add(f("png.ihdr.width", "Width", FieldType.UINT32, "BASE_DEC"));
    public static final FieldSpec IHDR_HEIGHT = SPECS.add(f("png.ihdr.height", "Height", FieldType.UINT32, "BASE_DEC"));
    public static final FieldSpec IHDR_BITDEPTH = SPECS.add(f("png.ihdr.bitdepth", "Bit Depth", FieldType.UINT8, "BASE_DEC"));
    public static final FieldSpec IHDR_COLOUR_TYPE = SPECS.add(f("png.ihdr.colour_type", "Colour Type", FieldType.UINT8, "BASE_DEC"));
    public static final FieldSpec IHDR_COMPRESSION_METHOD = SPECS.add(f("png.ihdr.compression_method", "Compression Method",
            FieldType.UINT8, "BASE_DEC"));
    public static final FieldSpec IHDR_FILTER_METHOD = SPECS.add(f("png.ihdr.filter_method", "Filter Method", FieldType.UINT8,
            "BASE_DEC"));
    public static final FieldSpec IHDR_INTERLACE_METHOD = SPECS.add(f("png.ihdr.interlace_method", "Interlace Method",
            FieldType.UINT8, "BASE_DEC"));
    public static final FieldSpec SRGB_INTENT = SPECS.add(f("png.srgb.intent", "Intent", FieldType.UINT8, "BASE_DEC"));
    public static final FieldSpec TEXT_KEYWORD = SPECS.add(f("png.text.keyword", "Keyword", FieldType.STRING, ""));
    public static final FieldSpec TEXT_STRING = SPECS.add(f("png.text.string", "String", FieldType.STRING, ""));
    public static final FieldSpec TIME_YEAR = SPECS.add(f("png.time.year", "Year", FieldType.UINT16, "BASE_DEC"));
    public static final FieldSpec TIME_MONTH = SPECS.add(f("png.time.month", "Month", FieldType.UINT8, "BASE_DEC"));
    public static final FieldSpec TIME_DAY = SPECS.add(f("png.time.day", "Day", FieldType.UINT8, "BASE_DEC"));
    public static final FieldSpec TIME_HOUR = SPECS.add(f("png.time.hour", "Hour", FieldType.UINT8, "BASE_DEC"));
    public static final FieldSpec TIME_MINUTE = SPECS.add(f("png.time.minute", "Minute", FieldType.UINT8, "BASE_DEC"));
    public static final FieldSpec TIME_SECOND = SPECS.add(f("png.time.second", "Second", FieldType.UINT8, "BASE_DEC"));
    public static final FieldSpec PHYS_HORIZ = SPECS.add(f("png.phys.horiz", "Horizontal pixels per unit", FieldType.UINT32,
            "BASE_DEC"));
    public static final FieldSpec PHYS_VERT = SPECS.add(f("png.phys.vert", "Vertical pixels per unit", FieldType.UINT32,
            "BASE_DEC"));
    public static final FieldSpec PHYS_UNIT = SPECS.add(f("png.phys.unit", "Unit", FieldType.UINT8, "BASE_DEC"));
    public static final FieldSpec BKGD_PALETTE_INDEX = SPECS.add(f("png.bkgd.palette_index", "Palette Index", FieldType.UINT8,
            "BASE_DEC"));
    public static final FieldSpec BKGD_GREYSCALE = SPECS.add(f("png.bkgd.greyscale", "Greyscale", FieldType.UINT16, "BASE_HEX"));
    public static final FieldSpec BKGD_RED = SPECS.add(f("png.bkgd.red", "Red", FieldType.UINT16, "BASE_HEX"));
    public static final FieldSpec BKGD_GREEN = SPECS.add(f("png.bkgd.green", "Green", FieldType.UINT16, "BASE_HEX"));
    public static final FieldSpec BKGD_BLUE = SPECS.add(f("png.bkgd.blue", "Blue", FieldType.UINT16, "BASE_HEX"));
    public static final FieldSpec CHRM_WHITE_X = SPECS.add(f("png.chrm.white.x", "White X", FieldType.FLOAT, ""));
    public static final FieldSpec CHRM_WHITE_Y = SPECS.add(f("png.chrm.white.y", "White Y", FieldType.FLOAT, ""));
    public static final FieldSpec CHRM_RED_X = SPECS.add(f("png.chrm.red.x", "Red X", FieldType.FLOAT, ""));
    public static final FieldSpec CHRM_RED_Y = SPECS.add(f("png.chrm.red.y", "Red Y", FieldType.FLOAT, ""));
    public static final FieldSpec CHRM_GREEN_X = SPECS.add(f("png.chrm.green.x", "Green X", FieldType.FLOAT, ""));
    public static final FieldSpec CHRM_GREEN_Y = SPECS.add(f("png.chrm.green.y", "Green Y", FieldType.FLOAT, ""));
    public static final FieldSpec CHRM_BLUE_X = SPECS.add(f("png.chrm.blue.x", "Blue X", FieldType.FLOAT, ""));
    public static final FieldSpec CHRM_BLUE_Y = SPECS.add(f("png.chrm.blue.y", "Blue Y", FieldType.FLOAT, ""));
    public static final FieldSpec GAMA_GAMMA = SPECS.add(f("png.gama.gamma", "Gamma", FieldType.FLOAT, ""));
    public static final Expert.Info CHUNK_TOO_LARGE = SPECS.add(Expert.Info.of("png.chunk_too_large", Expert.Group.PROTOCOL,
            Expert.Severity.WARN, "chunk size too large, dissection of this chunk is not supported"));

    /** Every field but the protocol's. */
    static final List<FieldSpec> FIELDS = SPECS.list().stream()
            .filter(f -> f != PNG).toList();
}
