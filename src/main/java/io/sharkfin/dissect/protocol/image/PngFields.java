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

    public static final FieldSpec PNG = FieldSpec.protocol("png", "Portable Network Graphics");
    public static final FieldSpec SIGNATURE = f("png.signature", "PNG Signature", FieldType.BYTES, "");
    public static final FieldSpec CHUNK_DATA = f("png.chunk.data", "Data", FieldType.NONE, "");
    public static final FieldSpec CHUNK_TYPE = f("png.chunk.type", "Chunk", FieldType.STRING, "");
    public static final FieldSpec CHUNK_LEN = f("png.chunk.len", "Len", FieldType.UINT32, "BASE_DEC");
    public static final FieldSpec CHUNK_CRC = f("png.chunk.crc", "CRC", FieldType.UINT32, "BASE_HEX");
    public static final FieldSpec FLAG_ANCILLARY = flag("png.chunk.flag.ancillary", "Ancillary", 0x20000000L);
    public static final FieldSpec FLAG_PRIVATE = flag("png.chunk.flag.private", "Private", 0x00200000L);
    public static final FieldSpec FLAG_STC = flag("png.chunk.flag.stc", "Safe To Copy", 0x00000020L);
    public static final FieldSpec IHDR_WIDTH = f("png.ihdr.width", "Width", FieldType.UINT32, "BASE_DEC");
    public static final FieldSpec IHDR_HEIGHT = f("png.ihdr.height", "Height", FieldType.UINT32, "BASE_DEC");
    public static final FieldSpec IHDR_BITDEPTH = f("png.ihdr.bitdepth", "Bit Depth", FieldType.UINT8, "BASE_DEC");
    public static final FieldSpec IHDR_COLOUR_TYPE = f("png.ihdr.colour_type", "Colour Type", FieldType.UINT8, "BASE_DEC");
    public static final FieldSpec IHDR_COMPRESSION_METHOD = f("png.ihdr.compression_method", "Compression Method",
            FieldType.UINT8, "BASE_DEC");
    public static final FieldSpec IHDR_FILTER_METHOD = f("png.ihdr.filter_method", "Filter Method", FieldType.UINT8,
            "BASE_DEC");
    public static final FieldSpec IHDR_INTERLACE_METHOD = f("png.ihdr.interlace_method", "Interlace Method",
            FieldType.UINT8, "BASE_DEC");
    public static final FieldSpec SRGB_INTENT = f("png.srgb.intent", "Intent", FieldType.UINT8, "BASE_DEC");
    public static final FieldSpec TEXT_KEYWORD = f("png.text.keyword", "Keyword", FieldType.STRING, "");
    public static final FieldSpec TEXT_STRING = f("png.text.string", "String", FieldType.STRING, "");
    public static final FieldSpec TIME_YEAR = f("png.time.year", "Year", FieldType.UINT16, "BASE_DEC");
    public static final FieldSpec TIME_MONTH = f("png.time.month", "Month", FieldType.UINT8, "BASE_DEC");
    public static final FieldSpec TIME_DAY = f("png.time.day", "Day", FieldType.UINT8, "BASE_DEC");
    public static final FieldSpec TIME_HOUR = f("png.time.hour", "Hour", FieldType.UINT8, "BASE_DEC");
    public static final FieldSpec TIME_MINUTE = f("png.time.minute", "Minute", FieldType.UINT8, "BASE_DEC");
    public static final FieldSpec TIME_SECOND = f("png.time.second", "Second", FieldType.UINT8, "BASE_DEC");
    public static final FieldSpec PHYS_HORIZ = f("png.phys.horiz", "Horizontal pixels per unit", FieldType.UINT32,
            "BASE_DEC");
    public static final FieldSpec PHYS_VERT = f("png.phys.vert", "Vertical pixels per unit", FieldType.UINT32,
            "BASE_DEC");
    public static final FieldSpec PHYS_UNIT = f("png.phys.unit", "Unit", FieldType.UINT8, "BASE_DEC");
    public static final FieldSpec BKGD_PALETTE_INDEX = f("png.bkgd.palette_index", "Palette Index", FieldType.UINT8,
            "BASE_DEC");
    public static final FieldSpec BKGD_GREYSCALE = f("png.bkgd.greyscale", "Greyscale", FieldType.UINT16, "BASE_HEX");
    public static final FieldSpec BKGD_RED = f("png.bkgd.red", "Red", FieldType.UINT16, "BASE_HEX");
    public static final FieldSpec BKGD_GREEN = f("png.bkgd.green", "Green", FieldType.UINT16, "BASE_HEX");
    public static final FieldSpec BKGD_BLUE = f("png.bkgd.blue", "Blue", FieldType.UINT16, "BASE_HEX");
    public static final FieldSpec CHRM_WHITE_X = f("png.chrm.white.x", "White X", FieldType.FLOAT, "");
    public static final FieldSpec CHRM_WHITE_Y = f("png.chrm.white.y", "White Y", FieldType.FLOAT, "");
    public static final FieldSpec CHRM_RED_X = f("png.chrm.red.x", "Red X", FieldType.FLOAT, "");
    public static final FieldSpec CHRM_RED_Y = f("png.chrm.red.y", "Red Y", FieldType.FLOAT, "");
    public static final FieldSpec CHRM_GREEN_X = f("png.chrm.green.x", "Green X", FieldType.FLOAT, "");
    public static final FieldSpec CHRM_GREEN_Y = f("png.chrm.green.y", "Green Y", FieldType.FLOAT, "");
    public static final FieldSpec CHRM_BLUE_X = f("png.chrm.blue.x", "Blue X", FieldType.FLOAT, "");
    public static final FieldSpec CHRM_BLUE_Y = f("png.chrm.blue.y", "Blue Y", FieldType.FLOAT, "");
    public static final FieldSpec GAMA_GAMMA = f("png.gama.gamma", "Gamma", FieldType.FLOAT, "");
    public static final Expert.Info CHUNK_TOO_LARGE = Expert.Info.of("png.chunk_too_large", Expert.Group.PROTOCOL,
            Expert.Severity.WARN, "chunk size too large, dissection of this chunk is not supported");

    /** Every field but the protocol's. */
    static final List<FieldSpec> FIELDS = DeclaredFields.of(PngFields.class).stream()
            .filter(f -> f != PNG).toList();
}
