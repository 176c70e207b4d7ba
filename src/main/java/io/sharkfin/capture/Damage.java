package io.sharkfin.capture;

/**
 * Why a capture cannot be read further, in wiretap's terms: the kind of problem plus, for some
 * kinds, the detail tshark prints in parentheses. Thrown inside the readers and turned into a
 * {@link CaptureException} with tshark's wording by {@link CaptureMessages}; it carries no stack
 * trace because it is an expected outcome of reading damaged input.
 */
final class Damage extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The wiretap error kinds sharkfin reports. */
    enum Kind {
        /** The data ends in the middle of a record or header (WTAP_ERR_SHORT_READ). */
        SHORT_READ,
        /** A value in the file is impossible (WTAP_ERR_BAD_FILE). */
        BAD_FILE,
        /** A valid but unsupported variant (WTAP_ERR_UNSUPPORTED). */
        UNSUPPORTED,
        /** The compressed stream is corrupt (WTAP_ERR_DECOMPRESS). */
        DECOMPRESS,
        /** The compression method is not supported (WTAP_ERR_DECOMPRESSION_NOT_SUPPORTED). */
        DECOMPRESSION_NOT_SUPPORTED,
        /** No reader recognises the file (WTAP_ERR_FILE_UNKNOWN_FORMAT). */
        UNKNOWN_FORMAT
    }

    static final Damage SHORT_READ = new Damage(Kind.SHORT_READ, null);

    private final Kind kind;
    private final String detail;

    Damage(Kind kind, String detail) {
        super(detail == null ? kind.name() : detail, null, false, false);
        this.kind = kind;
        this.detail = detail;
    }

    static Damage badFile(String detail) {
        return new Damage(Kind.BAD_FILE, detail);
    }

    static Damage unsupported(String detail) {
        return new Damage(Kind.UNSUPPORTED, detail);
    }

    Kind kind() {
        return kind;
    }

    /** The parenthesised detail, or null. */
    String detail() {
        return detail;
    }
}
