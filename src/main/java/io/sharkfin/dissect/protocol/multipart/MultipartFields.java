package io.sharkfin.dissect.protocol.multipart;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;
import io.sharkfin.dissect.protocol.FileFingerprints;

import java.util.List;

/**
 * The MIME multipart fields: Wireshark 4.0's ({@code mime_multipart.*}, made with
 * {@code src/tools/gen-field-specs.py} from {@code src/tools/multipart-fields.txt}) and
 * packet-multipart.c's expert infos. Not here: {@code mime_multipart.header.sectoken-length}, the
 * Kerberos token of an encrypted multipart, which sharkfin does not dissect.
 */
public final class MultipartFields {
    private MultipartFields() {
    }

    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec MIME_MULTIPART = SPECS.add(FieldSpec.protocol("mime_multipart", "MIME Multipart Media Encapsulation"));

    public static final FieldSpec TYPE = SPECS.add(f("mime_multipart.type", "Type", FieldType.STRING, "", 0x0));
    public static final FieldSpec PART = SPECS.add(f("mime_multipart.part", "Encapsulated multipart part", FieldType.STRING, "", 0x0));
    public static final FieldSpec HEADER_CONTENT_DESCRIPTION = SPECS.add(f("mime_multipart.header.content-description", "Content-Description", FieldType.STRING, "", 0x0));
    public static final FieldSpec HEADER_CONTENT_DISPOSITION = SPECS.add(f("mime_multipart.header.content-disposition", "Content-Disposition", FieldType.STRING, "", 0x0));
    public static final FieldSpec HEADER_CONTENT_ENCODING = SPECS.add(f("mime_multipart.header.content-encoding", "Content-Encoding", FieldType.STRING, "", 0x0));
    public static final FieldSpec HEADER_CONTENT_ID = SPECS.add(f("mime_multipart.header.content-id", "Content-Id", FieldType.STRING, "", 0x0));
    public static final FieldSpec HEADER_CONTENT_LANGUAGE = SPECS.add(f("mime_multipart.header.content-language", "Content-Language", FieldType.STRING, "", 0x0));
    public static final FieldSpec HEADER_CONTENT_LENGTH = SPECS.add(f("mime_multipart.header.content-length", "Content-Length", FieldType.STRING, "", 0x0));
    public static final FieldSpec HEADER_CONTENT_TRANSFER_ENCODING = SPECS.add(f("mime_multipart.header.content-transfer-encoding", "Content-Transfer-Encoding", FieldType.STRING, "", 0x0));
    public static final FieldSpec HEADER_CONTENT_TYPE = SPECS.add(f("mime_multipart.header.content-type", "Content-Type", FieldType.STRING, "", 0x0));
    public static final FieldSpec HEADER_ORIGINALCONTENT = SPECS.add(f("mime_multipart.header.originalcontent", "OriginalContent", FieldType.STRING, "", 0x0));
    public static final FieldSpec FIRST_BOUNDARY = SPECS.add(f("mime_multipart.first_boundary", "First boundary", FieldType.STRING, "", 0x0));
    public static final FieldSpec PREAMBLE = SPECS.add(f("mime_multipart.preamble", "Preamble", FieldType.BYTES, "", 0x0));
    public static final FieldSpec LAST_BOUNDARY = SPECS.add(f("mime_multipart.last_boundary", "Last boundary", FieldType.STRING, "", 0x0));
    public static final FieldSpec BOUNDARY = SPECS.add(f("mime_multipart.boundary", "Boundary", FieldType.STRING, "", 0x0));
    public static final FieldSpec TRAILER = SPECS.add(f("mime_multipart.trailer", "Trailer", FieldType.BYTES, "", 0x0));

    // sharkfin's own: hidden, as Wireshark's filter-only fields (FileFingerprints)
    public static final FieldSpec PART_SHA256 = SPECS.add(FieldSpec.of("mime_multipart.part.sha256", "Part SHA-256",
            FieldType.STRING).describe("sharkfin: SHA-256 of a part's body (base64 decoded when its Content-Transfer-Encoding says so), lower-case hexadecimal"));
    public static final FieldSpec PART_MD5 = SPECS.add(FieldSpec.of("mime_multipart.part.md5", "Part MD5",
            FieldType.STRING).describe("sharkfin: MD5 of a part's body (as mime_multipart.part.sha256), lower-case hexadecimal"));
    public static final FieldSpec PART_MAGIC = SPECS.add(FieldSpec.of("mime_multipart.part.magic", "Part type by content",
            FieldType.STRING).describe("sharkfin: media type of a part's body by its first bytes, as Zeek names it; absent when they show none"));
    public static final FieldSpec PART_SIZE = SPECS.add(FieldSpec.of("mime_multipart.part.size", "Part size",
            FieldType.UINT32).base("BASE_DEC").describe("sharkfin: length of a part's body (base64 decoded when its Content-Transfer-Encoding says so)"));
    /** The four, for {@link FileFingerprints}. */
    static final FileFingerprints.Fields PART_FILE = new FileFingerprints.Fields(PART_SHA256, PART_MD5, PART_MAGIC,
            PART_SIZE);

    public static final Expert.Info NO_REQUIRED_PARAMETER = SPECS.add(Expert.Info.of("mime_multipart.no_required_parameter",
            Expert.Group.PROTOCOL, Expert.Severity.ERROR, "The multipart dissector could not find a required parameter."));

    /** The fields and findings, protocol first. */
    static final List<FieldSpec> ALL = SPECS.list();
}
