package io.sharkfin.dissect.protocol.image;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/** The image-jfif fields of Wireshark 4.0 (file-jpeg.c), in {@code tshark -G fields}' order. */
public final class JfifFields {
    private JfifFields() {
    }

    private static FieldSpec f(String name, String title, FieldType type, String base) {
        return FieldSpec.of(name, title, type).base(base);
    }

    private static FieldSpec dec(String name, String title, FieldType type) {
        return f(name, title, type, "BASE_DEC");
    }

    private static FieldSpec nibble(String name, String title, long mask) {
        return f(name, title, FieldType.UINT8, "BASE_DEC").mask(mask);
    }

    private static FieldSpec none(String name, String title) {
        return f(name, title, FieldType.NONE, "");
    }

    private static FieldSpec bytes(String name, String title) {
        return f(name, title, FieldType.BYTES, "");
    }

    private static Expert.Info invalid(String name) {
        return Expert.Info.of(name, Expert.Group.PROTOCOL, Expert.Severity.WARN, "Invalid value");
    }

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec JFIF = SPECS.add(FieldSpec.protocol("image-jfif", "JPEG File Interchange Format"));
    public static final FieldSpec MARKER = SPECS.add(f("image-jfif.marker", "Marker", FieldType.UINT16, "BASE_HEX"));
    public static final FieldSpec MARKER_SEGMENT = SPECS.add(none("image-jfif.marker_segment", "Marker segment"));
    public static final FieldSpec LENGTH = SPECS.add(dec("image-jfif.length", "Length", FieldType.UINT16));
    public static final FieldSpec IDENTIFIER = SPECS.add(f("image-jfif.identifier", "Identifier", FieldType.STRINGZ, ""));
    public static final FieldSpec VERSION = SPECS.add(none("image-jfif.version", "Version"));
    public static final FieldSpec VERSION_MAJOR = SPECS.add(dec("image-jfif.version.major", "Major Version", FieldType.UINT8));
    public static final FieldSpec VERSION_MINOR = SPECS.add(dec("image-jfif.version.minor", "Minor Version", FieldType.UINT8));
    public static final FieldSpec UNITS = SPECS.add(dec("image-jfif.units", "Units", FieldType.UINT8));
    public static final FieldSpec XDENSITY = SPECS.add(dec("image-jfif.Xdensity", "Xdensity", FieldType.UINT16));
    public static final FieldSpec YDENSITY = SPECS.add(dec("image-jfif.Ydensity", "Ydensity", FieldType.UINT16));
    public static final FieldSpec XTHUMBNAIL = SPECS.add(dec("image-jfif.Xthumbnail", "Xthumbnail", FieldType.UINT16));
    public static final FieldSpec YTHUMBNAIL = SPECS.add(dec("image-jfif.Ythumbnail", "Ythumbnail", FieldType.UINT16));
    public static final FieldSpec RGB = SPECS.add(bytes("image-jfif.RGB", "RGB values of thumbnail pixels"));
    public static final FieldSpec EXTENSION_CODE = SPECS.add(f("image-jfif.extension.code", "Extension code", FieldType.UINT8,
            "BASE_HEX"));
    public static final FieldSpec SOF = SPECS.add(none("image-jfif.sof", "Start of Frame header"));
    public static final FieldSpec SOF_PRECISION = SPECS.add(dec("image-jfif.sof.precision", "Sample Precision (bits)",
            FieldType.UINT8));
    public static final FieldSpec SOF_LINES = SPECS.add(dec("image-jfif.sof.lines", "Lines", FieldType.UINT16));
    public static final FieldSpec SOF_SAMPLES_PER_LINE = SPECS.add(dec("image-jfif.sof.samples_per_line", "Samples per line",
            FieldType.UINT16));
    public static final FieldSpec SOF_NF = SPECS.add(dec("image-jfif.sof.nf", "Number of image components in frame",
            FieldType.UINT8));
    public static final FieldSpec SOF_C_I = SPECS.add(dec("image-jfif.sof.c_i", "Component identifier", FieldType.UINT8));
    public static final FieldSpec SOF_H_I = SPECS.add(nibble("image-jfif.sof.h_i", "Horizontal sampling factor", 0xf0));
    public static final FieldSpec SOF_V_I = SPECS.add(nibble("image-jfif.sof.v_i", "Vertical sampling factor", 0x0f));
    public static final FieldSpec SOF_TQ_I = SPECS.add(dec("image-jfif.sof.tq_i", "Quantization table destination selector",
            FieldType.UINT8));
    public static final FieldSpec SOS = SPECS.add(none("image-jfif.header.sos", "Start of Segment header"));
    public static final FieldSpec SOS_NS = SPECS.add(dec("image-jfif.sos.ns", "Number of image components in scan",
            FieldType.UINT8));
    public static final FieldSpec SOS_CS_J = SPECS.add(dec("image-jfif.sos.component_selector", "Scan component selector",
            FieldType.UINT8));
    public static final FieldSpec SOS_TD_J = SPECS.add(nibble("image-jfif.sos.dc_entropy_selector",
            "DC entropy coding table destination selector", 0xf0));
    public static final FieldSpec SOS_TA_J = SPECS.add(nibble("image-jfif.sos.ac_entropy_selector",
            "AC entropy coding table destination selector", 0x0f));
    public static final FieldSpec SOS_SS = SPECS.add(dec("image-jfif.sos.ss", "Start of spectral or predictor selection",
            FieldType.UINT8));
    public static final FieldSpec SOS_SE = SPECS.add(dec("image-jfif.sos.se", "End of spectral selection", FieldType.UINT8));
    public static final FieldSpec SOS_AH = SPECS.add(nibble("image-jfif.sos.ah", "Successive approximation bit position high",
            0xf0));
    public static final FieldSpec SOS_AL = SPECS.add(nibble("image-jfif.sos.al",
            "Successive approximation bit position low or point transform", 0x0f));
    public static final FieldSpec COMMENT_HEADER = SPECS.add(none("image-jfif.header.comment", "Comment header"));
    public static final FieldSpec COMMENT = SPECS.add(f("image-jfif.comment", "Comment", FieldType.STRING, ""));
    public static final FieldSpec REMAIN_SEG_DATA = SPECS.add(bytes("image-jfif.remain_seg_data", "Remaining segment data"));
    public static final FieldSpec ENDIANNESS = SPECS.add(f("image-jfif.endianness", "Endianness", FieldType.UINT16, "BASE_HEX"));
    /** Shown in bytes ("8 bytes"): BASE_UNIT_STRING with units_byte_bytes. */
    public static final FieldSpec START_IFD_OFFSET = SPECS.add(dec("image-jfif.start_ifd_offset",
            "Start offset of IFD starting from the TIFF header start", FieldType.UINT32));
    /** Shown in bytes, as {@link #START_IFD_OFFSET}. */
    public static final FieldSpec NEXT_IFD_OFFSET = SPECS.add(dec("image-jfif.next_ifd_offset",
            "Offset to next IFD from start of TIFF header", FieldType.UINT32));
    public static final FieldSpec EXIF_FLASHPIX_MARKER = SPECS.add(none("image-jfif.exif_flashpix_marker",
            "Exif FlashPix APP2 application marker"));
    public static final FieldSpec ENTROPY_CODED_SEGMENT = SPECS.add(bytes("image-jfif.entropy_coded_segment",
            "Entropy-coded segment (dissection is not yet implemented)"));
    public static final FieldSpec FILL_BYTES = SPECS.add(bytes("image-jfif.fill_bytes", "Fill bytes"));
    /** Registered, never added by file-jpeg.c 4.0. */
    public static final FieldSpec SKIPPED_TIFF_DATA = SPECS.add(bytes("image-jfif.skipped_tiff_data",
            "Skipped data between end of TIFF header and start of IFD"));
    public static final FieldSpec IFD_NUM_FIELDS = SPECS.add(dec("image-jfif.ifd.num_fields", "Number of fields in this IFD",
            FieldType.UINT16));
    public static final FieldSpec IFD_TAG = SPECS.add(dec("image-jfif.ifd.tag", "Tag", FieldType.UINT16));
    public static final FieldSpec IFD_TAG_EXIF = SPECS.add(dec("image-jfif.ifd.tag_exif", "Tag", FieldType.UINT16));
    public static final FieldSpec IFD_TAG_GPS = SPECS.add(dec("image-jfif.ifd.tag_gps", "Tag", FieldType.UINT16));
    public static final FieldSpec IFD_TAG_INTEROP = SPECS.add(dec("image-jfif.ifd.tag_interop", "Tag", FieldType.UINT16));
    public static final FieldSpec IFD_TYPE = SPECS.add(dec("image-jfif.ifd.type", "Type", FieldType.UINT16));
    public static final FieldSpec IFD_COUNT = SPECS.add(dec("image-jfif.ifd.count", "Count", FieldType.UINT32));
    public static final FieldSpec IFD_OFFSET = SPECS.add(dec("image-jfif.ifd.offset", "Value offset from start of TIFF header",
            FieldType.UINT32));
    public static final FieldSpec IFD_VALUE_BYTE = SPECS.add(dec("image-jfif.ifd.value_byte", "Value", FieldType.UINT8));
    public static final FieldSpec IFD_VALUE_ASCII = SPECS.add(f("image-jfif.ifd.value_ascii", "Value", FieldType.STRING, ""));
    public static final FieldSpec IFD_VALUE_SHORT = SPECS.add(dec("image-jfif.ifd.value_short", "Value", FieldType.UINT16));
    public static final FieldSpec IFD_VALUE_LONG = SPECS.add(dec("image-jfif.ifd.value_long", "Value", FieldType.UINT32));
    public static final FieldSpec IFD_VALUE_RATIONAL = SPECS.add(none("image-jfif.ifd.value_rational", "Value"));
    public static final FieldSpec IFD_VALUE_RATIONAL_NUMERATOR = SPECS.add(dec("image-jfif.ifd.value_rational.numerator",
            "Numerator", FieldType.UINT32));
    public static final FieldSpec IFD_VALUE_RATIONAL_DENOMINATOR = SPECS.add(dec("image-jfif.ifd.value_rational.denominator",
            "Denominator", FieldType.UINT32));
    public static final FieldSpec IFD_VALUE_UNDEFINED = SPECS.add(bytes("image-jfif.ifd.value_undefined", "Value (raw)"));
    public static final FieldSpec IFD_VALUE_SLONG = SPECS.add(dec("image-jfif.ifd.value_slong", "Value", FieldType.INT32));
    public static final FieldSpec IFD_VALUE_SRATIONAL = SPECS.add(none("image-jfif.ifd.value_srational", "Value"));
    public static final FieldSpec IFD_VALUE_SRATIONAL_NUMERATOR = SPECS.add(dec("image-jfif.ifd.value_srational.numerator",
            "Numerator", FieldType.INT32));
    public static final FieldSpec IFD_VALUE_SRATIONAL_DENOMINATOR = SPECS.add(dec("image-jfif.ifd.value_srational.denominator",
            "Denominator", FieldType.INT32));
    public static final Expert.Info FIRST_IDENTIFIER_NOT_JFIF = SPECS.add(Expert.Info.of("image-jfif.app0-identifier-not-jfif",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Initial App0 segment with \"JFIF\" Identifier not found"));
    public static final Expert.Info START_IFD_OFFSET_INVALID = SPECS.add(invalid("image-jfif.start_ifd_offset.invalid"));
    public static final Expert.Info NEXT_IFD_OFFSET_INVALID = SPECS.add(invalid("image-jfif.next_ifd_offset.invalid"));
    public static final Expert.Info IFD_VALUE_OFFSET_INVALID = SPECS.add(invalid("image-jfif.ifd_value_offset.invalid"));

    /** Every field but the protocol's. */
    static final List<FieldSpec> FIELDS = SPECS.list().stream()
            .filter(f -> f != JFIF).toList();
}
